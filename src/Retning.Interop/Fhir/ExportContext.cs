using System.Security;
using System.Text;
using System.Xml;
using Hl7.Fhir.Model;

namespace Retning.Interop.Fhir;

/// <summary>The Bundle being built, the text policy and the list of what did not fit.</summary>
internal sealed class ExportContext(FhirPlanInput input, bool includeText)
{
    public FhirPlanInput Input { get; } = input;

    public Bundle Bundle { get; } = new()
    {
        Type = Bundle.BundleType.Collection,
        Timestamp = input.ExportedAt,
        Meta = new Meta { Profile = [KlFfbProfiles.DeliveryReport] },
    };

    public List<FhirUnmapped> Unmapped { get; } = [];

    public ResourceReference Citizen => FhirIds.Reference(Input.Citizen.Id);

    public bool IncludeText { get; } = includeText;

    public void Add(Resource resource, Guid id, string profile)
    {
        resource.Id = id.ToString("D");
        resource.Meta = new Meta { Profile = [profile] };
        Bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = FhirIds.Urn(id), Resource = resource });
    }

    public void Miss(Guid sourceId, string element, string reason) => Unmapped.Add(new FhirUnmapped(sourceId, element, reason));

    /// <summary>
    /// Free text goes into the resource's narrative (the profiles close note, description and
    /// every .text but leave the narrative open) and only when the caller may see text.
    /// </summary>
    public void AddText(DomainResource resource, IEnumerable<FhirText> texts)
    {
        if (!IncludeText)
        {
            return;
        }
        var html = new StringBuilder();
        foreach (var text in texts.Where(t => !string.IsNullOrWhiteSpace(t.Text)))
        {
            html.Append("<p><b>").Append(Xhtml(text.Heading)).Append("</b>: ").Append(Xhtml(text.Text!)).Append("</p>");
        }
        if (html.Length > 0)
        {
            resource.Text = new Hl7.Fhir.Model.Narrative
            {
                Status = Hl7.Fhir.Model.Narrative.NarrativeStatus.Additional,
                Div = "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + html + "</div>",
            };
        }
    }

    // Escaped, and without characters XML cannot hold (a stray control character would make the narrative invalid).
    private static string Xhtml(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }
        return SecurityElement.Escape(kept.ToString());
    }
}
