using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Retning.Domain.Citizens;
using Retning.Domain.Plans;
using Retning.Web.Pages.Borgere;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Maal;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>
/// What the goal pages show a goal against and the goal form chooses from: the offer's names for
/// the SMORT criteria, the citizen's plan and its template themes, and (after
/// <see cref="LoadListsAsync"/>) the citizen's purposes and the offer's indicator scales and rules.
/// </summary>
public sealed class GoalFormChoices
{
    /// <summary>The ViewData key under which the SMORT partials find the offer's naming (they are used by every goal page).</summary>
    public const string SmortNamingKey = "SmortNaming";

    private GoalFormChoices(Guid citizenId, Guid offerId, SmortNaming naming, Plan? plan)
    {
        CitizenId = citizenId;
        OfferId = offerId;
        Naming = naming;
        Plan = plan;
        Themes = [.. (plan?.TemplateVersion?.Themes ?? []).OrderBy(t => t.Order)];
    }

    private Guid CitizenId { get; }
    private Guid OfferId { get; }

    /// <summary>The offer's names for the goal criteria (SMORT or SMARTE).</summary>
    public SmortNaming Naming { get; }

    public Plan? Plan { get; }
    public IReadOnlyList<TemplateTheme> Themes { get; }
    public IReadOnlyList<Purpose> Purposes { get; private set; } = [];
    public IReadOnlyList<IndicatorScale> Scales { get; private set; } = [];
    public OfferPlanRules? Rules { get; private set; }

    /// <summary>
    /// The offer's naming (also put in <paramref name="viewData"/> for the SMORT partials) and,
    /// unless <paramref name="withPlan"/> is false, the citizen's plan with its themes.
    /// </summary>
    public static async Task<GoalFormChoices> LoadAsync(AppDbContext db, PlanService plans, Citizen citizen, ViewDataDictionary viewData,
        CancellationToken ct, bool withPlan = true)
    {
        var offerId = citizen.Department?.OfferId ?? Guid.Empty;
        var variant = await db.Offers.AsNoTracking().Where(o => o.Id == offerId).Select(o => (SmortVariant?)o.SmortVariant).FirstOrDefaultAsync(ct);
        var naming = variant is { } v ? new SmortNaming(v) : SmortNaming.Default;
        viewData[SmortNamingKey] = naming;
        return new GoalFormChoices(citizen.Id, offerId, naming, withPlan ? await plans.FindAsync(citizen.Id, ct) : null);
    }

    /// <summary>What the goal form chooses from: purposes, scales (the offer's default first) and the offer's rules.</summary>
    public async Task LoadListsAsync(AppDbContext db, CancellationToken ct)
    {
        Purposes = await db.Purposes.AsNoTracking().Include(p => p.Revisions)
            .Where(p => p.CitizenId == CitizenId).OrderBy(p => p.Title).ToListAsync(ct);
        Scales = await db.IndicatorScales.AsNoTracking()
            .Where(s => s.OfferId == OfferId).OrderByDescending(s => s.IsDefault).ThenBy(s => s.Name).ToListAsync(ct);
        Rules = await db.OfferPlanRules.AsNoTracking().FirstOrDefaultAsync(r => r.OfferId == OfferId, ct);
    }

    /// <summary>The goal form's problems against this citizen's plan, purposes and scales.</summary>
    public IReadOnlyList<FieldError> Check(GoalInput input, bool isSubGoal, string? currentThemeKey, DateOnly today) =>
        GoalFormRules.Check(input.ToFormValues(), isSubGoal, AllowedThemeKeys(currentThemeKey),
            [.. Purposes.Select(p => p.Id)], [.. Scales.Select(s => s.Id)], today);

    public string ThemeName(string key) =>
        Themes.FirstOrDefault(t => t.Key == key)?.Name ?? $"Fra tidligere skabelon: {key}";

    public string? PurposeTitle(Guid? purposeId) =>
        purposeId is { } pid ? Purposes.FirstOrDefault(p => p.Id == pid)?.Title : null;

    public string? ScaleName(Guid? scaleId) =>
        scaleId is { } sid ? Scales.FirstOrDefault(s => s.Id == sid)?.Name : null;

