using Retning.Domain.Deadlines;
using Retning.Domain.Quality;

namespace Retning.UnitTests.Quality;

/// <summary>"Minimum hvert tredje år kvalitetsovervåges" (seed 000, step 3).</summary>
public sealed class MonitoringCycleTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void The_next_round_is_due_three_years_after_the_last_completed_one_or_after_the_offer_began_to_count()
    {
        Assert.Equal(D(2027, 3, 15), MonitoringCycle.DueOn(D(2024, 3, 15), D(2020, 1, 1)));
        Assert.Equal(D(2023, 1, 1), MonitoringCycle.DueOn(null, D(2020, 1, 1)));
        Assert.Equal(D(2027, 2, 28), MonitoringCycle.DueOn(D(2024, 2, 29), D(2020, 1, 1))); // no 29 February in 2027
    }

    [Theory]
    [InlineData(2026, 9, 14, DeadlineState.Upcoming)]
    [InlineData(2026, 9, 15, DeadlineState.Due)] // six months before
    [InlineData(2027, 3, 15, DeadlineState.Due)] // the day itself
    [InlineData(2027, 3, 16, DeadlineState.Overdue)]
    public void It_shows_six_months_ahead_and_is_overdue_the_day_after(int year, int month, int day, DeadlineState expected)
    {
        Assert.Equal(expected, MonitoringCycle.StateOn(D(2027, 3, 15), D(year, month, day)));
    }
}
