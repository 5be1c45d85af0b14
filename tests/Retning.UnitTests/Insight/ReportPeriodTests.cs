using Retning.Domain.Insight;

namespace Retning.UnitTests.Insight;

/// <summary>The periods a leader chooses, and the previous period each is compared with.</summary>
public sealed class ReportPeriodTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Theory]
    [InlineData(PeriodChoice.Last12Months, "2025-12-01", "2026-11-30")]
    [InlineData(PeriodChoice.LastQuarter, "2026-07-01", "2026-09-30")]
    [InlineData(PeriodChoice.LastHalfYear, "2026-01-01", "2026-06-30")]
    [InlineData(PeriodChoice.LastYear, "2025-01-01", "2025-12-31")]
    public void A_choice_gives_whole_finished_months(PeriodChoice choice, string from, string to)
    {
        var period = ReportPeriod.For(choice, Today);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
    }

    [Fact]
    public void The_previous_period_has_the_same_number_of_months_and_ends_the_day_before()
    {
        var period = new ReportPeriod(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30));
        var previous = period.Previous;
        Assert.Equal(3, period.Months);
        Assert.Equal(3, previous.Months);
        Assert.Equal(new DateOnly(2026, 6, 30), previous.To);
        Assert.Equal(new DateOnly(2026, 4, 1), previous.From);

        // February in a leap year: the months are counted, not the days.
        var march = new ReportPeriod(new DateOnly(2028, 3, 1), new DateOnly(2028, 3, 31));
        Assert.Equal(new ReportPeriod(new DateOnly(2028, 2, 1), new DateOnly(2028, 2, 29)), march.Previous);
    }

    [Theory]
    [InlineData("2026-01-02", "2026-01-31")]
    [InlineData("2026-01-01", "2026-01-30")]
    [InlineData("2026-02-01", "2026-01-31")]
    public void A_period_is_whole_months(string from, string to) =>
        Assert.Throws<ArgumentException>(() => new ReportPeriod(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Period_boundaries_are_inclusive()
    {
        var period = new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));
        Assert.True(period.Contains(new DateOnly(2026, 1, 1)));
        Assert.True(period.Contains(new DateOnly(2026, 1, 31)));
        Assert.False(period.Contains(new DateOnly(2026, 2, 1)));
        Assert.True(period.Overlaps(new DateOnly(2025, 6, 1), new DateOnly(2026, 1, 1)));
        Assert.False(period.Overlaps(new DateOnly(2025, 6, 1), new DateOnly(2025, 12, 31)));
        Assert.True(period.Overlaps(new DateOnly(2025, 6, 1), null));
    }

    [Fact]
    public void A_custom_period_is_checked_at_its_fields()
    {
        Assert.Equal(2, ReportPeriod.Custom(null, null, Today).Errors.Count);
        Assert.Equal("Til", Assert.Single(ReportPeriod.Custom(new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 1), Today).Errors).Field);
        // The running month is not yet a whole month.
        Assert.Contains("seneste hele måned (november 2026)", Assert.Single(ReportPeriod.Custom(new DateOnly(2026, 5, 1), Today, Today).Errors).Message, StringComparison.Ordinal);
        Assert.Contains("fem år", Assert.Single(ReportPeriod.Custom(new DateOnly(2021, 11, 1), new DateOnly(2026, 11, 1), Today).Errors).Message, StringComparison.Ordinal);
        Assert.Empty(ReportPeriod.Custom(new DateOnly(2021, 12, 1), new DateOnly(2026, 11, 1), Today).Errors);

        // Any day stands for its month.
        var (period, errors) = ReportPeriod.Custom(new DateOnly(2026, 5, 17), new DateOnly(2026, 5, 3), Today);
        Assert.Empty(errors);
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31)), period);
        Assert.Equal(1, period!.Months);
    }
}
