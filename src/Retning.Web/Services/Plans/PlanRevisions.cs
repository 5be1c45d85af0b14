using Retning.Domain.Deadlines;
using Retning.Domain.Plans;

namespace Retning.Web.Services.Plans;

/// <summary>A request to revise the plan and the first change of the plan after it was raised (null: none yet).</summary>
public sealed record RevisionState(PlanRevisionRequest Request, DateTime? PlanChangedUtc)
{
    public bool IsOpen => PlanRevisionRules.IsOpen(Request, PlanChangedUtc);

    /// <summary>The Danish day of the plan change that answered the request.</summary>
    public DateOnly? PlanChangedOn => PlanChangedUtc is { } utc ? DateOnly.FromDateTime(DanishTime.ToLocal(utc)) : null;
}

/// <summary>What the deadline engine needs about plan revisions for a set of citizens.</summary>
public sealed record RevisionFactsLookup(ILookup<Guid, PlanRevisionFacts> Revisions, ILookup<Guid, RevisedPurposeFacts> Purposes);

/// <summary>
/// Loads requests to revise the plan and whether the plan has changed since (docs/domain.md, "Tasks and deadlines"), in a
/// fixed number of queries whatever the number of citizens: one for the requests, and only when
/// some are not marked done, three for the plans' change times (plan, theme assessments, goals
/// with their latest evaluation).
/// </summary>
public static class PlanRevisions
{
    public static async Task<IReadOnlyList<RevisionState>> LoadAsync(AppDbContext db, IReadOnlyCollection<Guid> citizenIds, bool openOnly, CancellationToken ct)
    {
        var requests = await db.PlanRevisionRequests.AsNoTracking()
            .Where(r => citizenIds.Contains(r.CitizenId) && (!openOnly || r.ResolvedOn == null))
            .OrderBy(r => r.RaisedOn).ThenBy(r => r.CreatedUtc)
            .ToListAsync(ct);
        var planIds = requests.Where(r => r.ResolvedOn is null).Select(r => r.PlanId).Distinct().ToList();
        var changes = planIds.Count == 0 ? [] : await ChangesAsync(db, planIds, ct);
        var states = requests.Select(r => new RevisionState(r,
            r.ResolvedOn is null && changes.TryGetValue(r.PlanId, out var c) ? PlanRevisionRules.ChangedAfter(r.CreatedUtc, c) : null));
        return [.. openOnly ? states.Where(s => s.IsOpen) : states];
    }

    /// <summary>The deadline engine's facts: every request (done ones too), and the meetings that await a revised purpose.</summary>
    public static async Task<RevisionFactsLookup> FactsAsync(AppDbContext db, IReadOnlyCollection<Guid> citizenIds, CancellationToken ct)
    {
        var states = await LoadAsync(db, citizenIds, openOnly: false, ct);
        var revisions = states.ToLookup(s => s.Request.CitizenId,
            s => new PlanRevisionFacts(s.Request.Id, s.Request.Text, s.Request.RaisedOn, s.Request.ResolvedOn, s.PlanChangedOn));

        return new RevisionFactsLookup(revisions, await RevisedPurposesAsync(db, citizenIds, ct));
    }

    /// <summary>The status meetings at which the municipality revised the purpose, with the purpose revisions received (one query, two when there are such meetings).</summary>
    public static async Task<ILookup<Guid, RevisedPurposeFacts>> RevisedPurposesAsync(AppDbContext db, IReadOnlyCollection<Guid> citizenIds, CancellationToken ct)
    {
        var meetings = await db.StatusMeetings.AsNoTracking()
            .Where(m => citizenIds.Contains(m.CitizenId) && m.CancelledOn == null && m.MunicipalityRevisedPurpose == true)
            .Select(m => new { m.Id, m.CitizenId, m.On })
            .ToListAsync(ct);
        if (meetings.Count == 0)
        {
            return Array.Empty<RevisedPurposeFacts>().ToLookup(_ => Guid.Empty);
        }

        var waiting = meetings.Select(m => m.CitizenId).Distinct().ToList();
        var received = (await db.PurposeRevisions.AsNoTracking()
                .Join(db.Purposes.Where(p => waiting.Contains(p.CitizenId)), r => r.PurposeId, p => p.Id, (r, p) => new { p.CitizenId, r.Id, r.ReceivedOn })
                .ToListAsync(ct))
            .ToLookup(r => r.CitizenId, r => (r.Id, r.ReceivedOn));
        return meetings.ToLookup(m => m.CitizenId, m => new RevisedPurposeFacts(m.Id, m.On, [.. received[m.CitizenId]]));
    }

