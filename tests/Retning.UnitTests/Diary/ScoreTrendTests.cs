using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Diary;

/// <summary>First/latest, change and least-squares slope of a sub-goal's scores (docs/domain.md, "Diary notes and scores").</summary>
public sealed class ScoreTrendTests
{
    private static readonly List<ScaleLevel> Ffb = IndicatorScale.FfbSupportNeed();

    private static ScorePoint P(int year, int month, int day, int value) => new(new DateOnly(year, month, day), value);

    [Fact]
    public void No_points_has_no_reading_and_no_slope()
    {
        var trend = ScoreTrend.Of([]);

        Assert.Null(trend.First);
        Assert.Null(trend.Latest);
        Assert.Null(trend.Change);
        Assert.Null(trend.SlopePer30Days);
        Assert.Equal(0, trend.Count);
        Assert.Equal(TrendDirection.NotEnoughData, trend.Direction);
        Assert.Equal("Ingen scoringer endnu", trend.Describe(Ffb));
    }

    [Fact]
    public void One_point_is_both_first_and_latest_without_change_or_slope()
    {
        var trend = ScoreTrend.Of([P(2026, 3, 1, 2)]);

        Assert.Equal(P(2026, 3, 1, 2), trend.First);
        Assert.Equal(P(2026, 3, 1, 2), trend.Latest);
        Assert.Null(trend.Change);
        Assert.Null(trend.SlopePer30Days);
        Assert.Equal(TrendDirection.NotEnoughData, trend.Direction);
        Assert.Equal("Kun én scoring (Moderat) – ingen udvikling at vise endnu", trend.Describe(Ffb));
    }

    [Fact]
    public void Two_points_decreasing_means_less_support_needed()
    {
        // Højt (3) on 1 Jan → Moderat (2) on 31 Jan: 30 days apart, −1 per 30 days.
        var trend = ScoreTrend.Of([P(2026, 1, 1, 3), P(2026, 1, 31, 2)]);

        Assert.Equal(-1, trend.Change);
        Assert.Equal(-1.0, trend.SlopePer30Days!.Value, 12);
        Assert.Equal(TrendDirection.Decreased, trend.Direction);
        Assert.Equal("Støttebehovet er faldet fra Højt til Moderat", trend.Describe(Ffb));
    }

    [Fact]
    public void Two_points_increasing_means_more_support_needed()
    {
        // Let (1) → Moderat (2) over 60 days: +0.5 per 30 days.
        var trend = ScoreTrend.Of([P(2026, 1, 1, 1), P(2026, 3, 2, 2)]);

        Assert.Equal(1, trend.Change);
        Assert.Equal(0.5, trend.SlopePer30Days!.Value, 12);
        Assert.Equal(TrendDirection.Increased, trend.Direction);
        Assert.Equal("Støttebehovet er steget fra Let til Moderat", trend.Describe(Ffb));
    }

    [Fact]
    public void Flat_scores_are_unchanged_with_zero_slope()
    {
        var trend = ScoreTrend.Of([P(2026, 1, 1, 2), P(2026, 1, 15, 2), P(2026, 2, 1, 2)]);

        Assert.Equal(0, trend.Change);
        Assert.Equal(0.0, trend.SlopePer30Days!.Value, 12);
        Assert.Equal(TrendDirection.Unchanged, trend.Direction);
        Assert.Equal("Støttebehovet er uændret (Moderat)", trend.Describe(Ffb));
    }

    [Fact]
    public void Least_squares_slope_of_three_points_by_hand()
    {
        // x = 0, 30, 60 days; y = 4, 2, 3. mean x 30, mean y 3; Sxy = −30, Sxx = 1800
        // → −1/60 per day = −0.5 per 30 days. Change = 3 − 4 = −1.
        var trend = ScoreTrend.Of([P(2026, 1, 1, 4), P(2026, 1, 31, 2), P(2026, 3, 2, 3)]);

        Assert.Equal(-0.5, trend.SlopePer30Days!.Value, 12);
        Assert.Equal(-1, trend.Change);
        Assert.Equal("Støttebehovet er faldet fra Fuldstændigt til Højt", trend.Describe(Ffb));
    }

