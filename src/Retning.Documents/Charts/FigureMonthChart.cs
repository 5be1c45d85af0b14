using System.Globalization;
using ScottPlot;

namespace Retning.Documents.Charts;

/// <summary>
/// A management figure month by month (docs/domain.md, "Management information"): a line with a
/// marker per month, a percentage on a 0–100 % axis for a share figure, a count for a count figure.
/// A month the table shows as "Ingen data" or "færre end 5" breaks the line and is a shaded gap
/// labelled with that text — never a point at 0, and a suppressed number is never drawn.
/// </summary>
public static class FigureMonthChart
{
    public const string EmptyText = "Ingen måneder i perioden";

    public const int Height = 340;

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>SVG for the web page (see <see cref="ChartSvg"/> for how to embed it).</summary>
    public static string Svg(FigureMonthChartData data, int width = ChartStyle.ReferenceWidth, int height = Height)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var plot = Build(data, width);
        return ChartStyle.Svg(plot, width, height);
    }

    /// <summary>What the chart shows, for screen readers: the description, then each month with its number.</summary>
    public static string Summary(FigureMonthChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var kind = data.Share ? "Kurve over andelen måned for måned" : "Kurve over antallet måned for måned";
        return data.Months.Count == 0
            ? $"{kind}: {data.Description}. {EmptyText}."
            : $"{kind}: {data.Description}. " + string.Join(" ", data.Months.Select(m => $"{MonthName(m.From)}: {m.Text}."));
    }

    /// <summary>"januar 2026": the month a row of the month table starts in.</summary>
    public static string MonthName(DateOnly day) => day.ToString("MMMM yyyy", Danish);

    /// <param name="data">The months, their values and texts.</param>
    /// <param name="layoutWidth">Width in layout pixels, to decide how many month labels fit.</param>
    private static Plot Build(FigureMonthChartData data, int layoutWidth)
    {
        var plot = ChartStyle.NewPlot();
        var months = data.Months;
        var count = Math.Max(months.Count, 1);
        IReadOnlyList<int> ticks = data.Share
            ? [0, 25, 50, 75, 100]
            : ChartStyle.CountTicks(months.Select(m => m.Value ?? 0).DefaultIfEmpty(0).Max());
        var top = ticks[^1];
        plot.Axes.SetLimits(-0.6, count - 0.4, -0.04 * top, 1.06 * top);
        plot.Axes.Left.SetTicks([.. ticks.Select(t => (double)t)], [.. ticks.Select(t => data.Share ? $"{t} %" : t.ToString(CultureInfo.InvariantCulture))]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        if (!data.Share)
        {
            plot.Axes.Left.Label.Text = data.Unit;
        }

        // Room for the value labels (~70 px) and ~48 px per "jan." label (the year under it is as wide).
        var every = (int)Math.Ceiling(months.Count / (double)Math.Max(2, (layoutWidth - 70) / 48));
        var labelled = months.Select((m, i) => (m, i)).Where(x => x.i % Math.Max(every, 1) == 0).ToList();
        plot.Axes.Bottom.SetTicks([.. labelled.Select(x => (double)x.i)], [.. labelled.Select(x => MonthTick(x.m, x.i == 0))]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;

        if (months.Count == 0)
        {
            ChartStyle.CentreNote(plot, EmptyText, 0, top / 2.0);
            return plot;
        }

        for (var i = 0; i < months.Count; i++)
        {
            if (months[i].Value is null)
            {
                AddGap(plot, i, months[i].Text, top);
            }
        }

        AddRuns(plot, months);
        return plot;
    }

    /// <summary>"jan." and, in January and at the first month, the year under it.</summary>
    private static string MonthTick(FigureMonth month, bool first) =>
        month.From.ToString("MMM", Danish) + (first || month.From.Month == 1 ? "\n" + month.From.Year.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>A shaded column with the table's text ("Ingen data") written upwards in it.</summary>
    private static void AddGap(Plot plot, int index, string label, int top)
    {
        var span = plot.Add.HorizontalSpan(index - 0.45, index + 0.45, ChartStyle.Gap);
        span.LineStyle.Width = 0;

        var text = plot.Add.Text(label, index, top / 2.0);
        text.LabelFontName = ChartStyle.FontName;
        text.LabelFontSize = ChartStyle.FontSize - 1;
        text.LabelFontColor = ChartStyle.Muted;
        text.LabelItalic = true;
        text.LabelRotation = -90;
        text.LabelAlignment = Alignment.MiddleCenter;
    }

    /// <summary>One line per run of months with a number: a gap breaks the line.</summary>
    private static void AddRuns(Plot plot, IReadOnlyList<FigureMonth> months)
    {
        var run = new List<(double X, double Y)>();
        for (var i = 0; i <= months.Count; i++)
        {
            if (i < months.Count && months[i].Value is { } value)
            {
                run.Add((i, value));
                continue;
            }

            if (run.Count > 0)
            {
                var line = plot.Add.Scatter(run.Select(p => p.X).ToArray(), run.Select(p => p.Y).ToArray(), ChartStyle.Score);
                line.LineWidth = 2.5f;
                line.MarkerShape = MarkerShape.FilledCircle;
                line.MarkerSize = 9;
                run.Clear();
            }
        }
    }
}
