using Retning.Domain.Evaluations;
using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Maal;

/// <summary>
/// A goal as everyone in scope reads it: the goal itself, its purpose and rationale, state and
/// dates, interventions, collaborators, the SMORT advice, its sub-goals and the latest evaluation.
/// The contact team and leaders go on to the edit form (/rediger). A sub-goal is read on its own
/// page (/delmaal) with the figures; its old address here leads editors to its form and others there.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class VisModel(AppDbContext db, CitizenAccessService access, AuditLog audit, PlanService plans, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public GoalFormChoices Choices { get; private set; } = default!;

    public Goal Goal { get; private set; } = default!;
    public IReadOnlyList<Goal> SubGoals { get; private set; } = [];
    public Evaluation? LatestEvaluation { get; private set; }

    public string EditHref => Routes.Citizen(Citizen.Id).GoalEdit(Goal.Id);

    public DateOnly TodayDate => Today;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid goalId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "maal") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        Choices = await GoalFormChoices.LoadAsync(Db, plans, Citizen, ViewData, ct);
        var goal = Choices.Plan is not { } plan ? null : await Db.Goals.AsNoTracking().Include(g => g.Interventions).Include(g => g.Collaborators).AsSplitQuery()
            .FirstOrDefaultAsync(g => g.Id == goalId && g.PlanId == plan.Id, ct);
        if (goal is null)
        {
            return NotFound();
        }

        if (goal.IsSubGoal)
        {
            // Links here to a sub-goal are its "Rediger" links; readers get the sub-goal's own page.
            return Redirect(CanEdit ? Routes.Citizen(id).GoalEdit(goalId) : Routes.Citizen(id).SubGoal(goalId));
        }

        Goal = goal;
        SubGoals = await Db.Goals.AsNoTracking().Where(g => g.ParentGoalId == goalId).OrderBy(g => g.StartOn).ThenBy(g => g.CreatedUtc).ToListAsync(ct);
        LatestEvaluation = await Db.Evaluations.AsNoTracking().Where(e => e.GoalId == goalId)
            .OrderByDescending(e => e.EvaluatedOn).ThenByDescending(e => e.CreatedUtc).FirstOrDefaultAsync(ct);
        await Choices.LoadListsAsync(Db, ct);
        await audit.RecordAsync(AuditAction.Read, id, "Mål: vist", $"mål={goalId}", ct);
        return Page();
    }
}