    [Fact]
    public void Down_and_back_up_is_unchanged_first_to_latest()
    {
        // 3, 1, 3 at x = 0, 10, 20: symmetric, slope 0; first equals latest.
        var trend = ScoreTrend.Of([P(2026, 1, 1, 3), P(2026, 1, 11, 1), P(2026, 1, 21, 3)]);

        Assert.Equal(0, trend.Change);
        Assert.Equal(0.0, trend.SlopePer30Days!.Value, 12);
        Assert.Equal("Støttebehovet er uændret (Højt)", trend.Describe(Ffb));
    }

    [Fact]
    public void Unsorted_input_gives_the_same_trend_as_sorted()
    {
        ScorePoint[] sorted = [P(2026, 1, 1, 4), P(2026, 1, 31, 2), P(2026, 3, 2, 3)];
        ScorePoint[] shuffled = [sorted[2], sorted[0], sorted[1]];

        var a = ScoreTrend.Of(sorted);
        var b = ScoreTrend.Of(shuffled);

        Assert.Equal(a.First, b.First);
        Assert.Equal(a.Latest, b.Latest);
        Assert.Equal(a.Change, b.Change);
        Assert.Equal(a.SlopePer30Days!.Value, b.SlopePer30Days!.Value, 12);
        Assert.Equal(P(2026, 1, 1, 4), b.First);
        Assert.Equal(P(2026, 3, 2, 3), b.Latest);
    }

    [Fact]
    public void Several_points_on_one_date_have_no_slope()
    {
        var trend = ScoreTrend.Of([P(2026, 1, 5, 3), P(2026, 1, 5, 2)]);

        Assert.Equal(2, trend.Count);
        Assert.Null(trend.SlopePer30Days);
        Assert.Equal(-1, trend.Change); // the one given last is the latest
    }

    [Fact]
    public void Same_date_readings_keep_their_given_order_for_latest()
    {
        var trend = ScoreTrend.Of([P(2026, 1, 5, 2), P(2026, 1, 1, 3), P(2026, 1, 5, 1)]);

        Assert.Equal(P(2026, 1, 1, 3), trend.First);
        Assert.Equal(P(2026, 1, 5, 1), trend.Latest);
        Assert.Equal(-2, trend.Change);
        Assert.NotNull(trend.SlopePer30Days);
    }

    [Theory]
    [InlineData(2028, -15.0)] // 28 Feb → 1 Mar is 2 days in a leap year: −0.5/day
    [InlineData(2027, -30.0)] // 1 day in a common year: −1/day
    public void Slope_uses_real_day_distance_across_29_February(int year, double expected)
    {
        var trend = ScoreTrend.Of([P(year, 2, 28, 2), P(year, 3, 1, 1)]);

        Assert.Equal(expected, trend.SlopePer30Days!.Value, 12);
    }

    [Fact]
    public void Value_without_a_level_is_shown_as_its_number()
    {
        var trend = ScoreTrend.Of([P(2026, 1, 1, 7), P(2026, 2, 1, 2)]);

        Assert.Equal("Støttebehovet er faldet fra 7 til Moderat", trend.Describe(Ffb));
    }

    [Fact]
    public void Describe_uses_the_labels_of_the_given_scale()
    {
        List<ScaleLevel> custom =
        [
            new() { Value = 2, Label = "Meget støtte" },
            new() { Value = 1, Label = "Lidt støtte" },
            new() { Value = 0, Label = "Selvhjulpen" },
        ];
        var trend = ScoreTrend.Of([P(2026, 1, 1, 2), P(2026, 6, 1, 0)]);

        Assert.Equal("Støttebehovet er faldet fra Meget støtte til Selvhjulpen", trend.Describe(custom));
    }
}
