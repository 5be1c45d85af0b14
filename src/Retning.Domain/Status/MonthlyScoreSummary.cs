namespace Retning.Domain.Status;

/// <summary>
/// One calendar month of a scored sub-goal's scores in a status: the month's first and latest
/// score, the median and how many there were. A status summarises the scores per month (a
/// caseworker reads a trend, not a list of dates); the full list is an optional appendix.
/// <c>Month</c> is the month's first day.
/// </summary>
public sealed record MonthlyScoreSummary(DateOnly Month, ScoreContent First, ScoreContent Latest, decimal Median, int Count)
{
    /// <summary>
    /// The scores grouped by calendar month, oldest month first; months without a score are left
    /// out. Scores on the same day keep their given order (the content lists them by time).
    /// </summary>
    public static IReadOnlyList<MonthlyScoreSummary> For(IReadOnlyList<ScoreContent> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return
        [
            .. scores.Select((s, i) => (Score: s, Index: i))
                .OrderBy(x => x.Score.On).ThenBy(x => x.Index)
                .GroupBy(x => new DateOnly(x.Score.On.Year, x.Score.On.Month, 1))
                .Select(g =>
                {
                    var month = g.Select(x => x.Score).ToList();
                    return new MonthlyScoreSummary(g.Key, month[0], month[^1], MedianOf(month.Select(s => s.Value)), month.Count);
                }),
        ];
    }

    /// <summary>The middle value, or the mean of the two middle values for an even count.</summary>
    public static decimal MedianOf(IEnumerable<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            throw new ArgumentException("The median of no values is undefined.", nameof(values));
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}
