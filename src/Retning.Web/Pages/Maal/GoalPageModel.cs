using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Plans;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Pages.Borgere;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Maal;

/// <summary>
/// Base of the goal pages: the citizen through scoping (404 outside it), the right to edit
/// (contact team or leaders; everyone in scope reads), the citizen's plan and what the goal
/// form chooses from — the plan's template themes, the citizen's purposes and the offer's
/// indicator scales and rules.
/// </summary>
public abstract class GoalPageModel(AppDbContext db, CitizenAccessService access, AuditLog audit, PlanService plans, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    protected AuditLog Audit => audit;

    public Plan? Plan { get; private set; }
    public IReadOnlyList<TemplateTheme> Themes { get; private set; } = [];
    public IReadOnlyList<Purpose> Purposes { get; private set; } = [];
    public IReadOnlyList<IndicatorScale> Scales { get; private set; } = [];
    public OfferPlanRules? Rules { get; private set; }

    /// <summary>The offer's names for the goal criteria (SMORT or SMARTE); also in ViewData for the SMORT partials.</summary>
    public SmortNaming Naming { get; private set; } = SmortNaming.Default;

    public DateOnly TodayDate => Today;

    protected Guid OfferId => Citizen.Department?.OfferId ?? Guid.Empty;

    /// <summary>
    /// Loads the citizen, the edit right and the plan. With <paramref name="deniedSubject"/> the
    /// caller must be allowed to edit: otherwise the attempt is audited and the answer is 403.
    /// </summary>
    protected async Task<IActionResult?> LoadAsync(Guid id, string? deniedSubject = null, bool loadPlan = true)
    {
        if (await LoadCitizenAsync(id, "maal") is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        if (deniedSubject is not null && await RequireEditAsync(deniedSubject) is { } forbidden)
        {
            return forbidden;
        }

        var variant = await Db.Offers.AsNoTracking().Where(o => o.Id == OfferId).Select(o => (SmortVariant?)o.SmortVariant).FirstOrDefaultAsync(ct);
        Naming = variant is { } v ? new(v) : SmortNaming.Default;
        ViewData[SmortNamingKey] = Naming;

        Plan = loadPlan ? await plans.FindAsync(id, ct) : null;
        if (Plan is not null)
        {
            Themes = [.. (Plan.TemplateVersion?.Themes ?? []).OrderBy(t => t.Order)];
        }

        return null;
    }

    /// <summary>What the goal form chooses from: purposes, scales and the offer's rules.</summary>
    protected async Task LoadChoicesAsync()
    {
        var ct = HttpContext.RequestAborted;
        Purposes = await Db.Purposes.AsNoTracking().Include(p => p.Revisions)
            .Where(p => p.CitizenId == Citizen.Id).OrderBy(p => p.Title).ToListAsync(ct);
        Scales = await Db.IndicatorScales.AsNoTracking()
            .Where(s => s.OfferId == OfferId).OrderByDescending(s => s.IsDefault).ThenBy(s => s.Name).ToListAsync(ct);
        Rules = await Db.OfferPlanRules.AsNoTracking().FirstOrDefaultAsync(r => r.OfferId == OfferId, ct);
    }

    /// <summary>
    /// Keeps the goal's state history (from <paramref name="fromOn"/>), which tells the response
    /// rate on which days a sub-goal was active. Added to the page's unit of work, saved with it.
    /// </summary>
    protected void RecordState(Goal goal, DateOnly fromOn, string byName) =>
        Db.GoalStateChanges.Add(GoalStateChange.Of(goal, fromOn, byName, NowUtc));

    public string ThemeName(string key) =>
        Themes.FirstOrDefault(t => t.Key == key)?.Name ?? $"Fra tidligere skabelon: {key}";

    public string? PurposeTitle(Guid? purposeId) =>
        purposeId is { } pid ? Purposes.FirstOrDefault(p => p.Id == pid)?.Title : null;

    public string? ScaleName(Guid? scaleId) =>
        scaleId is { } sid ? Scales.FirstOrDefault(s => s.Id == sid)?.Name : null;

    /// <summary>The theme keys the form accepts: the template's, and the goal's own when it comes from an earlier template.</summary>
    protected IReadOnlyCollection<string> AllowedThemeKeys(string? current) =>
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

    /// <summary>Validates the goal form against this citizen's plan, purposes and scales.</summary>
    protected void ValidateGoal(GoalInput input, bool isSubGoal, string? currentThemeKey) =>
        GoalFormValidator.Validate(ModelState, input, isSubGoal, AllowedThemeKeys(currentThemeKey),
            [.. Purposes.Select(p => p.Id)], [.. Scales.Select(s => s.Id)], Today);

    /// <summary>The ViewData key under which the SMORT partials find the offer's naming (they are used by every goal page).</summary>
    public const string SmortNamingKey = "SmortNaming";

    /// <summary>The SMORT panel alone (for smort.js): advice on the form's current values; shows no stored data, so no audit row.</summary>
    protected PartialViewResult SmortPanel(GoalInput input, bool isSubGoal)
    {
        var panel = Partial("_SmortPanel", new SmortPanelModel(Smort.Check(input.ToDraft(isSubGoal)), isSubGoal));
        // A partial result gets a ViewData of its own: the offer's naming goes along explicitly.
        panel.ViewData[SmortNamingKey] = Naming;
        return panel;
    }
}

/// <summary>What the SMORT panel shows: one finding per letter.</summary>
public sealed record SmortPanelModel(IReadOnlyList<SmortFinding> Findings, bool IsSubGoal)
{
    public SmortSummary Summary => SmortSummary.Of(Findings);
}
