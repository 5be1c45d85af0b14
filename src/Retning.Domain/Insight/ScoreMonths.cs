namespace Retning.Domain.Insight;

/// <summary>
/// The figures' reading of the monthly score facts (<see cref="SubGoalScoreMonth"/>, docs/adr/0014):
/// a period's paired readings per sub-goal and the days each sub-goal was scored. Exact because a
/// <see cref="ReportPeriod"/> is whole months: a period's first score is the first month's first
/// score among its months with scores, its latest the last such month's latest.
/// </summary>
public static class ScoreMonths
{
    /// <summary>Per sub-goal with a note in the period, its paired reading (<see cref="ScorePair"/>).</summary>
    public static IReadOnlyDictionary<Guid, ScorePair> Pairs(IEnumerable<SubGoalScoreMonth> months, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(period);
        var pairs = new Dictionary<Guid, ScorePair>();
        foreach (var subGoal in months.Where(m => period.Contains(m.Month)).GroupBy(m => m.SubGoalId))
        {
            var inOrder = subGoal.OrderBy(m => m.Month).ToList();
            var first = inOrder.FirstOrDefault(m => m.ScoredNotes > 0);
            var latest = inOrder.LastOrDefault(m => m.ScoredNotes > 0);
            var pair = new ScorePair(subGoal.Key, inOrder.Sum(m => m.ScoredNotes), inOrder.Sum(m => m.UnscoredNotes),
                first?.FirstScore, first?.FirstScaleVersionId, latest?.LatestScore, latest?.LatestScaleVersionId);
            if (pair.ScoredNotes > 0 || pair.UnscoredNotes > 0)
            {
                pairs[subGoal.Key] = pair;
            }
        }

        return pairs;
    }

    /// <summary>
    /// The days each sub-goal was scored on its scale (the response rate's scored days), read from a
    /// sub-goal's month masks when asked for: a region holds millions of such days, a figure asks for
    /// one sub-goal's at a time.
    /// </summary>
    public static ILookup<Guid, DateOnly> Days(IEnumerable<SubGoalScoreMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        return new DayLookup(months.ToLookup(m => m.SubGoalId));
    }

    private sealed class DayLookup(ILookup<Guid, SubGoalScoreMonth> months) : ILookup<Guid, DateOnly>
    {
        public int Count => months.Count;

        public IEnumerable<DateOnly> this[Guid key] => months[key].SelectMany(m => m.ScoredDates());

        public bool Contains(Guid key) => months.Contains(key);

        public IEnumerator<IGrouping<Guid, DateOnly>> GetEnumerator() =>
            months.Select(g => new SubGoalDays(g.Key, g.SelectMany(m => m.ScoredDates()))).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class SubGoalDays(Guid key, IEnumerable<DateOnly> days) : IGrouping<Guid, DateOnly>
    {
        public Guid Key => key;

        public IEnumerator<DateOnly> GetEnumerator() => days.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