    /// <summary>The theme keys the form accepts: the template's, and the goal's own when it comes from an earlier template.</summary>
    private IReadOnlyCollection<string> AllowedThemeKeys(string? current) =>
        [.. Themes.Select(t => t.Key), .. current is not null && Themes.All(t => t.Key != current) ? [current] : Array.Empty<string>()];

    public IReadOnlyList<SelectListItem> ThemeItems(string? current) =>
    [
        new("Vælg tema", string.Empty),
        .. Themes.Select(t => new SelectListItem(t.Name, t.Key)),
        .. current is not null && current.Length > 0 && Themes.All(t => t.Key != current)
            ? [new SelectListItem(ThemeName(current), current)]
            : Array.Empty<SelectListItem>(),
    ];

    public IReadOnlyList<SelectListItem> PurposeItems =>
    [
        new("Intet formål valgt", string.Empty),
        .. Purposes.Select(p => new SelectListItem(p.Title, p.Id.ToString())),
    ];

    public IReadOnlyList<SelectListItem> ScaleItems =>
    [
        new("Vælg indikator", string.Empty),
        .. Scales.Select(s => new SelectListItem(s.IsDefault ? $"{s.Name} (standard)" : s.Name, s.Id.ToString())),
    ];

    public static IReadOnlyList<SelectListItem> TypeItems { get; } =
        [.. Enum.GetValues<GoalType>().Select(t => new SelectListItem(t.Danish(), t.ToString()))];

    public static IReadOnlyList<SelectListItem> StateItems { get; } =
        [.. Enum.GetValues<GoalState>().Select(s => new SelectListItem(s.Danish(), s.ToString()))];

    public static IReadOnlyList<SelectListItem> FrequencyItems { get; } =
    [
        new("Vælg hyppighed", string.Empty),
        .. Enum.GetValues<ScoringFrequency>().Select(f => new SelectListItem(f.Danish(), f.ToString())),
    ];

    public static IReadOnlyList<SelectListItem> CollaboratorKindItems { get; } =
    [
        new("Vælg samarbejdspartner", string.Empty),
        .. Enum.GetValues<CollaboratorKind>().Select(k => new SelectListItem(k.Danish(), k.ToString())),
    ];

    /// <summary>A goal's fields as label and readable value: the read-only view and the conflict comparison.</summary>
    public IReadOnlyList<(string Label, string Value)> Describe(GoalInput i, bool isSubGoal)
    {
        static string D(DateOnly? d) => d?.ToDanishDate() ?? "–";
        static string T(string? s) => string.IsNullOrWhiteSpace(s) ? "–" : s.Trim();
        var what = isSubGoal ? "delmålet" : "målet";
        var rows = new List<(string, string)>
        {
            ("Tema", string.IsNullOrEmpty(i.ThemeKey) ? "–" : ThemeName(i.ThemeKey)),
            ("Formål", PurposeTitle(i.PurposeId) ?? "Intet formål valgt"),
            (isSubGoal ? "Delmål" : "Mål", T(i.Text)),
            ("Begrundelse", T(i.Rationale)),
            ("Måltype", i.Type?.Danish() ?? "–"),
            ("Tilstand", i.State?.Danish() ?? "–"),
            ("Startdato", D(i.StartOn)),
            ("Slutdato", D(i.EndOn)),
            ("Evalueres", i.EvaluationIntervalMonths is { } m ? (m == 1 ? "hver måned" : $"hver {m}. måned") : "–"),
            ("Næste evaluering", D(i.NextEvaluationOn)),
        };
        if (isSubGoal)
        {
            rows.Add(("Indikator", ScaleName(i.IndicatorScaleId) ?? "–"));
            rows.Add(("Scoringshyppighed", i.ScoringFrequency?.Danish() ?? "–"));
        }

        rows.Add(($"Sådan ser vi, at {what} er nået", T(i.Measure)));
        rows.Add(("Borgerens deltagelse", T(i.CitizenParticipation)));
        rows.Add(("Realistisk at nå nu", i.StaffFindRealistic switch { true => "Ja", false => "Nej", null => "Ikke vurderet" }));
        rows.Add(("Derfor beholder vi formuleringen", T(i.SmortNote)));
        return rows;
    }
}
