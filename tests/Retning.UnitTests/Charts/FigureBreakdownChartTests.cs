using Retning.Documents.Charts;

namespace Retning.UnitTests.Charts;

/// <summary>A management figure's breakdown chart, read back from its SVG.</summary>
public sealed class FigureBreakdownChartTests
{
    private static FigureBreakdownChartData Share(params FigureBar[] bars) =>
        new("Afsluttede mål og delmål opdelt efter afdeling", true, ["Opnået", "Ikke opnået"], bars);

    private static FigureBreakdownChartData Counts(params FigureBar[] bars) =>
        new("Borgere opdelt efter tilbud", false, ["Indskrevet hele perioden", "Indskrevet i perioden", "Udskrevet i perioden"], bars);

    [Fact]
    public void A_share_names_each_line_with_the_tables_text_on_a_percent_axis()
    {
        var texts = ChartAssert.Texts(FigureBreakdownChart.Svg(Share(
            new FigureBar("Mågen", "62 % (25 af 40)", 62, null),
            new FigureBar("Ørnen", "100 % (7 af 7)", 100, null))));

        Assert.Contains("Mågen", texts);
        Assert.Contains("Ørnen", texts);
        Assert.Contains("62 % (25 af 40)", texts);
        Assert.Contains("100 % (7 af 7)", texts);
        Assert.All(["0 %", "50 %", "100 %"], tick => Assert.Contains(tick, texts));
        Assert.DoesNotContain("Opnået", texts); // a share has one bar per line, no outcome legend
        Assert.DoesNotContain(FigureBreakdownChart.EmptyText, texts);
    }

    [Fact]
    public void A_count_stacks_the_outcomes_named_in_the_legend_and_ends_in_the_total()
    {
        var svg = FigureBreakdownChart.Svg(Counts(
            new FigureBar("Mågen", "40", null, [30, 8, 2]),
            new FigureBar("Ørnen", "13", null, [13, 0, 0])));
        var texts = ChartAssert.Texts(svg);

        Assert.All(["Indskrevet hele perioden", "Indskrevet i perioden", "Udskrevet i perioden"], legend => Assert.Contains(legend, texts));
        Assert.Contains("40", texts);
        Assert.Contains("13", texts);
        Assert.DoesNotContain("%", string.Concat(texts), StringComparison.Ordinal);
        // Each outcome has its own colour (blue, vermillion, green).
        Assert.All(["#0072B2", "#C54E00", "#009E73"], colour => Assert.Contains(colour, svg, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void More_outcomes_than_colours_draw_one_bar_of_the_total_without_a_legend()
    {
        string[] categories = [.. Enumerable.Range(1, 11).Select(i => $"Kategori {i}")];
        var data = new FigureBreakdownChartData("Modtagne formål pr. kategori opdelt efter tilbud", false, categories,
            [new FigureBar("Solsikken", "11", null, [.. Enumerable.Repeat(1, 11)])]);

        var svg = FigureBreakdownChart.Svg(data);

        Assert.False(FigureBreakdownChart.Stacks(data));
        Assert.True(FigureBreakdownChart.Stacks(Counts()));
        Assert.DoesNotContain("Kategori 1", ChartAssert.Texts(svg));
        Assert.Contains("11", ChartAssert.Texts(svg));
        Assert.DoesNotContain("#C54E00", svg, StringComparison.OrdinalIgnoreCase); // one colour: no second outcome's
    }

    [Fact]
    public void Whole_number_ticks_for_small_counts()
    {
        var texts = ChartAssert.Texts(FigureBreakdownChart.Svg(Counts(new FigureBar("Mågen", "3", null, [1, 1, 1]))));

        Assert.All(["0", "1", "2", "3"], tick => Assert.Contains(tick, texts));
        Assert.DoesNotContain(texts, t => t.Contains('.', StringComparison.Ordinal) || t.Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void A_suppressed_line_has_its_text_and_no_bar()
    {
        var hidden = FigureBreakdownChart.Svg(Share(new FigureBar("Ørnen", "færre end 5", null, null)));
        var shown = FigureBreakdownChart.Svg(Share(new FigureBar("Ørnen", "75 % (3 af 4)", 75, null)));

        Assert.Contains("færre end 5", ChartAssert.Texts(hidden));
        Assert.DoesNotContain("#0072B2", hidden, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("#0072B2", shown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_share_with_no_denominator_says_ingen_data_and_draws_no_bar()
    {
        var svg = FigureBreakdownChart.Svg(Share(new FigureBar("Mågen", "Ingen data", null, null)));

        Assert.Contains("Ingen data", ChartAssert.Texts(svg));
        Assert.DoesNotContain("#0072B2", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void No_lines_gives_the_empty_text()
    {
        var data = Share();

        Assert.Contains(FigureBreakdownChart.EmptyText, ChartAssert.Texts(FigureBreakdownChart.Svg(data)));
        Assert.EndsWith(FigureBreakdownChart.EmptyText + ".", FigureBreakdownChart.Summary(data), StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_grows_with_the_lines()
    {
        var three = Counts([.. Enumerable.Range(1, 3).Select(i => new FigureBar($"Afdeling {i}", "5", null, [5, 0, 0]))]);
        var twelve = Counts([.. Enumerable.Range(1, 12).Select(i => new FigureBar($"Afdeling {i}", "5", null, [5, 0, 0]))]);

        Assert.True(FigureBreakdownChart.HeightFor(twelve) > FigureBreakdownChart.HeightFor(three));
        Assert.Contains("Afdeling 12", ChartAssert.Texts(FigureBreakdownChart.Svg(twelve)));
    }

    [Fact]
    public void The_summary_reads_every_line_as_the_table_does()
    {
        var summary = FigureBreakdownChart.Summary(Share(
            new FigureBar("Mågen", "62 % (25 af 40)", 62, null),
            new FigureBar("Ørnen", "færre end 5", null, null)));

        Assert.StartsWith("Søjlediagram med andelen pr. linje: Afsluttede mål og delmål opdelt efter afdeling.", summary, StringComparison.Ordinal);
        Assert.Contains("Mågen: 62 % (25 af 40).", summary, StringComparison.Ordinal);
        Assert.Contains("Ørnen: færre end 5.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_labels_is_escaped()
    {
        Assert.Contains("Mad & drikke <ny>", ChartAssert.Texts(FigureBreakdownChart.Svg(Share(new FigureBar("Mad & drikke <ny>", "50 % (1 af 2)", 50, null)))));
    }
}
