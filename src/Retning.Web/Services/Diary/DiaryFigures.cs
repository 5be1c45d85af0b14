using Retning.Domain.Citizens;
using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.Web.Services.Diary;

/// <summary>One score as shown in a chart's table: when, what, on which scale version, by whom.</summary>
public sealed record ScoreRow(Guid EntryId, DateTime ObservedAtUtc, DateOnly ObservedOn, int Value, string Label, int ScaleVersion, string AuthorName);

/// <summary>The numbers of one sub-goal in one period: its scores, their trend and the response rate.</summary>
public sealed record SubGoalFigures(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ScoreRow> Scores,
    ScoreTrend Trend,
    ResponseRateResult? Rate,
    ResponseRateVerdict? Verdict,
    int ThresholdPercent,
    IReadOnlyList<ScaleLevel> Levels)
{
    public string TrendText => Trend.Describe(Levels);
}

/// <summary>First and latest score of one active sub-goal, for the citizen's overview chart.</summary>
public sealed record OverviewFigure(Guid SubGoalId, string Text, ScoreRow? First, ScoreRow? Latest);

/// <summary>One note of a sub-goal's diary as the sub-goal page lists it; the score labelled by its own scale version.</summary>
public sealed record SubGoalNoteRow(
    Guid EntryId, DateTime ObservedAtUtc, DiaryKind Kind, string Text, string? Effect, string? CitizenExperience,
    string? ScoreLabel, MissingWorkReason? MissingWorkReason, string AuthorName, bool IsCorrected);

/// <summary>A sub-goal with a scoring frequency and its citizen, for the response rates of many sub-goals at once.</summary>
public sealed record RateSubject(Guid CitizenId, DateOnly EnrolledOn, DateOnly? DischargedOn, Guid SubGoalId,
    DateOnly StartOn, DateOnly? EndOn, GoalState State, ScoringFrequency Frequency);

/// <summary>A scored note's sub-goal, day and author: what the leaders' response rates count.</summary>
public sealed record ScoredDay(Guid SubGoalId, Guid CitizenId, DateOnly On, Guid AuthorId);

/// <summary>
/// Reads the diary's numbers for the sub-goal page, the citizen overview and (later) the
/// evaluation and the status: only notes still on the citizen (not marked as written on the
/// wrong citizen) count, and every score is read with the label of the scale version it was
/// given on.
/// </summary>
public sealed class DiaryFigures(AppDbContext db, TimeProvider clock)
{
    /// <summary>Today in Denmark: the day, week or month holding it is still running and owes no score yet.</summary>
    public DateOnly Today => Infrastructure.DanishTime.Today(clock);

    public async Task<SubGoalFigures> ForSubGoalAsync(Citizen citizen, Goal subGoal, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var scores = (await ScoresAsync(db.DiaryEntries.Where(e => e.SubGoalId == subGoal.Id && e.ObservedOn >= from && e.ObservedOn <= to), ct))
            .Select(s => s.Row).ToList();
        var levels = await LevelsAsync(subGoal, ct);
        var threshold = await db.OfferPlanRules.AsNoTracking().Where(r => r.OfferId == citizen.Department!.OfferId)
            .Select(r => (int?)r.ResponseRateThresholdPercent).FirstOrDefaultAsync(ct) ?? 70;

        ResponseRateResult? rate = null;
        if (subGoal.ScoringFrequency is { } frequency)
        {
            var window = await WindowAsync(citizen, subGoal, ct);
            rate = ResponseRate.Of(frequency, window, from, to, scores.Select(s => s.ObservedOn), Today);
        }

        var trend = ScoreTrend.Of(scores.Select(s => new ScorePoint(s.ObservedOn, s.Value)));
        return new SubGoalFigures(from, to, scores, trend, rate, rate?.Verdict(threshold / 100.0), threshold, levels);
    }

    /// <summary>First and latest score (ever) of each active sub-goal of the plan.</summary>
    public async Task<IReadOnlyList<OverviewFigure>> OverviewAsync(Guid planId, CancellationToken ct)
    {
        var subGoals = await db.Goals.AsNoTracking()
            .Where(g => g.PlanId == planId && g.ParentGoalId != null && g.State == GoalState.Active)
            .OrderBy(g => g.StartOn).ThenBy(g => g.Text).Select(g => new { g.Id, g.Text }).ToListAsync(ct);
        var ids = subGoals.Select(s => s.Id).ToList();
        var scores = await ScoresAsync(db.DiaryEntries.Where(e => e.SubGoalId != null && ids.Contains(e.SubGoalId.Value)), ct);
        var bySubGoal = scores.ToLookup(s => s.SubGoalId, s => s.Row);
        return [.. subGoals.Select(s => new OverviewFigure(s.Id, s.Text, bySubGoal[s.Id].FirstOrDefault(), bySubGoal[s.Id].LastOrDefault()))];
    }

