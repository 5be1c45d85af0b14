using Retning.Domain.Diary;
using ScottPlot;

namespace Retning.Documents.Charts;

/// <summary>
/// The progress chart of one sub-goal: its scores over the period joined in date order, the
/// least-squares trend, the first and latest reading emphasised, and plan-period boundaries.
/// The Y axis names the scale's levels; the X axis is dates. No title: the page has a heading,
/// and the page shows the same numbers in a table beside the chart.
/// </summary>
public static class SubGoalChart
{
    public const string EmptyText = "Ingen scoringer i perioden";

    /// <summary>SVG for the web page (see <see cref="ChartSvg"/> for how to embed it).</summary>
    public static string Svg(SubGoalChartData data, int width = 760, int height = 340)
    {
        using var plot = Build(data, width);
        return ChartStyle.Svg(plot, width, height);
    }

    /// <summary>PNG for documents (DOCX).</summary>
    public static byte[] Png(SubGoalChartData data, int width = 1200, int height = 540)
    {
        using var plot = Build(data, ChartStyle.ReferenceWidth);
        return ChartStyle.Png(plot, width, height);
    }

    /// <param name="data">The sub-goal's scores, scale and trend.</param>
    /// <param name="layoutWidth">Width in layout pixels, to decide how many date ticks fit.</param>
    private static Plot Build(SubGoalChartData data, int layoutWidth)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (from, to) = data.From <= data.To ? (data.From, data.To) : (data.To, data.From);

        // Stable sort: several readings on one day keep the given (observation-time) order.
        var points = data.Points.Where(p => p.On >= from && p.On <= to).OrderBy(p => p.On).ToList();
        var plot = ChartStyle.NewPlot();

        var yMin = data.Levels.Count > 0 ? data.Levels.Min(l => l.Value) : 0;
        var yMax = data.Levels.Count > 0 ? data.Levels.Max(l => l.Value) : 4;
        if (points.Count > 0)
        {
            // A value missing from the scale is still drawn, not silently cut off.
            yMin = Math.Min(yMin, points.Min(p => p.Value));
            yMax = Math.Max(yMax, points.Max(p => p.Value));
        }

        var span = to.DayNumber - from.DayNumber;
        var pad = Math.Max(0.5, span * 0.02); // so markers on the first and last day are whole
        plot.Axes.SetLimits(from.DayNumber - pad, to.DayNumber + pad, yMin - 0.35, yMax + 0.35);

        if (data.Levels.Count > 0)
        {
            ChartStyle.LevelTicks(plot.Axes.Left, data.Levels);
        }

        plot.Axes.Left.MajorTickStyle.Length = 0; // the grid lines lead the eye to the labels
        plot.Axes.Right.MinimumSize = 40; // half a "dd-MM-yyyy" label: the last date tick is not cut at the edge

        // Room for the Y labels (~130 px) and ~105 px per "dd-MM-yyyy" label.
        var ticks = ChartStyle.DateTicks(from, to, Math.Max(2, (layoutWidth - 130) / 105));
        plot.Axes.Bottom.SetTicks([.. ticks.Select(d => (double)d.DayNumber)], [.. ticks.Select(ChartStyle.Date)]);

        AddBoundaries(plot, data.Boundaries.Where(b => b.On >= from && b.On <= to).ToList(), yMax + 0.35);

        if (points.Count == 0)
        {
            ChartStyle.CentreNote(plot, EmptyText, (from.DayNumber + to.DayNumber) / 2.0, (yMin + yMax) / 2.0);
        }
        else
        {
            AddPoints(plot, points);
        }

        ShowLegend(plot, data.Boundaries.Select(b => b.Label).ToHashSet(StringComparer.Ordinal));

        return plot;
    }

    /// <summary>
    /// Legend below the plot, the readings first and the period boundaries last (ScottPlot lists
    /// in drawing order, and the boundaries are drawn first so they stay behind the data).
    /// </summary>
    private static void ShowLegend(Plot plot, HashSet<string> boundaryLabels)
    {
        var items = plot.GetPlottables().SelectMany(p => p.LegendItems)
            .Where(i => !string.IsNullOrEmpty(i.LabelText))
            .OrderBy(i => boundaryLabels.Contains(i.LabelText))
            .ToList();
        if (items.Count == 0)
        {
            return;
        }

        plot.Legend.ManualItems.AddRange(items);
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.ShowLegend(Edge.Bottom);
    }

    private static void AddPoints(Plot plot, List<ScorePoint> points)
    {
        var xs = points.Select(p => (double)p.On.DayNumber).ToArray();
        var ys = points.Select(p => (double)p.Value).ToArray();

        var scores = plot.Add.Scatter(xs, ys, ChartStyle.Score);
        scores.LineWidth = 2;
        scores.MarkerShape = MarkerShape.FilledCircle;
        scores.MarkerSize = 8;
        scores.LegendText = "Scoring";

        if (TrendLine.Fit(points) is { } trend)
        {
            var line = plot.Add.Line(trend.Start.DayNumber, trend.StartValue, trend.End.DayNumber, trend.EndValue);
            line.LineColor = ChartStyle.Trend;
            line.LineWidth = 2;
            line.LinePattern = LinePattern.Dashed;
            line.MarkerShape = MarkerShape.None;
            line.LegendText = "Tendens";
        }

        if (points.Count >= 2)
        {
            var first = plot.Add.Marker(xs[0], ys[0], MarkerShape.OpenSquare, 16, ChartStyle.Ink);
            first.MarkerLineWidth = 2.5f;
            first.LegendText = "Første";
        }

        var latest = plot.Add.Marker(xs[^1], ys[^1], MarkerShape.FilledDiamond, 16, ChartStyle.Latest);
        latest.LegendText = "Seneste";
    }

    private static void AddBoundaries(Plot plot, List<ChartBoundary> boundaries, double top)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var boundary in boundaries.OrderBy(b => b.On))
        {
            var line = plot.Add.VerticalLine(boundary.On.DayNumber, 1.5f, ChartStyle.Boundary, LinePattern.Dotted);

            // One legend entry per distinct label; the label also stands at the top of its line.
            if (named.Add(boundary.Label))
            {
                line.LegendText = boundary.Label;
            }

            var text = plot.Add.Text(boundary.Label, boundary.On.DayNumber, top);
            text.LabelFontName = ChartStyle.FontName;
            text.LabelFontSize = ChartStyle.FontSize - 1;
            text.LabelFontColor = ChartStyle.Ink;
            text.LabelBackgroundColor = Colors.White;
            text.LabelAlignment = Alignment.UpperLeft;
            text.OffsetX = 4;
            text.OffsetY = 2;
        }
    }
}
