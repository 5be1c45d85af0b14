using Retning.Domain.Status;

namespace Retning.UnitTests.Status;

/// <summary>A status's scores summarised per calendar month: first, latest, median and count.</summary>
public sealed class MonthlyScoreSummaryTests
{
    private static ScoreContent Score(int month, int day, int value) => new(new DateOnly(2026, month, day), value, $"Niveau {value}");

    [Fact]
    public void Each_month_has_its_first_and_latest_score_its_median_and_its_count()
    {
        var summary = MonthlyScoreSummary.For([Score(3, 2, 3), Score(3, 9, 4), Score(3, 16, 2), Score(3, 30, 2), Score(4, 6, 1)]);

        Assert.Equal(2, summary.Count);
        var march = summary[0];
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2), 3, new DateOnly(2026, 3, 30), 2, 2.5m, 4),
            (march.Month, march.First.On, march.First.Value, march.Latest.On, march.Latest.Value, march.Median, march.Count));
        var april = summary[1];
        Assert.Equal((new DateOnly(2026, 4, 1), 1, 1, 1m, 1), (april.Month, april.First.Value, april.Latest.Value, april.Median, april.Count));
        Assert.Same(april.First, april.Latest);
    }

    [Fact]
    public void Scores_given_out_of_order_are_summarised_by_day_and_months_without_scores_are_left_out()
    {
        var summary = MonthlyScoreSummary.For([Score(8, 20, 1), Score(3, 30, 2), Score(3, 2, 4), Score(8, 1, 3)]);

        Assert.Equal([new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 1)], summary.Select(m => m.Month));
        Assert.Equal((4, 2), (summary[0].First.Value, summary[0].Latest.Value));
        Assert.Equal((3, 1), (summary[1].First.Value, summary[1].Latest.Value));
    }

    [Fact]
    public void Two_scores_on_one_day_keep_their_given_order()
    {
        var morning = Score(5, 4, 3);
        var evening = Score(5, 4, 1);

        var may = Assert.Single(MonthlyScoreSummary.For([morning, evening]));

        Assert.Same(morning, may.First);
        Assert.Same(evening, may.Latest);
    }

    [Fact]
    public void The_same_month_in_different_years_is_two_months()
    {
        var summary = MonthlyScoreSummary.For([new ScoreContent(new DateOnly(2025, 12, 30), 2, "a"), new ScoreContent(new DateOnly(2026, 12, 1), 3, "b")]);

        Assert.Equal([new DateOnly(2025, 12, 1), new DateOnly(2026, 12, 1)], summary.Select(m => m.Month));
    }

    [Fact]
    public void No_scores_is_no_months() => Assert.Empty(MonthlyScoreSummary.For([]));

    [Theory]
    [InlineData(new[] { 3 }, 3)]
    [InlineData(new[] { 4, 1, 3 }, 3)]
    [InlineData(new[] { 4, 1, 3, 2 }, 2.5)]
    [InlineData(new[] { 1, 1, 4, 4 }, 2.5)]
    [InlineData(new[] { 0, 4 }, 2)]
    public void The_median_is_the_middle_value_or_the_mean_of_the_two_middle_values(int[] values, double expected) =>
        Assert.Equal((decimal)expected, MonthlyScoreSummary.MedianOf(values));

    [Fact]
    public void The_median_of_nothing_is_refused() => Assert.Throws<ArgumentException>(() => MonthlyScoreSummary.MedianOf([]));
}