    /// <summary>
    /// The plan page's open requests and awaited purposes for one verified citizen, from the plan it has loaded
    /// (assessments, goals, purposes with their revisions): one query for the requests, one for the meetings,
    /// and one for the goals' newest evaluations only when a request is open.
    /// </summary>
    public static async Task<(IReadOnlyList<RevisionState> Open, IReadOnlyList<RevisedPurposeFacts> Awaited)> ForPlanPageAsync(
        CitizenRows citizen, Plan plan, PlanSources loaded, CancellationToken ct)
    {
        var requests = await citizen.PlanRevisionRequests.Where(r => r.ResolvedOn == null)
            .OrderBy(r => r.RaisedOn).ThenBy(r => r.CreatedUtc)
            .ToListAsync(ct);
        PlanChanges? changes = null;
        if (requests.Any(r => r.PlanId == plan.Id))
        {
            var latest = await citizen.Evaluations.GroupBy(e => e.GoalId)
                .Select(g => new { GoalId = g.Key, Utc = g.Max(e => e.CreatedUtc) })
                .ToDictionaryAsync(g => g.GoalId, g => g.Utc, ct);
            changes = new PlanChanges(plan.UpdatedUtc, [.. loaded.Assessments.Select(a => a.UpdatedUtc)],
                [.. loaded.Goals.Select(g => new GoalChange(g.CreatedUtc, g.UpdatedUtc, latest.TryGetValue(g.Id, out var utc) ? utc : null))]);
        }

        var open = requests
            .Select(r => new RevisionState(r, r.PlanId == plan.Id && changes is not null ? PlanRevisionRules.ChangedAfter(r.CreatedUtc, changes) : null))
            .Where(s => s.IsOpen).ToList();

        var meetings = await citizen.StatusMeetings.Where(m => m.CancelledOn == null && m.MunicipalityRevisedPurpose == true)
            .Select(m => new { m.Id, m.On })
            .ToListAsync(ct);
        var received = loaded.Purposes.SelectMany(p => p.Revisions).Select(r => (r.Id, r.ReceivedOn)).ToList();
        var awaited = meetings.Select(m => new RevisedPurposeFacts(m.Id, m.On, received))
            .Where(m => RevisionDeadlines.FirstReceived(m) is null).ToList();
        return (open, awaited);
    }

    private static async Task<Dictionary<Guid, PlanChanges>> ChangesAsync(AppDbContext db, List<Guid> planIds, CancellationToken ct)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).Select(p => new { p.Id, p.UpdatedUtc }).ToListAsync(ct);
        var assessments = (await db.ThemeAssessments.AsNoTracking().Where(a => planIds.Contains(a.PlanId))
            .Select(a => new { a.PlanId, a.UpdatedUtc }).ToListAsync(ct)).ToLookup(a => a.PlanId, a => a.UpdatedUtc);
        var goals = (await db.Goals.AsNoTracking().Where(g => planIds.Contains(g.PlanId))
            .Select(g => new
            {
                g.PlanId, g.CreatedUtc, g.UpdatedUtc,
                LatestEvaluationUtc = db.Evaluations.Where(e => e.GoalId == g.Id).Max(e => (DateTime?)e.CreatedUtc),
            })
            .ToListAsync(ct)).ToLookup(g => g.PlanId, g => new GoalChange(g.CreatedUtc, g.UpdatedUtc, g.LatestEvaluationUtc));
        return plans.ToDictionary(p => p.Id, p => new PlanChanges(p.UpdatedUtc, [.. assessments[p.Id]], [.. goals[p.Id]]));
    }
}
