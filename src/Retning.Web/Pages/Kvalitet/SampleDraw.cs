using Retning.Domain.Quality;

namespace Retning.Web.Pages.Kvalitet;

/// <summary>
/// The plans a round's sample is drawn from (docs/domain.md, "Quality monitoring"): the current plans — of citizens
/// not discharged — in the round's departments that the REVIEWER may open (their visible departments, whoever draws).
/// The drawing user runs the round, so answers for every one of its departments and reads them through the scoped query.
/// </summary>
public sealed record SampleDraw(IReadOnlyList<SampleCandidate> Candidates, IReadOnlyDictionary<Guid, Guid> CitizenOfPlan, IReadOnlySet<Guid> ReviewerDepartments)
{
    public static async Task<SampleDraw> LoadAsync(AppDbContext db, MonitoringRound round, DateOnly today, CancellationToken ct)
    {
        var reviewer = await UserGrants.LoadAsync(db, round.ReviewerUserId, ct);
        var departments = round.Departments.Select(d => d.DepartmentId).Where(reviewer.VisibleDepartmentIds.Contains).ToArray();
        var plans = await db.Plans.AsNoTracking()
            .Join(db.Citizens, p => p.CitizenId, c => c.Id, (p, c) => new { PlanId = p.Id, CitizenId = c.Id, c.DepartmentId, c.DischargedOn })
            .Where(x => departments.Contains(x.DepartmentId) && (x.DischargedOn == null || x.DischargedOn > today))
            .ToListAsync(ct);
        return new SampleDraw(
            [.. plans.Select(p => new SampleCandidate(p.PlanId, p.DepartmentId))],
            plans.ToDictionary(p => p.PlanId, p => p.CitizenId),
            departments.ToHashSet());
    }
}
