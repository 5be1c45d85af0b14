using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Borgere.Evalueringer;

/// <summary>One evaluation as it was written, with the figures as they were prepared then.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class VisModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public Evaluation Evaluation { get; private set; } = default!;
    public Goal Goal { get; private set; } = default!;

    /// <summary>The request to revise the plan this evaluation raised, when it said "Ja".</summary>
    public Guid? RevisionRequestId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid evaluationId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "evalueringer") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var evaluation = await Db.Evaluations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evaluationId && e.CitizenId == id, ct);
        if (evaluation is null)
        {
            return NotFound();
        }

        Evaluation = evaluation;
        Goal = await Db.Goals.AsNoTracking().FirstAsync(g => g.Id == evaluation.GoalId, ct);
        RevisionRequestId = evaluation.PlanRevisionNeeded
            ? await Db.PlanRevisionRequests.Where(r => r.Source == PlanRevisionSource.GoalEvaluation && r.SourceId == evaluationId).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct)
            : null;
        await audit.RecordAsync(AuditAction.Read, id, "Evaluering: vist", $"evaluering={evaluationId}", ct);
        return Page();
    }
}
