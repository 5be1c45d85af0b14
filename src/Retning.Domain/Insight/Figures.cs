namespace Retning.Domain.Insight;

/// <summary>
/// The one entry to every figure: the rows a figure counts in a period, before filters. The page,
/// the drill-down and the export all call this, so a number and the list behind it are the same rows.
/// </summary>
public static class Figures
{
    public static IReadOnlyList<CountedItem> Count(FigureKey key, InsightData data, ReportPeriod period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Counted.GetOrAdd((key, period, today), _ => Compute(key, data, period, today));
    }

    /// <summary>
    /// Counts figures for a period and the previous one side by side, each kept with the data as <see cref="Count"/>
    /// keeps it: for a page that shows them all, before it reads them one by one.
    /// </summary>
    public static void CountAll(IEnumerable<FigureKey> keys, InsightData data, ReportPeriod period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        Parallel.ForEach(keys.SelectMany(key => new[] { (key, period), (key, period.Previous) }), figure => Count(figure.key, data, figure.Item2, today));
    }

    private static IReadOnlyList<CountedItem> Compute(FigureKey key, InsightData data, ReportPeriod period, DateOnly today)
    {
        var goals = data.Goals.Values;
        var citizens = data.Citizens;
        IEnumerable<CountedItem> rows = key switch
        {
            FigureKey.Citizens => VolumeFigures.Citizens(citizens.Values, period),
            FigureKey.Plans => VolumeFigures.Plans(data.Plans, citizens, period),
            FigureKey.Goals => VolumeFigures.Goals(goals, citizens, period, subGoals: false),
            FigureKey.SubGoals => VolumeFigures.Goals(goals, citizens, period, subGoals: true),
            FigureKey.PurposesReceived => PurposeFigures.Received(data.Purposes, citizens, data.CategoryNames, period),
            FigureKey.CitizensWithPurpose => PurposeFigures.CitizensWithPurpose(citizens.Values, data.PurposesByCitizen, period),
            FigureKey.GoalsClosed => AttainmentFigures.Closed(goals, citizens, period),
            FigureKey.EvaluationDecisions => AttainmentFigures.Decisions(data.Evaluations, data.Goals, citizens, period),
            FigureKey.SupportNeedChange => SupportNeedChange.Classify(goals, data.Scores.GetValueOrDefault(period) ?? new Dictionary<Guid, ScorePair>(), citizens, period),
            FigureKey.EvaluationsOnTime => TimelinessFigures.Evaluations(goals, data.EvaluationsByGoal, citizens, period, today),
            FigureKey.NewGoalsReviewed => TimelinessFigures.NewGoalsReviewed(goals, data.EvaluationsByGoal, citizens, period, today),
            FigureKey.StatusSentOnTime => TimelinessFigures.StatusSent(data.Meetings, citizens, period, today),
            FigureKey.MinutesSentOnTime => TimelinessFigures.MinutesSent(data.Meetings, citizens, period, today),
            FigureKey.DpuOnTime => TimelinessFigures.Dpu(data.Plans, citizens, period, today),
            FigureKey.CompassBegun => TimelinessFigures.Compass(data.Plans, citizens, period, today),
            FigureKey.PlanRevisionDate => TimelinessFigures.RevisionDate(data.Plans, citizens, period),
            FigureKey.PlanPerspective => ParticipationFigures.PlanPerspective(data.Plans, citizens, period),
            FigureKey.GoalParticipation => ParticipationFigures.GoalParticipation(goals, citizens, period),
            FigureKey.SmortChecks => ParticipationFigures.Smort(goals, citizens, period),
            FigureKey.ResponseRate => ResponseRateFigure.Classify(goals, citizens, data.Departments, data.ScoredDays, period, today),
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
        };

        // Only rows placed in a department of the scope: a citizen who moved out is counted where they were.
        return [.. rows.Where(r => data.Departments.ContainsKey(r.DepartmentId))];
    }
}
