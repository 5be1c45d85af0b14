using Retning.Domain.Insight;
using Retning.Domain.Plans;

namespace Retning.Web.Services.Insight;

/// <summary>
/// Reads the rows the management figures are computed from (<see cref="InsightData"/>) for the
/// departments a user's role reaches, over the chosen period and the one before it: a fixed number
/// of queries whatever the size of the scope, each keyed by the scope's citizens as a subquery
/// (never a list of ids). Ids, dates and codes only — no names, no texts.
/// <para>
/// The queries run side by side, each on a context and connection of its own: a region's figures
/// read a few hundred thousand rows, and the database producing one table's rows while the app
/// takes in another's halves the wait (docs/adr/0014). They only read; the page's own context
/// writes its audit row.
/// </para>
/// <para>
/// The scoping filter is switched off on purpose (reviewed in IgnoreQueryFiltersAllowListTests): a
/// figure counts a citizen where they lived on each day, also a citizen who has since moved out of
/// the user's departments, and a region reader sees no citizen at all but reads the region's
/// aggregates. The scope here is explicit: the departments the role reaches
/// (docs/domain.md, "Management information"); person rows are cut to the user's own departments
/// before anything is shown (<see cref="InsightScope"/>). The contexts are made with no scope of
/// their own (<see cref="FixedCitizenScope.None"/>), so a query that forgot to say so reads nothing.
/// </para>
/// </summary>
public sealed class InsightReader(DbContextOptions<AppDbContext> options, TimeProvider clock)
{
    public async Task<InsightData> ReadAsync(IReadOnlyCollection<Guid> departmentIds, ReportPeriod period, CancellationToken ct)
    {
        var window = new ReportPeriod(period.Previous.From, period.To);
        var scope = departmentIds.ToArray();
        var departments = Separately(db => db.Departments.AsNoTracking().Where(d => scope.Contains(d.Id))
            .Select(d => new DepartmentFact(d.Id, d.Name, d.OfferId, d.Offer!.Name, d.Offer.Area, d.Offer.LegalBasis,
                db.OfferPlanRules.Where(r => r.OfferId == d.OfferId).Select(r => (int?)r.ResponseRateThresholdPercent).FirstOrDefault() ?? 70))
            .ToListAsync(ct));
        var citizens = Separately(db => CitizensAsync(db, scope, window, ct));
        var goals = Separately(db => GoalsAsync(db, Plans(db, scope, window), ct));
        var history = Separately(db => HistoryAsync(db, Plans(db, scope, window), ct));
        var evaluations = Separately(db => db.Evaluations.IgnoreQueryFilters().AsNoTracking()
            .Where(e => CitizenIds(db, scope, window).Contains(e.CitizenId) && e.EvaluatedOn <= window.To)
            .Select(e => new EvaluationFact(e.Id, e.GoalId, e.CitizenId, e.EvaluatedOn, e.Decision, e.NextEvaluationOn))
            .ToListAsync(ct));
        var plans = Separately(db => PlansAsync(db, Plans(db, scope, window), ct));
        var meetings = Separately(db => db.StatusMeetings.IgnoreQueryFilters().AsNoTracking()
            .Where(m => CitizenIds(db, scope, window).Contains(m.CitizenId) && m.On >= window.From && m.On <= window.To)
            .Select(m => new MeetingFact(m.Id, m.CitizenId, m.On, m.CancelledOn, m.StatusSentOn, m.MinutesSentOn))
            .ToListAsync(ct));
        var purposes = Separately(db => PurposesAsync(db, scope, window, ct));

        // The diary is read as its monthly score facts, never note by note (docs/adr/0014).
        var months = Separately(db => db.SubGoalScoreMonths.IgnoreQueryFilters().AsNoTracking()
            .Where(m => CitizenIds(db, scope, window).Contains(m.CitizenId) && m.Month >= window.From && m.Month <= window.To)
            .ToListAsync(ct));
        var scores = months.ContinueWith(read => (IReadOnlyDictionary<ReportPeriod, IReadOnlyDictionary<Guid, ScorePair>>)
            new Dictionary<ReportPeriod, IReadOnlyDictionary<Guid, ScorePair>>
            {
                [period] = ScoreMonths.Pairs(read.Result, period),
                [period.Previous] = ScoreMonths.Pairs(read.Result, period.Previous),
            }, ct, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

        await Task.WhenAll(departments, citizens, goals, history, evaluations, plans, meetings, purposes, months, scores);
        var byGoal = history.Result;
        return new InsightData(departments.Result, citizens.Result, goals.Result.Select(g => g(byGoal)), evaluations.Result, plans.Result,
            meetings.Result, purposes.Result.Facts, purposes.Result.CategoryNames, scores.Result, ScoreMonths.Days(months.Result));
    }

    /// <summary>One query on a context and connection of its own, so it can run beside the others.</summary>
    private async Task<T> Separately<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var db = new AppDbContext(options, FixedCitizenScope.None, clock);
        return await query(db);
    }

    /// <summary>The citizens who lived in the scope on a day of the window (or, without a recorded stay, belong there).</summary>
    private static IQueryable<Guid> CitizenIds(AppDbContext db, Guid[] scope, ReportPeriod window)
    {
        var placements = db.Placements.IgnoreQueryFilters();
        return db.Citizens.IgnoreQueryFilters()
            .Where(c => placements.Any(p => p.CitizenId == c.Id && scope.Contains(p.DepartmentId) && p.From <= window.To && (p.To == null || p.To >= window.From))
                        || (scope.Contains(c.DepartmentId) && !placements.Any(p => p.CitizenId == c.Id)))
            .Where(c => c.EnrolledOn <= window.To && (c.DischargedOn == null || c.DischargedOn >= window.From))
            .Select(c => c.Id);
    }

