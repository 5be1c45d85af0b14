using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Documents.Plans;
using Retning.Domain.Citizens;
using Retning.Domain.Deadlines;
using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Plan;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>
/// The citizen's individual plan, section by section, each with a link to its own small form
/// (for the contact team and leaders). Without a plan: what the plan is and "Opret plan", on
/// the template the citizen's age calls for (or the FFB template).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    /// <summary>The citizen's plan, or null when none is made yet.</summary>
    public Plan? Plan { get; private set; }

    public const string Ffb = "ffb";

    public sealed class CreateInput
    {
        /// <summary>Empty: the template the citizen's age calls for; "ffb": VUM 2.0 / Fælles Faglige Begreber.</summary>
        [TextLimit(TextLimits.Code)]
        public string? Template { get; set; }
    }

    public sealed record AssessmentStamp(string? UpdatedBy, DateTime UpdatedUtc);

    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public PlanDocument? Document { get; private set; }
    public IReadOnlyDictionary<string, AssessmentStamp> Stamps { get; private set; } = new Dictionary<string, AssessmentStamp>();
    public IReadOnlyList<string> RuleProblems { get; private set; } = [];
    public int ActiveGoals { get; private set; }
    public int ActiveSubGoals { get; private set; }
    public bool CompassMissing { get; private set; }
    public DateOnly CompassStartOn => AssessmentSchedule.CompassStartOn(Citizen.EnrolledOn);
    public DateOnly NextDpuOn { get; private set; }
    public bool DpuOverdue { get; private set; }
    public bool OffersAdultTemplate { get; private set; }
    public IReadOnlyList<SelectListItem> TemplateChoices { get; private set; } = [];
    public bool RevisionOverdue => Document?.RevisionOn is { } on && on < Today;
    public bool IsAdult => AgeRules.AgeOn(Citizen.BirthDate, Today) >= AgeRules.AdultAge;

    /// <summary>What evaluations and status meetings found must be revised, until the plan changes or it is marked done.</summary>
    public IReadOnlyList<RevisionState> OpenRevisions { get; private set; } = [];

    /// <summary>Status meetings at which the municipality revised the purpose, while the revised purpose is not received.</summary>
    public IReadOnlyList<RevisedPurposeFacts> AwaitedPurposes { get; private set; } = [];

    /// <summary>The goals under the plan's themes, in the template's order (themes without goals left out).</summary>
    public IReadOnlyList<IGrouping<string, PlanDocument.GoalView>> GoalsByTheme { get; private set; } = [];

    /// <summary>The keys of the themes that have goals: with an assessment or evaluations, the themes where a theme evaluation is relevant.</summary>
    public IReadOnlySet<string> ThemesWithGoals { get; private set; } = new HashSet<string>();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "plan") is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        // Read-only: the plan with its template in one query on the verified citizen's rows (docs/adr/0002-department-scoping-as-query-filter.md).
        var rows = await Verified.Rows.PlanAsync(ct);
        Plan = rows?.Plan;
        await LoadPageAsync(rows, ct);
        await audit.RecordAsync(AuditAction.Read, id, Plan is null ? "Plan (ingen plan endnu)" : "Plan", ct: ct);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostCreateAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "plan", "Plan: oprettelse (uden ret til at redigere)") is { } denied)
        {
            return denied;
        }

        Plan = await plans.FindAsync(id, HttpContext.RequestAborted);

        var ct = HttpContext.RequestAborted;
        if (Plan is not null)
        {
            TempData["Success"] = "Borgeren har allerede en plan.";
            return Redirect(Routes.Citizen(id).Plan);
        }

        var known = Input.Template is null or "" or Ffb;
        TemplateKind? kind = Input.Template == Ffb ? TemplateKind.Ffb : null;
        var offerId = Citizen.Department!.OfferId;
        var wanted = kind ?? PlanService.KindFor(Citizen, Today);
        if (!known || !await Db.PlanTemplates.AnyAsync(t => t.OfferId == offerId && t.Kind == wanted && t.Versions.Any(), ct))
        {
            ModelState.AddModelError("Input.Template", "Tilbuddet har ikke den valgte skabelon. Vælg en anden, eller bed administratoren oprette den.");
            await LoadPageAsync(null, ct);
            await audit.RecordAsync(AuditAction.Read, id, "Plan (fejl ved oprettelse)", ct: ct);
            return Page();
        }

        var plan = await plans.CreateAsync(Citizen, Today, kind, ct);
        audit.Add(AuditAction.Create, id, "Plan", $"skabelon: {TemplateCatalog.Name(wanted)}, version {plan.TemplateVersion!.Number}");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // One plan per citizen (a unique index): someone else created it a moment ago.
            audit.DiscardUncommitted();
            Db.ChangeTracker.Clear();
            if (await Db.Plans.AnyAsync(p => p.CitizenId == id, ct))
            {
                TempData["Success"] = "En anden har netop oprettet borgerens plan.";
                return Redirect(Routes.Citizen(id).Plan);
            }

            throw;
        }

        TempData["Success"] = "Planen er oprettet.";
        return Redirect(Routes.Citizen(id).Plan);
    }

    private async Task LoadPageAsync(PlanRows? rows, CancellationToken ct)
    {
        var offerId = Citizen.Department!.OfferId;
        if (rows is null)
        {
            var kinds = await Db.PlanTemplates.AsNoTracking().Where(t => t.OfferId == offerId).Select(t => new { t.Kind, t.Name }).ToListAsync(ct);
            var byAge = PlanService.KindFor(Citizen, Today);
            var ageName = kinds.FirstOrDefault(k => k.Kind == byAge)?.Name ?? TemplateCatalog.Name(byAge);
            var choices = new List<SelectListItem> { new($"Efter borgerens alder: {ageName}", string.Empty) };
            if (kinds.FirstOrDefault(k => k.Kind == TemplateKind.Ffb) is { } ffb)
            {
                choices.Add(new SelectListItem(ffb.Name, Ffb));
            }

            TemplateChoices = choices;
            return;
        }

        var sources = await PlanDocumentLoader.LoadAsync(Verified.Rows, rows, NowUtc, ct);
        Document = sources.Document;
        Stamps = sources.Assessments.ToDictionary(a => a.ThemeKey, a => new AssessmentStamp(a.UpdatedBy, a.UpdatedUtc));
        var goals = sources.Goals;
        var rules = await Db.OfferPlanRules.AsNoTracking().FirstOrDefaultAsync(r => r.OfferId == offerId, ct);
        RuleProblems = PlanRuleCheck.Problems(rules, goals);
        ActiveGoals = goals.Count(g => !g.IsSubGoal && g.State == GoalState.Active);
        ActiveSubGoals = goals.Count(g => g.IsSubGoal && g.State == GoalState.Active);
        var themeOrder = Document.Themes.Select((t, i) => (t.Name, i)).GroupBy(x => x.Name, StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.First().i, StringComparer.Ordinal);
        GoalsByTheme = [.. Document.Goals.GroupBy(g => g.ThemeName, StringComparer.Ordinal).OrderBy(g => themeOrder.GetValueOrDefault(g.Key, int.MaxValue)).ThenBy(g => g.Key, StringComparer.Ordinal)];
        ThemesWithGoals = goals.Select(g => g.ThemeKey).ToHashSet(StringComparer.Ordinal);
        (OpenRevisions, AwaitedPurposes) = await PlanRevisions.ForPlanPageAsync(Verified.Rows, rows.Plan, sources, ct);

        var compass = Document.Compass;
        CompassMissing = AssessmentSchedule.CompassMissing(Citizen.EnrolledOn, Today,
            AssessmentSchedule.CompassBegun(compass.SympatheticComfort, compass.SympatheticDiscomfort, compass.ParasympatheticComfort, compass.ParasympatheticDiscomfort));
        NextDpuOn = AssessmentSchedule.NextDpuOn(Citizen.EnrolledOn, Document.Dpu.Select(d => d.MadeOn));
        DpuOverdue = Today > NextDpuOn;
        OffersAdultTemplate = TemplateTransition.OffersAdultTemplate(Document.TemplateKind, Citizen.BirthDate, Today);
    }
}
