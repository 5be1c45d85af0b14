using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;
using Retning.Web.Pages.Borgere;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Borgere.Evalueringer;

/// <summary>
/// Evaluating a goal or sub-goal (contact team and leaders): the form beside the period's
/// material; saving writes the conclusion into the goal (next evaluation, or closed) in the same
/// transaction. "Justér" then opens the goal's edit form.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NyModel(AppDbContext db, CitizenAccessService access, AuditLog audit, DiaryFigures figures, TimeProvider clock, CurrentUser me, Services.Tasks.MyTasks myTasks)
    : CitizenPageModel(db, access, clock)
{
    [BindProperty]
    public EvaluationInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid GoalId { get; set; }

    public Goal Goal { get; private set; } = default!;
    public Goal? Parent { get; private set; }
    public EvaluationMaterial Material { get; private set; } = default!;
    public DiaryChoices Choices { get; private set; } = DiaryChoices.Empty;

    public string What => Goal.IsSubGoal ? "delmålet" : "målet";

    public static IReadOnlyList<SelectListItem> DecisionItems { get; } =
    [
        new("Vælg beslutning", string.Empty),
        .. Enum.GetValues<EvaluationDecision>().Select(d => new SelectListItem(d.Danish(), d.ToString())),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "evalueringer") is { } denied)
        {
            return denied;
        }

        if (await PrepareAsync(id) is { } early)
        {
            return early;
        }

        Input.EvaluatedOn = Today;
        Input.NextEvaluationOn = Today.AddMonths(EvaluationRules.MaxMonthsToNext);
        await audit.RecordAsync(AuditAction.Read, id, "Evaluering: formular", $"mål={GoalId}", HttpContext.RequestAborted);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "evalueringer") is { } denied)
        {
            return denied;
        }

        if (await PrepareAsync(id) is { } early)
        {
            return early;
        }

        var ct = HttpContext.RequestAborted;
        IReadOnlyList<FieldError> errors =
        [
            .. EvaluationRules.CheckTexts(Input.Participants, Input.CitizenInvolvement, Input.Qualitative, YesNo.Parse(Input.PlanRevision), Input.PlanRevisionNote, Goal.IsSubGoal),
            .. EvaluationRules.Check(Input.Decision, Input.EvaluatedOn, Input.NextEvaluationOn, Material.From, Today),
        ];
        // One message per field: a field the binder already refused (an unreadable date) keeps the binder's message alone.
        ModelState.AddFieldErrors(errors.Where(e => ModelState.GetFieldValidationState($"Input.{e.Field}") != ModelValidationState.Invalid));
        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, id, "Evaluering: formular (fejl)", $"mål={GoalId}", ct);
            return Page();
        }

        var evaluation = new Evaluation
        {
            CitizenId = id, GoalId = Goal.Id, EvaluatedOn = Input.EvaluatedOn!.Value, PeriodFrom = Material.From, PeriodTo = Material.To,
            Participants = Input.Participants!.Trim(), CitizenInvolvement = Input.CitizenInvolvement!.Trim(), Qualitative = Input.Qualitative!.Trim(),
            QuantitativeComment = FormText.Clean(Input.QuantitativeComment), PreparedFigures = Material.Summary(),
            ResponseExpected = Material.Expected, ResponseScored = Material.Scored, MissingWorkCount = Material.MissingWork.Count,
            Decision = Input.Decision!.Value, NextEvaluationOn = Input.Decision.Value.Closes() ? null : Input.NextEvaluationOn,
            PlanRevisionNeeded = YesNo.Parse(Input.PlanRevision) == true, PlanRevisionNote = FormText.Clean(Input.PlanRevisionNote),
            AuthorId = me.Id!.Value, AuthorName = me.FullName,
        };
        var tracked = await Db.Goals.FirstAsync(g => g.Id == Goal.Id, ct);
        Db.Evaluations.Add(evaluation);
        if (evaluation.PlanRevisionNeeded)
        {
            // "Skal planen revideres? Ja" is a task for the contact team until the plan is changed or the task is marked done.
            Db.PlanRevisionRequests.Add(PlanRevisionRules.Raise(id, Goal.PlanId, PlanRevisionSource.GoalEvaluation, evaluation.Id, evaluation.EvaluatedOn, evaluation.PlanRevisionNote!));
        }

        var subGoals = await Db.Goals.Where(g => g.ParentGoalId == tracked.Id).ToListAsync(ct);
        foreach (var changed in EvaluationRules.Apply(evaluation, tracked, subGoals))
        {
            Db.GoalStateChanges.Add(GoalStateChange.Of(changed, evaluation.EvaluatedOn, me.FullName, NowUtc));
        }

        audit.Add(AuditAction.Create, id, "Evaluering: gemt", $"mål={Goal.Id}; beslutning={evaluation.Decision}");
        await Db.SaveChangesAsync(ct);
        myTasks.Forget();

        TempData["Success"] = evaluation.Decision switch
        {
            EvaluationDecision.Adjust => $"Evalueringen er gemt. Justér {What} nu.",
            EvaluationDecision.CloseAchieved => $"Evalueringen er gemt, og {What} er afsluttet som opnået.",
            EvaluationDecision.CloseNotAchieved => $"Evalueringen er gemt, og {What} er afsluttet.",
            _ => $"Evalueringen er gemt. Næste evaluering: {evaluation.NextEvaluationOn.ToDanishDate()}.",
        } + (evaluation.PlanRevisionNeeded ? " Revisionen står på planen og som opgave for kontaktteamet." : string.Empty);
        return Redirect(evaluation.Decision == EvaluationDecision.Adjust ? Routes.Citizen(id).Goal(Goal.Id) : Routes.Citizen(id).Evaluation(evaluation.Id));
    }

    /// <summary>
    /// After the citizen is found: the goal of the citizen's plan (404 otherwise), then the right
    /// to evaluate it (contact team and leaders; 403, audited), then the period's material.
    /// </summary>
    private async Task<IActionResult?> PrepareAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var goal = await Db.Goals.AsNoTracking().FirstOrDefaultAsync(g => g.Id == GoalId && Db.Plans.Any(p => p.Id == g.PlanId && p.CitizenId == id), ct);
        if (goal is null)
        {
            return NotFound();
        }

        Goal = goal;
        if (!CanEdit)
        {
            return await DenyAsync("Evaluering");
        }

        Parent = goal.ParentGoalId is { } pid ? await Db.Goals.AsNoTracking().FirstAsync(g => g.Id == pid, ct) : null;
        var last = await Db.Evaluations.AsNoTracking().Where(e => e.GoalId == goal.Id).MaxAsync(e => (DateOnly?)e.EvaluatedOn, ct);
        var from = EvaluationRules.PeriodStart(goal.StartOn, last);
        Material = await EvaluationMaterial.LoadAsync(Db, figures, Citizen, goal, from <= Today ? from : Today, Today, ct);
        var plan = await Db.Plans.AsNoTracking().Include(p => p.TemplateVersion).FirstAsync(p => p.Id == goal.PlanId, ct);
        Choices = await DiaryChoices.LoadAsync(Db, plan, Citizen.Department?.OfferId ?? Guid.Empty, ct);
        return null;
    }
}
