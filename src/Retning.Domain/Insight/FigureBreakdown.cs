namespace Retning.Domain.Insight;

/// <summary>What a figure's table is broken down by.</summary>
public enum Breakdown
{
    Department = 1,
    Offer = 2,
    Area = 3,
    TargetGroup = 4,
    Theme = 5,
    GoalType = 6,
}

/// <summary>One line of a figure's table: its key (an id, a code or a text), its value and the rows behind it.</summary>
public sealed record BreakdownLine(string Key, FigureValue Value, IReadOnlyList<CountedItem> Rows);

/// <summary>
/// A figure broken down into lines that add up to its total (every row lands in exactly one line;
/// rows without the dimension, e.g. a citizen without a target group, land in the empty key).
/// </summary>
public static class FigureBreakdown
{
    public static IReadOnlyList<BreakdownLine> By(IEnumerable<CountedItem> rows, Breakdown by, InsightData data) =>
        [.. rows.GroupBy(r => KeyOf(r, by, data), StringComparer.Ordinal)
            .Select(g => new BreakdownLine(g.Key, FigureValue.Of(g), [.. g]))
            .OrderBy(l => l.Key, StringComparer.Ordinal)];

    /// <summary>The line a row belongs to.</summary>
    public static string KeyOf(CountedItem row, Breakdown by, InsightData data)
    {
        var department = data.Departments.GetValueOrDefault(row.DepartmentId);
        return by switch
        {
            Breakdown.Department => row.DepartmentId.ToString(),
            Breakdown.Offer => department?.OfferId.ToString() ?? string.Empty,
            Breakdown.Area => department?.Area.ToString() ?? string.Empty,
            Breakdown.TargetGroup => data.Citizens.GetValueOrDefault(row.CitizenId)?.TargetGroup ?? string.Empty,
            Breakdown.Theme => row.ThemeKey ?? string.Empty,
            Breakdown.GoalType => row.GoalType?.ToString() ?? string.Empty,
            _ => string.Empty,
        };
    }

    /// <summary>
    /// The figure month by month across the period: each month counted by the same rule as the
    /// whole, so a month's rows are that month's figure.
    /// </summary>
    public static IReadOnlyList<(ReportPeriod Month, IReadOnlyList<CountedItem> Rows)> ByMonth(FigureKey key, InsightData data, ReportPeriod period, DateOnly today)
    {
        var months = new List<(ReportPeriod, IReadOnlyList<CountedItem>)>();
        for (var start = period.From; start <= period.To; start = start.AddMonths(1))
        {
            var month = ReportPeriod.MonthOf(start);
            months.Add((month, Figures.Count(key, data, month, today)));
        }

        return months;
    }
}
