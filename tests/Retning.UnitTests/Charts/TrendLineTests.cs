using Retning.Documents.Charts;
using Retning.Domain.Diary;

namespace Retning.UnitTests.Charts;

/// <summary>The least-squares line drawn in the sub-goal chart, checked by hand.</summary>
public sealed class TrendLineTests
{
    private static ScorePoint P(int month, int day, int value) => new(new DateOnly(2026, month, day), value);

    [Fact]
    public void Three_points_on_a_line_give_that_line()
    {
        // 4, 3, 2 ten days apart: slope −0.1 per day, 4 on 1 Jan, 2 on 21 Jan.
        var line = TrendLine.Fit([P(1, 1, 4), P(1, 11, 3), P(1, 21, 2)])!;

        Assert.Equal(new DateOnly(2026, 1, 1), line.Start);
        Assert.Equal(new DateOnly(2026, 1, 21), line.End);
        Assert.Equal(-0.1, line.SlopePerDay, 12);
        Assert.Equal(4.0, line.Intercept, 12);
        Assert.Equal(4.0, line.StartValue, 12);
        Assert.Equal(2.0, line.EndValue, 12);
    }

    [Fact]
    public void Scattered_points_are_fitted_in_any_order()
    {
        // x = 0, 10, 20 with y = 4, 2, 3: mean x 10, mean y 3, sxy = −10, sxx = 200 → slope −0.05,
        // intercept 3 + 0.05·10 = 3.5, end 3.5 − 0.05·20 = 2.5.
        var line = TrendLine.Fit([P(1, 21, 3), P(1, 1, 4), P(1, 11, 2)])!;

        Assert.Equal(-0.05, line.SlopePerDay, 12);
        Assert.Equal(3.5, line.StartValue, 12);
        Assert.Equal(2.5, line.EndValue, 12);
    }

    [Fact]
    public void Slope_matches_the_score_trend_beside_the_chart()
    {
        ScorePoint[] points = [P(1, 3, 4), P(1, 9, 3), P(1, 9, 4), P(2, 2, 2), P(3, 17, 1), P(4, 1, 2)];

        var line = TrendLine.Fit(points)!;

        Assert.Equal(ScoreTrend.Of(points).SlopePer30Days!.Value, line.SlopePerDay * 30, 12);
    }

    [Fact]
    public void No_line_without_two_distinct_dates()
    {
        Assert.Null(TrendLine.Fit([]));
        Assert.Null(TrendLine.Fit([P(1, 5, 2)]));
        Assert.Null(TrendLine.Fit([P(1, 5, 2), P(1, 5, 3)]));
    }
}
