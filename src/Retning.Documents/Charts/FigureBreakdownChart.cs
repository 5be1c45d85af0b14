using System.Globalization;
using ScottPlot;

namespace Retning.Documents.Charts;

/// <summary>
/// A management figure broken down into lines, one horizontal bar each, top line first
/// (docs/domain.md, "Management information"). A share figure draws each line's percentage on a
/// 0–100 % axis; a count figure stacks each line's rows by outcome, the outcomes named in the
/// legend. Every bar ends in the same text as the table beside it ("62 % (25 af 40)", "40"); a line
/// the table shows as "færre end 5" or "Ingen data" gets that text and no bar, so a suppressed
/// number is never drawn. The chart grows in height with the number of lines.
/// </summary>
public static class FigureBreakdownChart
{
    public const string EmptyText = "Ingen rækker i perioden";

    // Layout pixels at the reference width: per line, and for the axis, legend and margins.
    private const int RowHeight = 34;
    private const int Chrome = 90;
    private const int LegendRow = 30;

    // The value axis reaches past the largest bar so the text at its end fits inside the plot.
    private const double ShareAxisEnd = 150;
    private const double CountRoom = 1.3;

    /// <summary>
    /// True when a count figure's bars are stacked by outcome: there are two outcomes or more, and no
    /// more than there are distinguishable colours (beyond that, each line is one bar of its total
    /// and the table beside gives the outcomes).
    /// </summary>
    public static bool Stacks(FigureBreakdownChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return !data.Share && data.Outcomes.Count >= 2 && data.Outcomes.Count <= ChartStyle.Outcomes.Count;
    }

    /// <summary>Height of the chart in layout pixels.</summary>
    public static int HeightFor(FigureBreakdownChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var legendRows = !Stacks(data) ? 0 : (int)Math.Ceiling(data.Outcomes.Sum(o => o.Length + 6) / 80.0);
        return Chrome + (RowHeight * Math.Max(data.Bars.Count, 2)) + (LegendRow * legendRows);
    }

    /// <summary>SVG for the web page (see <see cref="ChartSvg"/> for how to embed it).</summary>
    public static string Svg(FigureBreakdownChartData data, int width = ChartStyle.ReferenceWidth)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var plot = Build(data);
        return ChartStyle.Svg(plot, width, HeightFor(data));
    }

    /// <summary>PNG for a Word document: the SVG layout scaled up to <paramref name="width"/> pixels.</summary>
    public static byte[] Png(FigureBreakdownChartData data, int width)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var plot = Build(data);
        return ChartStyle.Png(plot, width, HeightFor(data) * width / ChartStyle.ReferenceWidth);
    }

    /// <summary>What the chart shows, for screen readers: the description, then each line with its number.</summary>
    public static string Summary(FigureBreakdownChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var kind = data.Share ? "Søjlediagram med andelen pr. linje" : "Søjlediagram med antallet pr. linje";
        return data.Bars.Count == 0
            ? $"{kind}: {data.Description}. {EmptyText}."
            : $"{kind}: {data.Description}. " + string.Join(" ", data.Bars.Select(b => $"{b.Label}: {b.Text}."));
    }

    private static Plot Build(FigureBreakdownChartData data)
    {
        var plot = ChartStyle.NewPlot();
        var bars = data.Bars;
        var count = Math.Max(bars.Count, 1);
        var xMax = data.Share ? ShareAxisEnd : Math.Max(CountTicks(data)[^1], 1) * CountRoom;
        plot.Axes.SetLimits(0, xMax, -0.6, count - 0.4);

        plot.Axes.Left.SetTicks([.. bars.Select((_, i) => Y(bars.Count, i))], [.. bars.Select(b => ChartStyle.Shorten(b.Label, 32))]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        if (data.Share)
        {
            double[] percents = [0, 25, 50, 75, 100];
            plot.Axes.Bottom.SetTicks(percents, [.. percents.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p} %"))]);
        }
        else
        {
            var ticks = CountTicks(data);
            plot.Axes.Bottom.SetTicks([.. ticks.Select(t => (double)t)], [.. ticks.Select(t => t.ToString(CultureInfo.InvariantCulture))]);
        }

        if (bars.Count == 0)
        {
            ChartStyle.CentreNote(plot, EmptyText, xMax / 2, 0);
            return plot;
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var (bar, y) = (bars[i], Y(bars.Count, i));
            var end = data.Share ? AddShare(plot, bar, y) : AddCounts(plot, bar, y, Stacks(data));
            AddText(plot, bar.Text, end, y, bar.Drawn(data.Share));
        }

        if (Stacks(data))
        {
            plot.Legend.ManualItems.AddRange(data.Outcomes.Select((o, i) => new LegendItem
            {
                LabelText = o,
                FillColor = OutcomeColor(i),
                LineWidth = 0,
            }));
            plot.Legend.DisplayPlottableLegendItems = false;
            plot.ShowLegend(Edge.Bottom);
        }

        return plot;
    }

    private static IReadOnlyList<int> CountTicks(FigureBreakdownChartData data) =>
        ChartStyle.CountTicks(data.Bars.Select(b => b.Counts?.Sum() ?? 0).DefaultIfEmpty(0).Max());

    private static double Y(int count, int index) => count - 1 - index;

    private static Color OutcomeColor(int index) => ChartStyle.Outcomes[index % ChartStyle.Outcomes.Count];

    /// <summary>The line's percentage as one bar; returns where the bar ends (0 when not drawn).</summary>
    private static double AddShare(Plot plot, FigureBar bar, double y)
    {
        if (bar.Percent is not { } percent)
        {
            return 0;
        }

        AddBar(plot, y, 0, percent, ChartStyle.Score);
        return percent;
    }

    /// <summary>The line's outcomes stacked left to right (or, not stacked, its total); returns where the bar ends.</summary>
    private static double AddCounts(Plot plot, FigureBar bar, double y, bool stacked)
    {
        if (bar.Counts is not { } counts)
        {
            return 0;
        }

        if (!stacked)
        {
            AddBar(plot, y, 0, counts.Sum(), ChartStyle.Score);
            return counts.Sum();
        }

        double start = 0;
        for (var o = 0; o < counts.Count; o++)
        {
            if (counts[o] > 0)
            {
                AddBar(plot, y, start, start + counts[o], OutcomeColor(o));
                start += counts[o];
            }
        }

        return start;
    }

    private static void AddBar(Plot plot, double y, double from, double to, Color color)
    {
        var bars = plot.Add.Bars(new[]
        {
            new Bar
            {
                Position = y,
                ValueBase = from,
                Value = to,
                Size = 0.62,
                FillColor = color,
                LineColor = Colors.White, // parts stacked segments
                LineWidth = 1.5f,
            },
        });
        bars.Horizontal = true;
    }

    /// <summary>The table's text at the end of the bar; muted and italic where no bar is drawn.</summary>
    private static void AddText(Plot plot, string label, double end, double y, bool drawn)
    {
        var text = plot.Add.Text(label, end, y);
        text.LabelFontName = ChartStyle.FontName;
        text.LabelFontSize = ChartStyle.FontSize;
        text.LabelAlignment = Alignment.MiddleLeft;
        text.OffsetX = 6;
        text.LabelFontColor = drawn ? ChartStyle.Ink : ChartStyle.Muted;
        text.LabelItalic = !drawn;
    }
}
