using Retning.Documents.Charts;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Charts;

/// <summary>The first-vs-latest dot plot over a citizen's active sub-goals.</summary>
public sealed class CitizenOverviewChartTests
{
    private static readonly List<ScaleLevel> Ffb = IndicatorScale.FfbSupportNeed();

    private const string LongLabel = "Håndterer egen økonomi med et budget for hele ugen og betaler regninger";

    private static OverviewChartData Data(params OverviewRow[] rows) => new(rows, Ffb);

    [Fact]
    public void Svg_names_the_rows_and_the_levels()
    {
        var texts = ChartAssert.Texts(CitizenOverviewChart.Svg(Data(
            new("Går selv til tandlæge", 4, 3),
            new("Tager medicin til tiden", 3, 4))));

        Assert.Contains("Går selv til tandlæge", texts);
        Assert.Contains("Tager medicin til tiden", texts);
        Assert.All(["Intet", "Let", "Moderat", "Højt", "Fuldstændigt"], label => Assert.Contains(label, texts));
        Assert.Contains("Første", texts);
        Assert.Contains("Seneste", texts);
    }

    [Fact]
    public void Long_labels_are_shortened_with_an_ellipsis()
    {
        var texts = ChartAssert.Texts(CitizenOverviewChart.Svg(Data(new OverviewRow(LongLabel, 2, 1))));

        var shortened = Assert.Single(texts, t => t.StartsWith("Håndterer egen økonomi", StringComparison.Ordinal));
        Assert.EndsWith("…", shortened, StringComparison.Ordinal);
        Assert.True(shortened.Length <= 40, shortened);
        Assert.DoesNotContain(LongLabel, texts);
    }

    [Fact]
    public void Rows_without_readings_are_kept_without_markers()
    {
        var texts = ChartAssert.Texts(CitizenOverviewChart.Svg(Data(
            new("Deltager i fællesaktiviteter", null, null),
            new("Ringer til sin søster", null, 1))));

        Assert.Contains("Deltager i fællesaktiviteter", texts);
        Assert.Contains(CitizenOverviewChart.NoReadingsText, texts);
        Assert.Contains("Seneste", texts);
        Assert.DoesNotContain("Første", texts);
    }

    [Fact]
    public void No_rows_gives_an_empty_chart()
    {
        var svg = CitizenOverviewChart.Svg(Data());

        Assert.Contains(CitizenOverviewChart.NoRowsText, ChartAssert.Texts(svg));
        Assert.Equal((1200, CitizenOverviewChart.HeightFor(0, 1200)), ChartAssert.PngSize(CitizenOverviewChart.Png(Data())));
    }

    [Fact]
    public void Png_is_as_wide_as_asked_and_grows_with_the_rows()
    {
        var three = Data(new("A", 1, 2), new("B", 3, 3), new("C", null, null));
        var eight = Data([.. Enumerable.Range(1, 8).Select(i => new OverviewRow($"Delmål {i}", i % 5, (i + 2) % 5))]);

        var (width3, height3) = ChartAssert.PngSize(CitizenOverviewChart.Png(three));
        var (width8, height8) = ChartAssert.PngSize(CitizenOverviewChart.Png(eight));

        Assert.Equal(1200, width3);
        Assert.Equal(1200, width8);
        Assert.Equal(CitizenOverviewChart.HeightFor(3, 1200), height3);
        Assert.True(height8 > height3);
    }
}