    /// <summary>The days a score could be expected: the sub-goal active AND the citizen enrolled.</summary>
    public async Task<ActivityWindow> WindowAsync(Citizen citizen, Goal subGoal, CancellationToken ct)
    {
        var history = await db.GoalStateChanges.AsNoTracking().Where(c => c.GoalId == subGoal.Id)
            .OrderBy(c => c.FromOn).ThenBy(c => c.ChangedUtc).Select(c => new { c.FromOn, c.State }).ToListAsync(ct);
        var placements = await db.Placements.AsNoTracking().Where(p => p.CitizenId == citizen.Id)
            .Select(p => new { p.From, p.To }).ToListAsync(ct);
        return Window(subGoal.StartOn, subGoal.EndOn, subGoal.State, history.Select(h => (h.FromOn, h.State)),
            citizen.EnrolledOn, citizen.DischargedOn, placements.Select(p => (p.From, p.To)).ToList());
    }

    /// <summary>
    /// The windows of many sub-goals in two queries (the leaders' page must not ask once per
    /// sub-goal). With <paramref name="onlyDepartmentId"/> a citizen counts as enrolled only while
    /// placed in that department, so a department's figure holds only days it had the citizen.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, ActivityWindow>> WindowsAsync(IReadOnlyList<RateSubject> subjects, Guid? onlyDepartmentId, CancellationToken ct)
    {
        var goalIds = subjects.Select(s => s.SubGoalId).Distinct().ToList();
        var citizenIds = subjects.Select(s => s.CitizenId).Distinct().ToList();
        var history = (await db.GoalStateChanges.AsNoTracking().Where(c => goalIds.Contains(c.GoalId))
                .OrderBy(c => c.FromOn).ThenBy(c => c.ChangedUtc).Select(c => new { c.GoalId, c.FromOn, c.State }).ToListAsync(ct))
            .ToLookup(c => c.GoalId, c => (c.FromOn, c.State));
        var placements = (await db.Placements.AsNoTracking().Where(p => citizenIds.Contains(p.CitizenId))
                .Select(p => new { p.CitizenId, p.DepartmentId, p.From, p.To }).ToListAsync(ct))
            .ToLookup(p => p.CitizenId);
        var windows = new Dictionary<Guid, ActivityWindow>();
        foreach (var s in subjects)
        {
            var stays = placements[s.CitizenId].ToList();
            var counted = onlyDepartmentId is { } department && stays.Count > 0
                ? stays.Where(p => p.DepartmentId == department).Select(p => (p.From, p.To)).ToList()
                : stays.Select(p => (p.From, p.To)).ToList();
            // A citizen placed elsewhere only (no stay in the department) counts no days, not the whole enrolment.
            var window = counted.Count == 0 && stays.Count > 0
                ? new ActivityWindow([], [])
                : Window(s.StartOn, s.EndOn, s.State, history[s.SubGoalId], s.EnrolledOn, s.DischargedOn, counted);
            windows[s.SubGoalId] = window;
        }

        return windows;
    }

    /// <summary>
    /// The scored days of the given sub-goals in the period, with the author: one query. Only
    /// sub-goal notes with a score that are still on the citizen count.
    /// </summary>
    public async Task<IReadOnlyList<ScoredDay>> ScoredDaysAsync(IReadOnlyCollection<Guid> subGoalIds, DateOnly from, DateOnly to, CancellationToken ct) =>
        await Scored(db.DiaryEntries.Where(e => e.SubGoalId != null && subGoalIds.Contains(e.SubGoalId.Value) && e.ObservedOn >= from && e.ObservedOn <= to))
            .Select(e => new ScoredDay(e.SubGoalId!.Value, e.CitizenId, e.ObservedOn, e.AuthorId))
            .ToListAsync(ct);

