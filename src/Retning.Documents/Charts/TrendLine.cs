using Retning.Domain.Diary;

namespace Retning.Documents.Charts;

/// <summary>
/// The least-squares line through a sub-goal's scores, drawn from the first to the latest
/// reading date (never beyond: extrapolating would suggest readings that do not exist).
/// Same regression as <see cref="ScoreTrend"/> (value against day number), so the drawn slope
/// matches the slope in the text beside the chart.
/// </summary>
/// <param name="Start">The first reading date.</param>
/// <param name="End">The latest reading date.</param>
/// <param name="Intercept">Fitted value on <paramref name="Start"/>.</param>
/// <param name="SlopePerDay">Scale steps per day.</param>
public sealed record TrendLine(DateOnly Start, DateOnly End, double Intercept, double SlopePerDay)
{
    public double StartValue => Intercept;

    public double EndValue => ValueAt(End);

    public double ValueAt(DateOnly day) => Intercept + (SlopePerDay * (day.DayNumber - Start.DayNumber));

    /// <summary>The fitted line; null with fewer than two distinct dates, where no line is defined.</summary>
    public static TrendLine? Fit(IEnumerable<ScorePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var list = points.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var start = list.Min(p => p.On);
        var end = list.Max(p => p.On);
        if (start == end)
        {
            return null;
        }

        // x relative to the first date keeps the sums small and makes the intercept the value there.
        double n = list.Count;
        var meanX = list.Sum(p => (double)(p.On.DayNumber - start.DayNumber)) / n;
        var meanY = list.Sum(p => (double)p.Value) / n;
        double sxy = 0, sxx = 0;
        foreach (var p in list)
        {
            var dx = p.On.DayNumber - start.DayNumber - meanX;
            sxy += dx * (p.Value - meanY);
            sxx += dx * dx;
        }

        var slope = sxy / sxx;
        return new TrendLine(start, end, meanY - (slope * meanX), slope);
    }
}