    private static IQueryable<Plan> Plans(AppDbContext db, Guid[] scope, ReportPeriod window) =>
        db.Plans.IgnoreQueryFilters().AsNoTracking().Where(p => CitizenIds(db, scope, window).Contains(p.CitizenId));

    private static async Task<List<CitizenFact>> CitizensAsync(AppDbContext db, Guid[] scope, ReportPeriod window, CancellationToken ct)
    {
        var citizenIds = CitizenIds(db, scope, window);
        var stays = (await db.Placements.IgnoreQueryFilters().AsNoTracking().Where(p => citizenIds.Contains(p.CitizenId))
                .Select(p => new { p.CitizenId, Stay = new Stay(p.DepartmentId, p.From, p.To) }).ToListAsync(ct))
            .ToLookup(s => s.CitizenId, s => s.Stay);
        return [.. (await db.Citizens.IgnoreQueryFilters().AsNoTracking().Where(c => citizenIds.Contains(c.Id))
                .Select(c => new { c.Id, c.DepartmentId, c.EnrolledOn, c.DischargedOn, c.TargetGroup }).ToListAsync(ct))
            .Select(c => new CitizenFact(c.Id, c.EnrolledOn, c.DischargedOn, c.TargetGroup,
                stays[c.Id].Any() ? [.. stays[c.Id]] : [new Stay(c.DepartmentId, c.EnrolledOn, c.DischargedOn)]))];
    }

    /// <summary>Each goal's state history, oldest first.</summary>
    private static async Task<ILookup<Guid, StateFrom>> HistoryAsync(AppDbContext db, IQueryable<Plan> plans, CancellationToken ct) =>
        (await db.GoalStateChanges.IgnoreQueryFilters().AsNoTracking()
            .Where(h => db.Goals.IgnoreQueryFilters().Any(g => g.Id == h.GoalId && plans.Any(p => p.Id == g.PlanId)))
            .OrderBy(h => h.FromOn).ThenBy(h => h.ChangedUtc)
            .Select(h => new { h.GoalId, Change = new StateFrom(h.FromOn, h.State) }).ToListAsync(ct))
        .ToLookup(h => h.GoalId, h => h.Change);

    /// <summary>The goals, each waiting for its history (read beside them) to become a <see cref="GoalFact"/>.</summary>
    private static async Task<List<Func<ILookup<Guid, StateFrom>, GoalFact>>> GoalsAsync(AppDbContext db, IQueryable<Plan> plans, CancellationToken ct)
    {
        var rows = await db.Goals.IgnoreQueryFilters().AsNoTracking().Join(plans, g => g.PlanId, p => p.Id, (g, p) => new
        {
            g.Id, p.CitizenId, g.PlanId, g.ParentGoalId, g.ThemeKey, g.Type, g.State, g.StartOn, g.EndOn,
            g.CreatedUtc, g.EvaluationIntervalMonths, HasPurpose = g.PurposeId != null, g.ScoringFrequency,
            Participation = g.CitizenParticipation != null && g.CitizenParticipation != "",
            HasScale = g.IndicatorScaleId != null,
            Measure = g.IndicatorScaleId != null || (g.Measure != null && g.Measure != ""),
        }).ToListAsync(ct);
        return [.. rows.Select(g => (Func<ILookup<Guid, StateFrom>, GoalFact>)(history => new GoalFact(g.Id, g.CitizenId, g.PlanId, g.ParentGoalId, g.ThemeKey,
            g.Type, g.State, g.StartOn, g.EndOn, DateOnly.FromDateTime(DanishTime.ToLocal(g.CreatedUtc)), g.EvaluationIntervalMonths, g.HasPurpose,
            g.Participation, g.HasScale, g.Measure, [.. history[g.Id]], g.ScoringFrequency)))];
    }

    private static async Task<List<PlanFact>> PlansAsync(AppDbContext db, IQueryable<Plan> plans, CancellationToken ct)
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

    /// <summary>The purposes received (each revision) and the names of the categories they were given.</summary>
    private static async Task<(List<PurposeFact> Facts, Dictionary<Guid, string> CategoryNames)> PurposesAsync(AppDbContext db, Guid[] scope, ReportPeriod window, CancellationToken ct)
    {
        var citizenIds = CitizenIds(db, scope, window);
        var facts = await db.PurposeRevisions.IgnoreQueryFilters().AsNoTracking().Where(r => r.ReceivedOn <= window.To)
            .Join(db.Purposes.IgnoreQueryFilters().Where(p => citizenIds.Contains(p.CitizenId)), r => r.PurposeId, p => p.Id,
                (r, p) => new PurposeFact(p.Id, r.Id, p.CitizenId, r.ReceivedOn, r.CategoryId))
            .ToListAsync(ct);
        var categoryIds = facts.Select(p => p.CategoryId).OfType<Guid>().Distinct().ToArray();
        var names = categoryIds.Length == 0 ? [] : await db.PurposeCategories.AsNoTracking()
            .Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return (facts, names);
    }
}
