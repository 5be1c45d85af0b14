using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.Domain.Plans;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Pages.Planer;

namespace Retning.Web.Pages.Maal;

/// <summary>
/// A sub-goal's own page: the step, its goal, the indicator's scale levels (what each score
/// means) and the expected scoring frequency. The sub-goal diary and its scores come later.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DelmaalModel(AppDbContext db, CitizenAccessService access, AuditLog audit, PlanService plans, TimeProvider clock)
    : GoalPageModel(db, access, audit, plans, clock)
{
    public Goal SubGoal { get; private set; } = default!;
    public Goal Parent { get; private set; } = default!;
    public IndicatorScale? Scale { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid subGoalId)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var subGoal = Plan is null
            ? null
            : await Db.Goals.AsNoTracking().Include(g => g.Interventions).Include(g => g.Collaborators).AsSplitQuery()
                .FirstOrDefaultAsync(g => g.Id == subGoalId && g.PlanId == Plan.Id && g.ParentGoalId != null, ct);
        if (subGoal is null)
        {
            return NotFound();
        }

        SubGoal = subGoal;
        Parent = await Db.Goals.AsNoTracking().FirstAsync(g => g.Id == subGoal.ParentGoalId, ct);
        await LoadChoicesAsync();
        Scale = Scales.FirstOrDefault(s => s.Id == subGoal.IndicatorScaleId)
                ?? (subGoal.IndicatorScaleId is { } sid ? await Db.IndicatorScales.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sid, ct) : null);
        await Audit.RecordAsync(AuditAction.Read, id, "Delmål: vist", $"mål={subGoalId}", ct);
        return Page();
    }
}
