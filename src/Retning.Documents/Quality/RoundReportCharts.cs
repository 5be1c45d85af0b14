using System.Globalization;
using Retning.Documents.Charts;
using Retning.Domain.Quality;

namespace Retning.Documents.Quality;

/// <summary>
/// One bar chart per indicator: how many plans got each rating, each bar ending in its count and share of the
/// rated plans as text, so the chart says the same as the table beside it (docs/architecture.md, "Charts").
/// </summary>
public static class RoundReportCharts
{
    /// <summary>The PNG's width for the DOCX (the SVG layout scaled up), and its shown width.</summary>
    public const int PngWidth = 1200;

    public const double DocxWidthCm = 16;

    public static FigureBreakdownChartData Data(IndicatorCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        var bars = Enum.GetValues<ReviewRating>().Select(r => new FigureBar(r.Danish(), Text(count, r), null, [count.Of(r)]));
        return new FigureBreakdownChartData($"{count.Indicator.Number()}: vurderinger af {count.Rated} planer", false, [], [.. bars]);
    }

    public static string Svg(IndicatorCount count) => FigureBreakdownChart.Svg(Data(count), 640);

    public static string Summary(IndicatorCount count) => FigureBreakdownChart.Summary(Data(count));

    public static byte[] Png(IndicatorCount count) => FigureBreakdownChart.Png(Data(count), PngWidth);

    private static string Text(IndicatorCount count, ReviewRating rating)
    {
        var n = count.Of(rating);
        return count.Rated == 0 ? "0" : string.Create(CultureInfo.InvariantCulture, $"{n} ({ImprovementText.Number(Math.Round(100m * n / count.Rated, 1, MidpointRounding.AwayFromZero))} %)");
    }
}
