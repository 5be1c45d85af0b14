using Retning.Domain.Quality;

namespace Retning.Web.Pages.Retningslinjer;

/// <summary>The guideline form (new guideline, new version, draft): the guideline's facts and the version's content; kept as typed through an error.</summary>
public sealed class GuidelineInput
{
    [TextLimit(GuidelineRules.MaxTitle)]
    public string? Title { get; set; }
    public GuidelineLevel? Level { get; set; }
    public Guid? ExtendsId { get; set; }
    public List<Guid> OfferIds { get; set; } = [];
    public List<QualityIndicator> Indicators { get; set; } = [];
    public Guid? OwnerUserId { get; set; }

    /// <summary>Written in the app, at most a long text's length (the column holds <see cref="GuidelineRules.MaxText"/>): a longer guideline is uploaded as a file.</summary>
    [TextLimit(TextLimits.LongText)]
    public string? Text { get; set; }

    /// <summary>The guideline as PDF or Word (DOCX), checked by content (<see cref="GuidelineDocument"/>).</summary>
    public IFormFile? Document { get; set; }

    /// <summary>On a draft with a file: remove it (a new file replaces it anyway).</summary>
    public bool RemoveDocument { get; set; }

    [TextLimit(GuidelineRules.MaxChangeNote)]
    public string? ChangeNote { get; set; }

    /// <summary>The guideline's and the draft's concurrency versions the form was opened on.</summary>
    public int Version { get; set; }
    public int DraftVersion { get; set; }

    public GuidelineIndicators IndicatorFlags => Indicators.Aggregate(GuidelineIndicators.None, (all, i) => all | GuidelineInputRules.FlagOf(i));

    public static GuidelineInput From(Guideline g, GuidelineVersion? draft) => new()
    {
        Title = g.Title, Level = g.Level, ExtendsId = g.ExtendsId, OfferIds = [.. g.Offers.Select(o => o.OfferId)],
        Indicators = [.. GuidelineInputRules.Covered(g.Indicators)], OwnerUserId = g.OwnerUserId, Version = g.Version,
        Text = draft?.Text, ChangeNote = draft?.ChangeNote, DraftVersion = draft?.Version ?? 0,
    };

    /// <summary>Copies the checked facts onto the guideline: a regional one applies to every offer and extends none.</summary>
    public void ApplyTo(Guideline g)
    {
        g.Title = Title!.Trim();
        g.Level = Level!.Value;
        g.ExtendsId = g.Level == GuidelineLevel.Local ? ExtendsId : null;
        g.Indicators = IndicatorFlags;
        g.OwnerUserId = OwnerUserId!.Value;
        var offers = g.Level == GuidelineLevel.Local ? OfferIds.Distinct().ToList() : [];
        g.Offers.RemoveAll(o => !offers.Contains(o.OfferId));
        g.Offers.AddRange(offers.Where(o => g.Offers.All(x => x.OfferId != o)).Select(o => new GuidelineOffer { GuidelineId = g.Id, OfferId = o }));
    }

    /// <summary>Copies the content onto the version: the text, what changed, and the checked file when one was chosen.</summary>
    public void ApplyTo(GuidelineVersion v, GuidelineForm.Upload? upload)
    {
        v.Text = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim();
        v.ChangeNote = string.IsNullOrWhiteSpace(ChangeNote) ? null : ChangeNote.Trim();
        if (upload is not null)
        {
            (v.Document, v.DocumentContentType, v.DocumentName) = (upload.Bytes, upload.ContentType, upload.FileName);
        }
        else if (RemoveDocument)
        {
            (v.Document, v.DocumentContentType, v.DocumentName) = (null, null, null);
        }
    }
}
