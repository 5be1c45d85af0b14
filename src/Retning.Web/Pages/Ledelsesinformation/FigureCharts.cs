using System.Globalization;
using Retning.Documents.Charts;
using Retning.Domain.Insight;

namespace Retning.Web.Pages.Ledelsesinformation;

/// <summary>
/// The charts of a figure's page (Tal), drawn from the same <see cref="FigureView"/> as the tables
/// beside them and with the tables' own cell texts, so a chart never shows another number than its
/// table; a line or month the table shows as "færre end 5" or "Ingen data" is not drawn
/// (docs/architecture.md, "Charts").
/// </summary>
public sealed record FigureCharts(
    FigureBreakdownChartData Breakdown,
    FigureMonthChartData? Months)
{
    // Layout widths (px): the page shows a chart beside its table at about 500–650 px, above it at up to 760.
    private const int BesideWidth = 600;
    private const int AboveWidth = 760;

    /// <summary>True when a breakdown line is hidden as "færre end 5" (the caption says it is not drawn).</summary>
    public bool BreakdownHidesLines { get; init; }

    /// <summary>
    /// True when the breakdown table is narrow enough (at most three number columns) to stand beside
    /// its chart on a wide screen; a wider table would be squeezed, so the chart goes above it.
    /// </summary>
    public bool BreakdownBeside => Breakdown.Outcomes.Count + (Breakdown.Share ? 2 : 1) <= 3;

    /// <summary>The breakdown chart, laid out narrower when it stands beside its table, so its text keeps its size.</summary>
    public string BreakdownSvg => FigureBreakdownChart.Svg(Breakdown, BreakdownBeside ? BesideWidth : AboveWidth);

    public string BreakdownSummary => FigureBreakdownChart.Summary(Breakdown);

    public string? MonthsSvg => Months is { } m ? FigureMonthChart.Svg(m) : null;

    public string? MonthsSummary => Months is { } m ? FigureMonthChart.Summary(m) : null;

    /// <param name="numbers">The figure's numbers, as the page's tables show them.</param>
    /// <param name="view">The view, for the breakdown and the lines' names.</param>
    /// <param name="periodName">"denne periode" or "forrige periode": the period the breakdown shows.</param>
    public static FigureCharts Of(FigureView numbers, InsightContext view, string periodName)
    {
        var f = numbers.Figure;
        var by = view.Request.Breakdown;
        var bars = numbers.Lines.Select(l => new FigureBar(
            view.LineName(by, l.Line.Key),
            BarText(f, l.Line.Value, l.Hidden),
            f.HasRate && !l.Hidden ? l.Line.Value.Percent : null,
            f.HasRate || l.Hidden ? null : [.. numbers.Outcomes.Select(o => l.Line.Value.Outcomes.Where(c => c.Outcome == o).Sum(c => c.Count))]));
        var breakdown = new FigureBreakdownChartData(
            $"{f.Title} opdelt efter {InsightText.BreakdownName(by).ToLowerInvariant()}, {periodName}", f.HasRate, numbers.Outcomes, [.. bars]);

        return new FigureCharts(breakdown, MonthsOf(numbers)) { BreakdownHidesLines = numbers.Lines.Any(l => l.Hidden) };
    }

    /// <summary>The figure's months as the month table shows them; null when the figure has no months.</summary>
    public static FigureMonthChartData? MonthsOf(FigureView numbers)
    {
        var f = numbers.Figure;
        return numbers.Months.Count == 0 ? null : new FigureMonthChartData(
            $"{f.Title} måned for måned i denne periode", f.HasRate, f.Unit,
            [.. numbers.Months.Select(m => new FigureMonth(m.Month.From, m.Month.To, MonthValue(f, m.Value), InsightText.Headline(f, m.Value)))]);
    }

    /// <summary>The caption under a month chart: what is drawn and, when there are gaps, what they mean.</summary>
    public static string MonthsCaption(FigureMonthChartData months) =>
        $"{(months.Share ? "Andelen" : "Antallet")} måned for måned."
        + (months.Months.Any(m => m.Value is null) ? " Grå felter er måneder uden tal (\"Ingen data\" eller \"færre end 5\"); de tegnes ikke som 0." : string.Empty)
        + " Samme tal står i tabellen.";

    /// <summary>The table's text for a line: the share with its n, or the "I alt" count.</summary>
    private static string BarText(FigureDefinition f, FigureValue value, bool hidden) =>
        f.HasRate ? InsightText.Headline(f, hidden ? null : value)
        : hidden ? SmallNumbers.Label : value.Rows.ToString(CultureInfo.InvariantCulture);

    /// <summary>The month's number as the table reads it; null where the table says "færre end 5" or "Ingen data".</summary>
    private static int? MonthValue(FigureDefinition f, FigureValue? value) => value switch
    {
        null or { Rows: 0 } => null,
        _ => f.HasRate ? value.Percent : value.Rows,
    };
}
