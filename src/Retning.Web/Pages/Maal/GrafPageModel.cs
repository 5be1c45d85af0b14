using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Plans;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Pages.Dagbog;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Maal;

/// <summary>
/// Base of the sub-goal page and its chart endpoints (graf.svg, graf.png): the citizen through
/// scoping, the sub-goal of the citizen's plan (404 otherwise), the plan's periods, the period
/// from the address and the figures for it — loaded the same way, so the page, its chart and
/// the PNG always show the same numbers.
/// </summary>
public abstract class GrafPageModel(AppDbContext db, CitizenAccessService access, AuditLog audit, PlanService plans, DiaryFigures figures, TimeProvider clock)
    : GoalPageModel(db, access, audit, plans, clock)
{
    [BindProperty(SupportsGet = true, Name = "fra")]
    public string? Fra { get; set; }

    [BindProperty(SupportsGet = true, Name = "til")]
    public string? Til { get; set; }

    public Goal SubGoal { get; private set; } = default!;
    public IReadOnlyList<PlanPeriod> Periods { get; private set; } = [];
    public GrafPeriod Period { get; private set; } = default!;
    public SubGoalFigures Figures { get; private set; } = default!;

    protected DiaryFigures DiaryFigures => figures;

    /// <summary>Loads everything or returns the 404 to answer with.</summary>
    protected async Task<IActionResult?> LoadSubGoalAsync(Guid id, Guid subGoalId, bool withWork = false)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        if (Plan is null)
        {
            return NotFound();
        }

        IQueryable<Goal> goals = Db.Goals.AsNoTracking();
        if (withWork)
        {
            goals = goals.Include(g => g.Interventions).Include(g => g.Collaborators).AsSplitQuery();
        }

        var subGoal = await goals.FirstOrDefaultAsync(g => g.Id == subGoalId && g.PlanId == Plan.Id && g.ParentGoalId != null, ct);
        if (subGoal is null)
        {
            return NotFound();
        }

        SubGoal = subGoal;
        Periods = await Db.PlanPeriods.AsNoTracking().Where(p => p.PlanId == Plan.Id).OrderBy(p => p.Number).ToListAsync(ct);
        Period = GrafPeriod.Resolve(Fra, Til, GrafPeriod.Default(subGoal, Periods, Today), Today);
        Figures = await figures.ForSubGoalAsync(Citizen, subGoal, Period.From, Period.To, ct);
        return null;
    }

    public string ChartSummary => GrafData.Summary(Figures, Periods);

    /// <summary>Where the chart endpoints of this sub-goal and period are.</summary>
    public string ChartHref(string extension) => $"/borgere/{Citizen.Id}/delmaal/{SubGoal.Id}/graf.{extension}?{Period.Query}";
}
