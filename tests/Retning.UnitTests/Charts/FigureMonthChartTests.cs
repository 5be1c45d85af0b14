using Retning.Documents.Charts;

namespace Retning.UnitTests.Charts;

/// <summary>A management figure month by month, read back from its SVG.</summary>
public sealed class FigureMonthChartTests
{
    private static FigureMonth M(int year, int month, int? value, string text) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1), value, text);

    private static FigureMonthChartData Share(params FigureMonth[] months) => new("Evalueringer til tiden måned for måned", true, "evalueringer", months);

    private static FigureMonthChartData Counts(params FigureMonth[] months) => new("Aktive mål måned for måned", false, "mål", months);

    [Fact]
    public void Months_are_named_in_danish_with_the_year_at_the_first_and_at_january()
    {
        var texts = ChartAssert.Texts(FigureMonthChart.Svg(Counts(
            M(2025, 11, 40, "40 mål"), M(2025, 12, 42, "42 mål"), M(2026, 1, 45, "45 mål"), M(2026, 2, 44, "44 mål"))));

        Assert.All(["nov.", "dec.", "jan.", "feb."], month => Assert.Contains(texts, t => t.StartsWith(month, StringComparison.Ordinal)));
        Assert.Contains(texts, t => t.Contains("2025", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("2026", StringComparison.Ordinal));
        Assert.Contains("mål", texts); // the value axis names the unit
        Assert.DoesNotContain(FigureMonthChart.EmptyText, texts);
    }

    [Fact]
    public void A_share_is_drawn_on_a_percent_axis()
    {
        var texts = ChartAssert.Texts(FigureMonthChart.Svg(Share(M(2026, 1, 80, "80 % (8 af 10)"), M(2026, 2, 90, "90 % (9 af 10)"))));

        Assert.All(["0 %", "25 %", "50 %", "75 %", "100 %"], tick => Assert.Contains(tick, texts));
    }

    [Fact]
    public void A_month_with_no_denominator_is_a_labelled_gap_not_a_zero()
    {
        var withGap = FigureMonthChart.Svg(Share(M(2026, 1, 80, "80 % (8 af 10)"), M(2026, 2, null, "Ingen data"), M(2026, 3, 70, "70 % (7 af 10)")));
        var texts = ChartAssert.Texts(withGap);

        Assert.Contains("Ingen data", texts);
        // The gap breaks the line: two runs of one month each, drawn as separate series.
        var lines = ChartAssert.WellFormedSvg(withGap).Descendants(ChartAssert.Svg + "path")
            .Count(p => string.Equals((string?)p.Attribute("stroke"), "#0072B2", StringComparison.OrdinalIgnoreCase));
        var joined = ChartAssert.WellFormedSvg(FigureMonthChart.Svg(Share(M(2026, 1, 80, "a"), M(2026, 2, 75, "b"), M(2026, 3, 70, "c"))))
            .Descendants(ChartAssert.Svg + "path")
            .Count(p => string.Equals((string?)p.Attribute("stroke"), "#0072B2", StringComparison.OrdinalIgnoreCase));
        Assert.NotEqual(joined, lines);
    }

    [Fact]
    public void A_suppressed_month_is_not_drawn_and_says_faerre_end_5()
    {
        var svg = FigureMonthChart.Svg(Counts(M(2026, 1, null, "færre end 5"), M(2026, 2, null, "færre end 5")));

        Assert.Contains("færre end 5", ChartAssert.Texts(svg));
        Assert.DoesNotContain("#0072B2", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Whole_number_ticks_for_small_counts()
    {
        var texts = ChartAssert.Texts(FigureMonthChart.Svg(Counts(M(2026, 1, 1, "1 mål"), M(2026, 2, 3, "3 mål"))));

        Assert.All(["0", "1", "2", "3"], tick => Assert.Contains(tick, texts));
        Assert.DoesNotContain("0.5", texts);
        Assert.DoesNotContain("2.5", texts);
    }

    [Fact]
    public void Many_months_label_every_other_month_but_draw_all()
    {
        var months = Enumerable.Range(0, 36).Select(i => new DateOnly(2024, 1, 1).AddMonths(i))
            .Select(d => new FigureMonth(d, d.AddMonths(1).AddDays(-1), 10, "10 mål")).ToArray();

        var texts = ChartAssert.Texts(FigureMonthChart.Svg(Counts(months)));

        Assert.True(texts.Count(t => t.EndsWith('.') && t.Length == 4) < 36);
        Assert.Contains(texts, t => t.StartsWith("jan.", StringComparison.Ordinal));
    }

    [Fact]
    public void No_months_gives_the_empty_text()
    {
        Assert.Contains(FigureMonthChart.EmptyText, ChartAssert.Texts(FigureMonthChart.Svg(Counts())));
        Assert.EndsWith(FigureMonthChart.EmptyText + ".", FigureMonthChart.Summary(Counts()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_reads_every_month_as_the_table_does()
    {
        var summary = FigureMonthChart.Summary(Share(M(2026, 1, 80, "80 % (8 af 10)"), M(2026, 2, null, "Ingen data")));

        Assert.StartsWith("Kurve over andelen måned for måned: Evalueringer til tiden måned for måned.", summary, StringComparison.Ordinal);
        Assert.Contains("januar 2026: 80 % (8 af 10).", summary, StringComparison.Ordinal);
        Assert.Contains("februar 2026: Ingen data.", summary, StringComparison.Ordinal);
    }
}
