using Retning.Domain.Insight;
using Retning.Domain.Plans;

namespace Retning.Web.Services.Insight;

/// <summary>
/// Reads the rows the management figures are computed from (<see cref="InsightData"/>) for the
/// departments a user's role reaches, over the chosen period and the one before it: a fixed number
/// of queries whatever the size of the scope, each keyed by the scope's citizens as a subquery
/// (never a list of ids). Ids, dates and codes only — no names, no texts.
/// <para>
/// The scoping filter is switched off on purpose (reviewed in IgnoreQueryFiltersAllowListTests): a
/// figure counts a citizen where they lived on each day, also a citizen who has since moved out of
/// the user's departments, and a region reader sees no citizen at all but reads the region's
/// aggregates. The scope here is explicit: the departments the role reaches
/// (docs/domain.md, "Management information"); person rows are cut to the user's own departments
/// before anything is shown (<see cref="InsightScope"/>).
/// </para>
/// </summary>
public sealed class InsightReader(AppDbContext db)
{
    public async Task<InsightData> ReadAsync(IReadOnlyCollection<Guid> departmentIds, ReportPeriod period, CancellationToken ct)
    {
        var window = new ReportPeriod(period.Previous.From, period.To);
        var scope = departmentIds.ToArray();
        var departments = await db.Departments.AsNoTracking().Where(d => scope.Contains(d.Id))
            .Select(d => new DepartmentFact(d.Id, d.Name, d.OfferId, d.Offer!.Name, d.Offer.Area, d.Offer.LegalBasis,
                db.OfferPlanRules.Where(r => r.OfferId == d.OfferId).Select(r => (int?)r.ResponseRateThresholdPercent).FirstOrDefault() ?? 70))
            .ToListAsync(ct);

        // The citizens who lived in the scope on a day of the window (or, without a recorded stay, belong there).
        var placements = db.Placements.IgnoreQueryFilters().AsNoTracking();
        var citizenIds = db.Citizens.IgnoreQueryFilters()
            .Where(c => placements.Any(p => p.CitizenId == c.Id && scope.Contains(p.DepartmentId) && p.From <= window.To && (p.To == null || p.To >= window.From))
                        || (scope.Contains(c.DepartmentId) && !placements.Any(p => p.CitizenId == c.Id)))
            .Where(c => c.EnrolledOn <= window.To && (c.DischargedOn == null || c.DischargedOn >= window.From))
            .Select(c => c.Id);

        var stays = (await placements.Where(p => citizenIds.Contains(p.CitizenId))
                .Select(p => new { p.CitizenId, Stay = new Stay(p.DepartmentId, p.From, p.To) }).ToListAsync(ct))
            .ToLookup(s => s.CitizenId, s => s.Stay);
        var citizens = (await db.Citizens.IgnoreQueryFilters().AsNoTracking().Where(c => citizenIds.Contains(c.Id))
                .Select(c => new { c.Id, c.DepartmentId, c.EnrolledOn, c.DischargedOn, c.TargetGroup }).ToListAsync(ct))
            .Select(c => new CitizenFact(c.Id, c.EnrolledOn, c.DischargedOn, c.TargetGroup,
                stays[c.Id].Any() ? [.. stays[c.Id]] : [new Stay(c.DepartmentId, c.EnrolledOn, c.DischargedOn)]))
            .ToList();

        var plans = db.Plans.IgnoreQueryFilters().AsNoTracking().Where(p => citizenIds.Contains(p.CitizenId));
        var goals = await GoalsAsync(plans, ct);
        var evaluations = await db.Evaluations.IgnoreQueryFilters().AsNoTracking()
            .Where(e => citizenIds.Contains(e.CitizenId) && e.EvaluatedOn <= window.To)
            .Select(e => new EvaluationFact(e.Id, e.GoalId, e.CitizenId, e.EvaluatedOn, e.Decision, e.NextEvaluationOn))
            .ToListAsync(ct);
        var planFacts = await PlansAsync(plans, ct);
        var meetings = await db.StatusMeetings.IgnoreQueryFilters().AsNoTracking()
            .Where(m => citizenIds.Contains(m.CitizenId) && m.On >= window.From && m.On <= window.To)
            .Select(m => new MeetingFact(m.Id, m.CitizenId, m.On, m.CancelledOn, m.StatusSentOn, m.MinutesSentOn))
            .ToListAsync(ct);
        var purposes = await db.PurposeRevisions.IgnoreQueryFilters().AsNoTracking().Where(r => r.ReceivedOn <= window.To)
            .Join(db.Purposes.IgnoreQueryFilters().Where(p => citizenIds.Contains(p.CitizenId)), r => r.PurposeId, p => p.Id,
                (r, p) => new PurposeFact(p.Id, r.Id, p.CitizenId, r.ReceivedOn, r.CategoryId))
            .ToListAsync(ct);

        // The diary is read as its monthly score facts, never note by note (docs/adr/0014).
        var months = await db.SubGoalScoreMonths.IgnoreQueryFilters().AsNoTracking()
            .Where(m => citizenIds.Contains(m.CitizenId) && m.Month >= window.From && m.Month <= window.To)
            .ToListAsync(ct);
        var scores = new Dictionary<ReportPeriod, IReadOnlyDictionary<Guid, ScorePair>>
        {
            [period] = ScoreMonths.Pairs(months, period),
            [period.Previous] = ScoreMonths.Pairs(months, period.Previous),
        };
        var scoredDays = ScoreMonths.Days(months);
        var categoryIds = purposes.Select(p => p.CategoryId).OfType<Guid>().Distinct().ToArray();
        var categoryNames = categoryIds.Length == 0 ? [] : await db.PurposeCategories.AsNoTracking().Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return new InsightData(departments, citizens, goals, evaluations, planFacts, meetings, purposes, categoryNames, scores, scoredDays);
    }

