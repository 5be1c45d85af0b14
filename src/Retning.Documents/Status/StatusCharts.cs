using Retning.Documents.Charts;
using Retning.Domain.Diary;
using Retning.Domain.Plans;
using Retning.Domain.Status;

namespace Retning.Documents.Status;

/// <summary>
/// A scored sub-goal's chart in a status: the same <see cref="SubGoalChart"/> as the sub-goal page,
/// over the status period, drawn from the frozen <see cref="IndicatorContent"/> (never from the
/// live diary), as PNG for Word and as sanitized SVG for the page and the PDF.
/// </summary>
public static class StatusCharts
{
    /// <summary>The PNG's size: 16 cm of Word's text width at 190 dpi; the SVG layout scaled up.</summary>
    public const int PngWidth = 1200;

    public const int PngHeight = 540;

    /// <summary>Shown width of the PNG in the DOCX: the full text width of A4 with 2.5 cm margins.</summary>
    public const double DocxWidthCm = 16;

    /// <summary>A chart is drawn only for a goal with at least one score in the period.</summary>
    public static bool HasChart(GoalContent goal) => goal?.Indicator is { Scores.Count: > 0 };

    /// <summary>The chart data: the scores and the scale's levels from <paramref name="from"/> to <paramref name="to"/>, no period boundaries.</summary>
    public static SubGoalChartData Data(IndicatorContent indicator, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new SubGoalChartData(
            [.. indicator.Scores.Select(s => new ScorePoint(s.On, s.Value))],
            [.. indicator.Levels.Select(l => new ScaleLevel { Value = l.Value, Label = l.Label })],
            from,
            to,
            []);
    }

    /// <summary>
    /// The status's chart: its time axis starts at the first score in the period (not at the period's
    /// start, which would leave an empty stretch for a sub-goal begun later) and ends with the period.
    /// </summary>
    public static SubGoalChartData Data(StatusContent content, IndicatorContent indicator)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(indicator);
        return Data(indicator, AxisStart(content, indicator), content.PeriodTo);
    }

    /// <summary>The first score's day in the period, or the period's start when there is none.</summary>
    public static DateOnly AxisStart(StatusContent content, IndicatorContent indicator)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(indicator);
        var first = indicator.Scores.Where(s => s.On >= content.PeriodFrom && s.On <= content.PeriodTo).Select(s => (DateOnly?)s.On).Min();
        return first ?? content.PeriodFrom;
    }

    /// <summary>PNG for the DOCX.</summary>
    public static byte[] Png(StatusContent content, IndicatorContent indicator) =>
        SubGoalChart.Png(Data(content, indicator), PngWidth, PngHeight);

    /// <summary>SVG to inline in the page and the PDF; already made safe by <see cref="ChartSvg.Sanitize"/> (no script, no style, prefixed ids, a viewBox).</summary>
    public static string Svg(StatusContent content, IndicatorContent indicator) =>
        SubGoalChart.Svg(Data(content, indicator));

    /// <summary>
    /// The chart's text alternative (the DOCX image's description and the page's aria-label), e.g.
    /// "Graf: støttebehov for delmålet »Pakker selv skoletasken« i perioden 01-03-2026 – 31-08-2026:
    /// 12 scoringer, første Højt (02-03-2026), seneste Let (27-08-2026). Tallene pr. måned står i tabellen under grafen."
    /// </summary>
    public static string Description(StatusContent content, GoalContent goal)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(goal);
        var kind = goal.IsSubGoal ? "delmålet" : "målet";
        var text = $"Graf: støttebehov for {kind} »{goal.Text.Trim()}« i perioden {StatusDocumentText.Period(content)}";
        var scores = goal.Indicator?.Scores.OrderBy(s => s.On).ToList() ?? [];
        if (scores.Count == 0)
        {
            return text + ": ingen scoringer.";
        }

        var first = scores[0];
        var latest = scores[^1];
        var summary = scores.Count == 1
            ? $"1 scoring, {first.Label} ({StatusDocumentText.Date(first.On)})"
            : $"{scores.Count} scoringer, første {first.Label} ({StatusDocumentText.Date(first.On)}), seneste {latest.Label} ({StatusDocumentText.Date(latest.On)})";
        return $"{text}: {summary}. Tallene pr. måned står i tabellen under grafen.";
    }
}
