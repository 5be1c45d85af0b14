using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Plans;
using Retning.Domain.Vocabulary;

namespace Retning.Web.Pages.Admin.Ffb;

/// <summary>
/// The FFB codes of one offer's template themes and scale levels (docs/adr/0018-ffb-vocabulary.md).
/// Built-in codes (the FFB template's themes, the FFB support-need scale's levels) are shown as
/// fixed; every other theme and level can be given a code of its kind from the shipped code system.
/// Administrators only; no citizen data. The save is in Index.Save.cs.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed partial class IndexModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty]
    public FfbMappingInput Input { get; set; } = new();

    public Guid OfferId { get; private set; }
    public string OfferName { get; private set; } = string.Empty;
    public IReadOnlyList<SelectListItem> OfferChoices { get; private set; } = [];
    public IReadOnlyList<FfbOwner> Templates { get; private set; } = [];
    public IReadOnlyList<FfbOwner> Scales { get; private set; } = [];

    /// <summary>The row whose form is open; null when none is.</summary>
    public FfbRow? Editing { get; private set; }

    /// <summary>The template or scale of <see cref="Editing"/>.</summary>
    public string EditingOwner { get; private set; } = string.Empty;

    public bool HasOffer => OfferId != Guid.Empty;

    public static FfbCodeSystem CodeSystem => FfbCodeSystem.Current;

    public async Task<IActionResult> OnGetAsync(Guid? tilbud, Guid? skabelon, string? tema, Guid? skala, int? niveau)
    {
        if (await LoadAsync(tilbud) is { } notFound)
        {
            return notFound;
        }

        var row = skabelon is { } t && tema is not null ? Row(FfbKind.Theme, t, tema)
            : skala is { } s && niveau is { } v ? Row(FfbKind.SupportNeedLevel, s, FfbMapping.LevelKey(v))
            : null;
        if (row is { BuiltIn: null })
        {
            Open(row);
            Input = new FfbMappingInput
            {
                Kind = row.Kind, OwnerId = row.OwnerId, ItemKey = row.ItemKey,
                Code = row.Mapping?.Code, MappingId = row.Mapping?.Id, Version = row.Mapping?.Version ?? 0,
            };
        }

        return Page();
    }

    /// <summary>The row of the loaded offer; null for one not in it.</summary>
    private FfbRow? Row(FfbKind kind, Guid ownerId, string? key) =>
        (kind == FfbKind.Theme ? Templates : Scales).Where(o => o.Id == ownerId)
            .SelectMany(o => o.Rows).FirstOrDefault(r => r.Kind == kind && r.ItemKey == key);

    private void Open(FfbRow row)
    {
        Editing = row;
        EditingOwner = (row.Kind == FfbKind.Theme ? Templates : Scales).First(o => o.Id == row.OwnerId).Name;
    }

    /// <summary>
    /// Loads the offer's templates and scales with their codes (the mappings tracked, so the save can
    /// change them). No offer chosen: the first by name. 404 for an unknown offer.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(Guid? offerId)
    {
        var ct = HttpContext.RequestAborted;
        var offers = await db.Offers.AsNoTracking().OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var offer = offerId is { } id ? offers.FirstOrDefault(o => o.Id == id) : offers.FirstOrDefault();
        if (offer is null)
        {
            return offerId is null ? null : NotFound();
        }

        OfferId = offer.Id;
        OfferName = offer.Name;
        OfferChoices = offers.Count < 2 ? [] : [.. offers.Select(o => new SelectListItem(o.Name, o.Id.ToString(), o.Id == offer.Id))];

        var templates = await db.PlanTemplates.AsNoTracking().Include(t => t.Versions)
            .Where(t => t.OfferId == offer.Id).OrderBy(t => t.Kind).ThenBy(t => t.Name).ToListAsync(ct);
        var scales = await db.IndicatorScales.AsNoTracking()
            .Where(s => s.OfferId == offer.Id).OrderByDescending(s => s.IsDefault).ThenBy(s => s.Name).ToListAsync(ct);
        var owners = templates.Select(t => t.Id).Concat(scales.Select(s => s.Id)).ToArray();
        var mappings = await db.FfbMappings.Where(m => owners.Contains(m.OwnerId)).ToListAsync(ct);

        Templates = [.. templates.Where(t => t.Versions.Count > 0).Select(t => new FfbOwner(t.Id, t.Name, Describe(t.Kind),
            [.. t.Current.Themes.OrderBy(x => x.Order).Select(x => new FfbRow(FfbKind.Theme, t.Id, x.Key, x.Name, $"tema-{t.Id}-{x.Key}",
                Concept(FfbResolver.BuiltInTheme(t.Kind, x.Key)), Mapping(mappings, FfbKind.Theme, t.Id, x.Key)))]))];
        Scales = [.. scales.Select(s => new FfbOwner(s.Id, s.Name, Describe(s.Levels),
            [.. s.Levels.OrderByDescending(l => l.Value).Select(l => new FfbRow(FfbKind.SupportNeedLevel, s.Id, FfbMapping.LevelKey(l.Value),
                $"{FfbMapping.LevelKey(l.Value)} – {l.Label}", $"niveau-{s.Id}-{FfbMapping.LevelKey(l.Value)}",
                Concept(FfbResolver.BuiltInLevel(s.Levels, l.Value)), Mapping(mappings, FfbKind.SupportNeedLevel, s.Id, FfbMapping.LevelKey(l.Value))))]))];
        return null;
    }

    private static string Describe(TemplateKind kind) => kind == TemplateKind.Ffb
        ? "Skabelonen efter Fælles Faglige Begreber: dens temaer har faste FFB-koder."
        : $"{TemplateCatalog.Name(kind)}: temaerne har ingen faste FFB-koder. Du kan vælge en til hvert tema.";

    private static string Describe(List<ScaleLevel> levels) => FfbCodes.IsFfbSupportNeedScale(levels)
        ? "FFB's støttebehovsskala: niveauerne har faste FFB-koder."
        : "En lokal skala: niveauerne har ingen faste FFB-koder. Du kan vælge en til hvert niveau.";

    private static FfbConcept? Concept(FfbBuiltIn? builtIn) => builtIn is null ? null : CodeSystem.Find(builtIn.Code);

    private static FfbMapping? Mapping(List<FfbMapping> all, FfbKind kind, Guid ownerId, string key) =>
        all.FirstOrDefault(m => m.Kind == kind && m.OwnerId == ownerId && m.ItemKey == key);
}
