using Microsoft.AspNetCore.Mvc.ModelBinding;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;
using Retning.Web.Services.Plans;
using Retning.Web.Services.Tasks;

namespace Retning.Web.Pages.Borgere.Plan.Tema;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>
/// Evaluating the citizen's development within one of the plan's themes (docs/domain.md, "Evaluations": "Når det er
/// relevant, evalueres der desuden på den enkeltes udvikling inden for planens centrale temaer.
/// Resultatet heraf dokumenteres under temaerne i planen"): the theme's evaluations, newest
/// first, and — for the contact team and leaders — the form for a new one. Like a goal
/// evaluation, it is written once and asks whether the plan must be revised.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class EvalueringModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, CurrentUser me, MyTasks myTasks, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    /// <summary>The citizen's plan, or null when none is made yet.</summary>
    public Plan? Plan { get; private set; }


    public sealed class ThemeEvaluationInput
    {
        public DateOnly? EvaluatedOn { get; set; }
        [TextLimit(ThemeEvaluationRules.MaxParticipants)]
        public string? Participants { get; set; }
        [TextLimit(ThemeEvaluationRules.MaxInvolvement)]
        public string? CitizenInvolvement { get; set; }
        [TextLimit(ThemeEvaluationRules.MaxDevelopment)]
        public string? Development { get; set; }

        /// <summary>"ja" or "nej".</summary>
        [TextLimit(TextLimits.Code)]
        public string? PlanRevision { get; set; }

        [TextLimit(PlanRevisionRules.MaxText)]
        public string? PlanRevisionNote { get; set; }
    }

    [BindProperty]
    public ThemeEvaluationInput Input { get; set; } = new();

    public TemplateTheme? Theme { get; private set; }
    public IReadOnlyList<ThemeEvaluation> History { get; private set; } = [];

    /// <summary>The theme's assessment, the basis the evaluation looks back on; null when the theme is not assessed.</summary>
    public ThemeAssessment? Assessment { get; private set; }

    /// <summary>The theme's goals and sub-goals with their state.</summary>
    public IReadOnlyList<Goal> Goals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, string key)
    {
        if (await LoadAsync(id, key, CitizenRight.Read) is { } result)
        {
            return result;
        }

        Input.EvaluatedOn = Today;
        await audit.RecordAsync(AuditAction.Read, id, Plan is null ? "Plan: evaluering af tema (ingen plan)" : $"Plan: evaluering af tema {Theme!.Name}", ct: HttpContext.RequestAborted);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(Guid id, string key)
    {
        if (await LoadAsync(id, key, CitizenRight.Edit, "Plan: evaluering af tema (uden ret)") is { } result)
        {
            return result;
        }

        var ct = HttpContext.RequestAborted;
        if (Plan is null)
        {
            return NotFound();
        }

        var subject = $"Plan: evaluering af tema {Theme!.Name}";
        Validate(DateOnly.FromDateTime(DanishTime.ToLocal(Plan.CreatedUtc)));
        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, id, subject + " (fejl i formular)", ct: ct);
            return Page();
        }

        var evaluation = new ThemeEvaluation
        {
            CitizenId = id, PlanId = Plan.Id, ThemeKey = key, EvaluatedOn = Input.EvaluatedOn!.Value,
            Participants = Input.Participants!.Trim(), CitizenInvolvement = Input.CitizenInvolvement!.Trim(), Development = Input.Development!.Trim(),
            PlanRevisionNeeded = YesNo.Parse(Input.PlanRevision) == true, PlanRevisionNote = YesNo.Parse(Input.PlanRevision) == true ? Input.PlanRevisionNote!.Trim() : null,
            AuthorId = me.Id!.Value, AuthorName = me.FullName,
        };
        Db.ThemeEvaluations.Add(evaluation);
        if (evaluation.PlanRevisionNeeded)
        {
            Db.PlanRevisionRequests.Add(PlanRevisionRules.Raise(id, Plan.Id, PlanRevisionSource.ThemeEvaluation, evaluation.Id, evaluation.EvaluatedOn, evaluation.PlanRevisionNote!));
        }

        audit.Add(AuditAction.Create, id, subject, $"revideres={YesNo.Value(evaluation.PlanRevisionNeeded)}");
        await Db.SaveChangesAsync(ct);
        myTasks.Forget();
        TempData["Success"] = $"Evalueringen af temaet er gemt og står under temaet i planen."
            + (evaluation.PlanRevisionNeeded ? " Revisionen står på planen og som opgave for kontaktteamet." : string.Empty);
        return Redirect(Routes.Citizen(id).PlanSection("tema-evaluering-" + key));
    }

    /// <summary>The domain's checks of the form; a field model binding already faulted keeps that one message.</summary>
    private void Validate(DateOnly planCreatedOn)
    {
        var revision = YesNo.Parse(Input.PlanRevision);
        var errors = ThemeEvaluationRules.Check(Input.EvaluatedOn, Input.Participants, Input.CitizenInvolvement, Input.Development, planCreatedOn, Today)
            .Append(revision is null ? new FieldError(nameof(ThemeEvaluationInput.PlanRevision), "Svar på, om planen skal revideres.")
                : PlanRevisionRules.NoteProblem(revision.Value, Input.PlanRevisionNote) is { } problem ? new FieldError(nameof(ThemeEvaluationInput.PlanRevisionNote), problem)
                : null)
            .OfType<FieldError>();
        ModelState.AddFieldErrors(errors.Where(e => ModelState.GetFieldValidationState("Input." + e.Field) != ModelValidationState.Invalid));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, string key, CitizenRight right, string? deniedSubject = null)
    {
        if (await LoadCitizenAsync(id, right, "plan", deniedSubject) is { } notFound)
        {
            return notFound;
        }

        Plan = await plans.FindAsync(id, HttpContext.RequestAborted);

        if (Plan is null)
        {
            return null;
        }

        Theme = Plan.TemplateVersion!.Themes.FirstOrDefault(t => t.Key == key);
        if (Theme is null)
        {
            return NotFound();
        }

        var planId = Plan.Id;
        History = await Db.ThemeEvaluations.AsNoTracking().Where(e => e.PlanId == planId && e.ThemeKey == key)
            .OrderByDescending(e => e.EvaluatedOn).ThenByDescending(e => e.CreatedUtc)
            .ToListAsync(HttpContext.RequestAborted);
        Assessment = await Db.ThemeAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.PlanId == planId && a.ThemeKey == key, HttpContext.RequestAborted);
        var goals = await Db.Goals.AsNoTracking().Where(g => g.PlanId == planId && g.ThemeKey == key).ToListAsync(HttpContext.RequestAborted);
        // Each goal followed by its sub-goals.
        Goals = [.. goals.Where(g => !g.IsSubGoal).OrderBy(g => g.StartOn).ThenBy(g => g.CreatedUtc)
            .SelectMany(g => goals.Where(s => s.ParentGoalId == g.Id).OrderBy(s => s.StartOn).Prepend(g))];
        return null;
    }
}