    private async Task<List<GoalFact>> GoalsAsync(IQueryable<Plan> plans, CancellationToken ct)
    {
        var goals = db.Goals.IgnoreQueryFilters().AsNoTracking().Join(plans, g => g.PlanId, p => p.Id, (g, p) => new { Goal = g, p.CitizenId });
        var history = (await db.GoalStateChanges.IgnoreQueryFilters().AsNoTracking()
                .Where(h => goals.Any(g => g.Goal.Id == h.GoalId))
                .OrderBy(h => h.FromOn).ThenBy(h => h.ChangedUtc)
                .Select(h => new { h.GoalId, Change = new StateFrom(h.FromOn, h.State) }).ToListAsync(ct))
            .ToLookup(h => h.GoalId, h => h.Change);
        var rows = await goals.Select(x => new
        {
            x.Goal.Id, x.CitizenId, x.Goal.PlanId, x.Goal.ParentGoalId, x.Goal.ThemeKey, x.Goal.Type, x.Goal.State, x.Goal.StartOn, x.Goal.EndOn,
            x.Goal.CreatedUtc, x.Goal.EvaluationIntervalMonths, HasPurpose = x.Goal.PurposeId != null, x.Goal.ScoringFrequency,
            Participation = x.Goal.CitizenParticipation != null && x.Goal.CitizenParticipation != "",
            HasScale = x.Goal.IndicatorScaleId != null,
            Measure = x.Goal.IndicatorScaleId != null || (x.Goal.Measure != null && x.Goal.Measure != ""),
        }).ToListAsync(ct);
        return [.. rows.Select(g => new GoalFact(g.Id, g.CitizenId, g.PlanId, g.ParentGoalId, g.ThemeKey, g.Type, g.State, g.StartOn, g.EndOn,
            DateOnly.FromDateTime(DanishTime.ToLocal(g.CreatedUtc)), g.EvaluationIntervalMonths, g.HasPurpose, g.Participation, g.HasScale, g.Measure,
            [.. history[g.Id]], g.ScoringFrequency))];
    }

    private async Task<List<PlanFact>> PlansAsync(IQueryable<Plan> plans, CancellationToken ct)
    {
        var dpu = (await db.DpuEntries.IgnoreQueryFilters().AsNoTracking().Where(d => plans.Any(p => p.Id == d.PlanId))
                .Select(d => new { d.PlanId, d.MadeOn }).ToListAsync(ct))
            .ToLookup(d => d.PlanId, d => d.MadeOn);
        var rows = await plans.Select(p => new
        {
            p.Id, p.CitizenId, p.RevisionOn,
            Perspective = p.NoWishes || (p.CitizenPerspective != null && p.CitizenPerspective != ""),
            Participation = p.Participation != null && p.Participation != "",
            Compass = (p.SympatheticComfort != null && p.SympatheticComfort != "") || (p.SympatheticDiscomfort != null && p.SympatheticDiscomfort != "")
                      || (p.ParasympatheticComfort != null && p.ParasympatheticComfort != "") || (p.ParasympatheticDiscomfort != null && p.ParasympatheticDiscomfort != ""),
        }).ToListAsync(ct);
        return [.. rows.Select(p => new PlanFact(p.Id, p.CitizenId, p.Perspective, p.Participation, p.RevisionOn, p.Compass, [.. dpu[p.Id]]))];
    }
}