    /// <summary>Scored notes per author among the given citizens' notes in the period (one grouped query).</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> ScoredNotesByAuthorAsync(IQueryable<Guid> citizenIds, DateOnly from, DateOnly to, CancellationToken ct) =>
        await Scored(db.DiaryEntries.Where(e => citizenIds.Contains(e.CitizenId) && e.ObservedOn >= from && e.ObservedOn <= to))
            .GroupBy(e => e.AuthorId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>
    /// The sub-goal's diary, newest first: its sub-goal notes and the resident notes that name it
    /// ("Manglende arbejde med delmål"), without notes marked as written on the wrong citizen.
    /// Read in the sub-goal timeline index's order and counted to at most
    /// <see cref="DiaryCountLabel.CountLimit"/>, so it costs the same with 100 or 100,000 notes (ADR 0006).
    /// </summary>
    public async Task<(IReadOnlyList<SubGoalNoteRow> Notes, int Total)> SubGoalNotesAsync(Guid citizenId, Guid subGoalId, int take, CancellationToken ct)
    {
        var rows = await SubGoalNewestFirst(db, citizenId, subGoalId).Take(take)
            .Select(e => new
            {
                e.Id, e.ObservedAtUtc, e.Kind, e.Text, e.Effect, e.CitizenExperience, e.ScoreValue, e.ScaleVersionId,
                e.MissingWorkReason, e.AuthorName, Corrected = e.CurrentVersion > 1,
            })
            .ToListAsync(ct);
        var total = rows.Count < take ? rows.Count : await SubGoalNewestFirst(db, citizenId, subGoalId).Take(DiaryCountLabel.CountLimit).CountAsync(ct);
        var versions = await VersionsAsync(rows.Where(r => r.ScaleVersionId != null).Select(r => r.ScaleVersionId!.Value), ct);
        return ([.. rows.Select(r => new SubGoalNoteRow(
            r.Id, r.ObservedAtUtc, r.Kind, r.Text, r.Effect, r.CitizenExperience,
            r.ScoreValue is { } v ? (r.ScaleVersionId is { } sv && versions.TryGetValue(sv, out var version) ? version.LabelOf(v) : v.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null,
            r.MissingWorkReason, r.AuthorName, r.Corrected))], total);
    }

    /// <summary>The sub-goal's notes still on the citizen, newest first in the order of its timeline index.</summary>
    public static IOrderedQueryable<DiaryEntry> SubGoalNewestFirst(AppDbContext db, Guid citizenId, Guid subGoalId) =>
        db.DiaryEntries.AsNoTracking().Where(e => e.CitizenId == citizenId && e.SubGoalId == subGoalId && e.WrongCitizenMarkedUtc == null)
            .OrderByDescending(e => e.ObservedAtUtc).ThenByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id);

    /// <summary>
    /// The levels the citizen's overview chart names: those of the scale most of the active
    /// sub-goals are scored on (usually the offer's default), else the FFB scale.
    /// </summary>
    public async Task<IReadOnlyList<ScaleLevel>> OverviewLevelsAsync(Guid planId, CancellationToken ct)
    {
        var scaleId = await db.Goals.AsNoTracking()
            .Where(g => g.PlanId == planId && g.ParentGoalId != null && g.State == GoalState.Active && g.IndicatorScaleId != null)
            .GroupBy(g => g.IndicatorScaleId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefaultAsync(ct);
        var levels = scaleId is { } id
            ? await db.IndicatorScales.AsNoTracking().Where(s => s.Id == id).Select(s => s.Levels).FirstOrDefaultAsync(ct)
            : null;
        return levels is { Count: > 0 } ? levels : IndicatorScale.FfbSupportNeed();
    }

    private static ActivityWindow Window(DateOnly startOn, DateOnly? endOn, GoalState state, IEnumerable<(DateOnly FromOn, GoalState State)> history,
        DateOnly enrolledOn, DateOnly? dischargedOn, List<(DateOnly From, DateOnly? To)> placements)
    {
        var active = SubGoalActivity.ActiveIntervals(startOn, endOn, state, history);
        var enrolment = placements.Count == 0
            ? [new DateInterval(enrolledOn, dischargedOn)]
            : SubGoalActivity.Enrolment(placements, dischargedOn);
        return new ActivityWindow(active, enrolment);
    }

    private static IQueryable<DiaryEntry> Scored(IQueryable<DiaryEntry> notes) =>
        notes.AsNoTracking().Where(e => e.WrongCitizenMarkedUtc == null && e.ScoreValue != null && e.ScaleVersionId != null && e.Kind == DiaryKind.SubGoal);

    private async Task<Dictionary<Guid, IndicatorScaleVersion>> VersionsAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0 ? [] : await db.IndicatorScaleVersions.AsNoTracking().Where(v => list.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
    }

    /// <summary>The levels the sub-goal's chart is drawn with: its scale's current version.</summary>
    private async Task<IReadOnlyList<ScaleLevel>> LevelsAsync(Goal subGoal, CancellationToken ct) =>
        subGoal.IndicatorScaleId is { } scaleId
            ? (await db.IndicatorScales.AsNoTracking().Where(s => s.Id == scaleId).Select(s => s.Levels).FirstOrDefaultAsync(ct)) ?? []
            : IndicatorScale.FfbSupportNeed();

    /// <summary>The scores among <paramref name="notes"/>, oldest first, each labelled by its own scale version.</summary>
    private async Task<List<(Guid SubGoalId, ScoreRow Row)>> ScoresAsync(IQueryable<DiaryEntry> notes, CancellationToken ct)
    {
        var rows = await Scored(notes)
            .OrderBy(e => e.ObservedAtUtc)
            .Select(e => new { e.Id, e.SubGoalId, e.ObservedAtUtc, e.ObservedOn, e.ScoreValue, e.ScaleVersionId, e.AuthorName })
            .ToListAsync(ct);
        var versions = await VersionsAsync(rows.Select(r => r.ScaleVersionId!.Value), ct);
        return [.. rows.Select(r =>
        {
            var version = versions[r.ScaleVersionId!.Value];
            return (r.SubGoalId!.Value, new ScoreRow(r.Id, r.ObservedAtUtc, r.ObservedOn, r.ScoreValue!.Value, version.LabelOf(r.ScoreValue.Value), version.Number, r.AuthorName));
        })];
    }
}
