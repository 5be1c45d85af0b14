using Retning.Documents.Charts;
using Retning.Domain.Citizens;
using Retning.Domain.Plans;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Borgere.Delmaal;

/// <summary>
/// What the sub-goal page and its chart (graf.svg, graf.png) show: the sub-goal of the citizen's
/// plan, the plan's periods, the period from the address and the figures for it — loaded the
/// same way, so the page, its chart and the PNG always show the same numbers.
/// </summary>
public sealed record SubGoalGraph(Goal SubGoal, IReadOnlyList<PlanPeriod> Periods, GrafPeriod Period, SubGoalFigures Figures)
{
    /// <summary>
    /// The sub-goal (with its interventions and collaborators when <paramref name="withWork"/>)
    /// and its figures for the period <paramref name="fra"/>–<paramref name="til"/>; null when the
    /// citizen's plan has no such sub-goal.
    /// </summary>
    public static async Task<SubGoalGraph?> LoadAsync(AppDbContext db, DiaryFigures figures, Citizen citizen, Guid subGoalId,
        string? fra, string? til, DateOnly today, CancellationToken ct, bool withWork = false)
    {
        IQueryable<Goal> goals = db.Goals.AsNoTracking();
        if (withWork)
        {
            goals = goals.Include(g => g.Interventions).Include(g => g.Collaborators).AsSplitQuery();
        }

        var subGoal = await goals.FirstOrDefaultAsync(
            g => g.Id == subGoalId && g.ParentGoalId != null && db.Plans.Any(p => p.Id == g.PlanId && p.CitizenId == citizen.Id), ct);
        if (subGoal is null)
        {
            return null;
        }

        var periods = await db.PlanPeriods.AsNoTracking().Where(p => p.PlanId == subGoal.PlanId).OrderBy(p => p.Number).ToListAsync(ct);
        var period = GrafPeriod.Resolve(fra, til, GrafPeriod.Default(subGoal, periods, today), today);
        return new SubGoalGraph(subGoal, periods, period, await figures.ForSubGoalAsync(citizen, subGoal, period.From, period.To, ct));
    }

    public SubGoalChartData ChartData => GrafData.Chart(Figures, Periods);

    /// <summary>The sentence that stands in for the chart for screen readers.</summary>
    public string Summary => GrafData.Summary(Figures, Periods);

    /// <summary>Where the chart of this sub-goal and period is as a PNG file to download.</summary>
    public string PngHref(Guid citizenId) => $"{Routes.Citizen(citizenId).SubGoalChartPng(SubGoal.Id)}?{Period.Query}";
}
