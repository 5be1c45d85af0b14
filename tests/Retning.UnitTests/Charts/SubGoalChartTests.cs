using System.Xml.Linq;
using Retning.Documents.Charts;
using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Charts;

/// <summary>The progress chart of one sub-goal, read back from its SVG and PNG.</summary>
public sealed class SubGoalChartTests
{
    private static readonly List<ScaleLevel> Ffb = IndicatorScale.FfbSupportNeed();

    private static ScorePoint P(int month, int day, int value) => new(new DateOnly(2026, month, day), value);

    private static SubGoalChartData March(params ScorePoint[] points) => new(
        points, Ffb, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31),
        [new ChartBoundary(new DateOnly(2026, 3, 16), "Ny handleplan – revision")]);

    [Fact]
    public void Svg_names_every_level_the_dates_and_the_boundary()
    {
        var texts = ChartAssert.Texts(SubGoalChart.Svg(March(P(3, 2, 4), P(3, 9, 3), P(3, 23, 2), P(3, 30, 1))));

        Assert.All(["Intet", "Let", "Moderat", "Højt", "Fuldstændigt"], label => Assert.Contains(label, texts));
        // A month fits weekly ticks from the first day, in Danish dd-MM-yyyy.
        Assert.All(["01-03-2026", "08-03-2026", "15-03-2026", "22-03-2026", "29-03-2026"], date => Assert.Contains(date, texts));
        Assert.Contains("Ny handleplan – revision", texts);
        Assert.All(["Scoring", "Tendens", "Første", "Seneste"], legend => Assert.Contains(legend, texts));
        Assert.DoesNotContain(SubGoalChart.EmptyText, texts);
    }

    [Fact]
    public void Half_a_year_is_labelled_by_month()
    {
        var data = new SubGoalChartData([P(1, 10, 3), P(6, 1, 1)], Ffb, new DateOnly(2026, 1, 5), new DateOnly(2026, 6, 30), []);

        var texts = ChartAssert.Texts(SubGoalChart.Svg(data));

        Assert.All(["01-02-2026", "01-03-2026", "01-06-2026"], date => Assert.Contains(date, texts));
    }

    [Fact]
    public void Without_points_the_chart_says_so()
    {
        var texts = ChartAssert.Texts(SubGoalChart.Svg(March()));

        Assert.Contains("Ingen scoringer i perioden", texts);
        Assert.Contains("Fuldstændigt", texts);
        Assert.DoesNotContain("Scoring", texts);
    }

    [Fact]
    public void Points_outside_the_period_are_left_out()
    {
        var texts = ChartAssert.Texts(SubGoalChart.Svg(March(P(2, 20, 3), P(4, 2, 1))));

        Assert.Contains(SubGoalChart.EmptyText, texts);
    }

    [Fact]
    public void One_point_is_drawn_without_a_trend()
    {
        var texts = ChartAssert.Texts(SubGoalChart.Svg(March(P(3, 10, 2))));

        Assert.Contains("Seneste", texts);
        Assert.DoesNotContain("Tendens", texts);
    }

    [Fact]
    public void Markup_in_labels_is_escaped()
    {
        var data = March(P(3, 2, 2)) with { Boundaries = [new(new DateOnly(2026, 3, 10), "Mad & drikke <ny plan>")] };

        Assert.Contains("Mad & drikke <ny plan>", ChartAssert.Texts(SubGoalChart.Svg(data)));
    }

    [Fact]
    public void Two_charts_inlined_on_one_page_do_not_share_ids()
    {
        var a = ChartAssert.WellFormedSvg(SubGoalChart.Svg(March(P(3, 2, 4), P(3, 9, 3))));
        var b = ChartAssert.WellFormedSvg(SubGoalChart.Svg(March(P(3, 2, 1))));

        var idsA = a.Descendants().Attributes("id").Select(x => x.Value).ToHashSet();
        var idsB = b.Descendants().Attributes("id").Select(x => x.Value).ToHashSet();
        Assert.NotEmpty(idsA);
        Assert.Empty(idsA.Intersect(idsB));
    }

    [Fact]
    public void Png_has_the_signature_and_the_requested_size()
    {
        var data = March(P(3, 2, 4), P(3, 9, 3), P(3, 23, 2));

        Assert.Equal((1200, 540), ChartAssert.PngSize(SubGoalChart.Png(data)));
        Assert.Equal((600, 300), ChartAssert.PngSize(SubGoalChart.Png(data, 600, 300)));
        Assert.Equal((1200, 540), ChartAssert.PngSize(SubGoalChart.Png(March())));
    }
}
