using System.Globalization;
using Retning.Domain.Plans;

namespace Retning.Domain.Diary;

/// <summary>
/// The development of one sub-goal's scores, as shown beside its progress chart and used in the
/// quantitative evaluation: the first and latest reading, the change between them, and the
/// least-squares slope. Points may come in any order; they are sorted by date. Several readings on
/// the same date keep the order they were given in (pass them in observation-time order), so the
/// latest of them is the one given last.
/// </summary>
/// <param name="First">The earliest reading; null without readings.</param>
/// <param name="Latest">The most recent reading; null without readings.</param>
/// <param name="Count">Number of readings.</param>
/// <param name="SlopePer30Days">
/// Least-squares slope of value over time, in scale steps per 30 days (value against the day
/// number). Null with fewer than two distinct dates, where a line is not defined. Like
/// <see cref="Change"/>, negative means the support need is falling on the FFB scale.
/// </param>
public sealed record ScoreTrend(ScorePoint? First, ScorePoint? Latest, int Count, double? SlopePer30Days)
{
    /// <summary>
    /// Latest − first value; null with fewer than two readings. On the FFB support-need scale
    /// (higher value = more support needed) a NEGATIVE change means LESS support is needed —
    /// the citizen has progressed.
    /// </summary>
    public int? Change => Count >= 2 && First is { } first && Latest is { } latest ? latest.Value - first.Value : null;

    /// <summary>Direction of <see cref="Change"/>.</summary>
    public TrendDirection Direction => Change switch
    {
        null => TrendDirection.NotEnoughData,
        < 0 => TrendDirection.Decreased,
        0 => TrendDirection.Unchanged,
        > 0 => TrendDirection.Increased,
    };

    /// <summary>Computes the trend of the given readings (any order).</summary>
    public static ScoreTrend Of(IEnumerable<ScorePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var sorted = points.OrderBy(p => p.On).ToList(); // OrderBy is stable: same-date order kept
        if (sorted.Count == 0)
        {
            return new ScoreTrend(null, null, 0, null);
        }

        return new ScoreTrend(sorted[0], sorted[^1], sorted.Count, Slope(sorted));
    }

    private static double? Slope(List<ScorePoint> sorted)
    {
        if (sorted[0].On == sorted[^1].On)
        {
            return null; // one distinct date: no line through the points
        }

        // x relative to the first date keeps the sums small and exact.
        var origin = sorted[0].On.DayNumber;
        double n = sorted.Count;
        var meanX = sorted.Sum(p => (double)(p.On.DayNumber - origin)) / n;
        var meanY = sorted.Sum(p => (double)p.Value) / n;
        double sxy = 0, sxx = 0;
        foreach (var p in sorted)
        {
            var dx = p.On.DayNumber - origin - meanX;
            sxy += dx * (p.Value - meanY);
            sxx += dx * dx;
        }

        return sxy / sxx * 30;
    }

    /// <summary>
    /// A plain Danish sentence for the sub-goal page and the status report, naming the levels by
    /// the labels of the scale the scores were given on (pass that scale version's levels, so an
    /// old score keeps the meaning it had). A value without a level is shown as its number.
    /// </summary>
    public string Describe(IEnumerable<ScaleLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var labels = new Dictionary<int, string>();
        foreach (var level in levels)
        {
            labels.TryAdd(level.Value, level.Label);
        }

        string Label(int value) => labels.TryGetValue(value, out var label) ? label : value.ToString(CultureInfo.InvariantCulture);

        if (First is not { } first || Latest is not { } latest)
        {
            return "Ingen scoringer endnu";
        }

        return Direction switch
        {
            TrendDirection.Decreased => $"Støttebehovet er faldet fra {Label(first.Value)} til {Label(latest.Value)}",
            TrendDirection.Increased => $"Støttebehovet er steget fra {Label(first.Value)} til {Label(latest.Value)}",
            TrendDirection.Unchanged => $"Støttebehovet er uændret ({Label(latest.Value)})",
            _ => $"Kun én scoring ({Label(first.Value)}) – ingen udvikling at vise endnu",
        };
    }
}
