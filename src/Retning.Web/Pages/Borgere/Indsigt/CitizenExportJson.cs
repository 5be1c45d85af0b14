using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Borgere.Indsigt;

/// <summary>
/// The machine-readable part of the access package: every record as stored (all columns, enums
/// by name, dates ISO 8601), with the frozen JSON documents (period snapshots, approved status
/// revisions) embedded as JSON rather than as escaped strings.
/// </summary>
public static class CitizenExportJson
{
    /// <summary>The format's name and version, written first so a reader knows what it holds.</summary>
    public const string Format = "retning-indsigt/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Danish letters stay readable; the file is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutOrganisationNavigations } },
    };

    public static byte[] Write(CitizenExportData data, DateTime exportedUtc)
    {
        var root = new JsonObject
        {
            ["format"] = Format,
            ["udtrukketUtc"] = exportedUtc,
            ["afdeling"] = data.DepartmentName,
            ["tilbud"] = data.OfferName,
            ["borger"] = Node(data.Citizen),
            ["repraesentanter"] = Node(data.Representatives),
            ["kontaktteam"] = Node(data.ContactTeam),
            ["afdelingsplaceringer"] = Node(data.Placements),
            ["formaal"] = Node(data.Purposes),
            ["plan"] = Node(data.Plan),
            ["maalTilstande"] = Node(data.GoalStateChanges),
            ["dagbogsnotater"] = Node(data.DiaryNotes),
            ["scoringer"] = Node(data.DiaryNotes.Where(n => n.ScoreValue is not null)
                .Select(n => new { n.Id, n.SubGoalId, n.ObservedOn, n.ScoreValue, n.ScaleVersionId })),
            ["evalueringer"] = Node(data.Evaluations),
            ["temaevalueringer"] = Node(data.ThemeEvaluations),
            ["planrevisioner"] = Node(data.PlanRevisionRequests),
            ["statusrapporter"] = Node(data.Statuses.Select(s => new { s.Report, s.Comments, s.Events, s.Revisions })),
            ["statusmoeder"] = Node(data.Meetings),
            ["samtykker"] = Node(data.Consents),
            ["videregivelser"] = Node(data.Disclosures),
            ["opgavehaandtering"] = Node(data.TaskHandlings),
            ["kvalitetsgennemgange"] = Node(data.QualityReviews),
            ["borgersamtaler"] = Node(data.QualityInterviews),
            ["adgangslog"] = Node(data.AccessLog),
        };
        EmbedJsonDocuments(root);
        return JsonSerializer.SerializeToUtf8Bytes(root, Options);
    }

    private static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, Options);

    /// <summary>The department and offer are named once at the top; their objects (and the plan's template) are not the citizen's data.</summary>
    private static void LeaveOutOrganisationNavigations(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => p.PropertyType == typeof(Department) || p.PropertyType == typeof(Offer) || p.PropertyType == typeof(TemplateVersion)).ToList())
        {
            type.Properties.Remove(property);
        }
    }

    /// <summary>A stored JSON document (a property named …Json) becomes part of the tree, so a reader need not parse twice.</summary>
    private static void EmbedJsonDocuments(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (name.EndsWith("Json", StringComparison.Ordinal) && value is JsonValue text && text.TryGetValue(out string? json))
                    {
                        obj[name] = JsonNode.Parse(json);
                    }
                    else
                    {
                        EmbedJsonDocuments(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    EmbedJsonDocuments(item);
                }

                break;
        }
    }
}
