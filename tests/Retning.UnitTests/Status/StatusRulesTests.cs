using System.Globalization;
using Retning.Domain.Common;
using Retning.Domain.Status;

namespace Retning.UnitTests.Status;

/// <summary>The status's layout by age, its default period and the period's checks.</summary>
public sealed class StatusRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("2008-11-24", "2026-11-23", StatusLayout.Ics)] // 18 tomorrow
    [InlineData("2008-11-23", "2026-11-23", StatusLayout.Vum)] // 18 today
    [InlineData("2008-02-29", "2026-02-27", StatusLayout.Ics)] // leap-day birthday: counted on 28 February in a common year (AgeRules)
    [InlineData("2008-02-29", "2026-02-28", StatusLayout.Vum)]
    [InlineData("1990-05-01", "2026-11-23", StatusLayout.Vum)]
    [InlineData("2016-01-31", "2026-11-23", StatusLayout.Ics)]
    public void The_layout_follows_the_age_on_the_status_date(string birth, string statusDate, StatusLayout expected) =>
        Assert.Equal(expected, StatusLayoutRules.For(DateOnly.Parse(birth, CultureInfo.InvariantCulture), DateOnly.Parse(statusDate, CultureInfo.InvariantCulture)));

    [Fact]
    public void The_default_period_runs_from_the_day_after_the_last_status_to_the_status_date()
    {
        Assert.Equal((new DateOnly(2026, 6, 1), Today), StatusPeriodRules.Default(new DateOnly(2026, 5, 31), new DateOnly(2020, 1, 1), Today, 6));
        // A status dated before the previous one ended starts and ends on its date rather than running backwards.
        Assert.Equal((Today, Today), StatusPeriodRules.Default(Today.AddDays(10), new DateOnly(2020, 1, 1), Today, 6));
    }

    [Fact]
    public void Without_an_earlier_status_the_period_is_one_interval_back_but_not_before_enrolment()
    {
        Assert.Equal((new DateOnly(2026, 5, 23), Today), StatusPeriodRules.Default(null, new DateOnly(2020, 1, 1), Today, 6));
        Assert.Equal((new DateOnly(2025, 11, 23), Today), StatusPeriodRules.Default(null, new DateOnly(2020, 1, 1), Today, 12));
        Assert.Equal((new DateOnly(2026, 8, 31), Today), StatusPeriodRules.Default(null, new DateOnly(2026, 8, 31), Today, 6));
        // 31 August minus 6 months is the last day of February.
        Assert.Equal(new DateOnly(2026, 2, 28), StatusPeriodRules.Default(null, new DateOnly(2020, 1, 1), new DateOnly(2026, 8, 31), 6).From);
        Assert.Equal(6, StatusPeriodRules.IntervalMonths(StatusLayout.Ics, null));
        Assert.Equal(12, StatusPeriodRules.IntervalMonths(StatusLayout.Vum, null));
        Assert.Equal(24, StatusPeriodRules.IntervalMonths(StatusLayout.Vum, 24));
    }

    [Fact]
    public void A_period_must_be_complete_in_order_and_within_reason()
    {
        static string[] Fields(IReadOnlyList<FieldError> p) => [.. p.Select(x => x.Field)];
        var enrolled = new DateOnly(2024, 1, 31);
        Assert.Empty(StatusPeriodRules.Check(new DateOnly(2026, 5, 1), Today, Today, enrolled, Today));
        Assert.Equal(["PeriodFrom", "PeriodTo", "StatusDate"], Fields(StatusPeriodRules.Check(null, null, null, enrolled, Today)));
        Assert.Equal(["PeriodTo"], Fields(StatusPeriodRules.Check(Today, Today.AddDays(-1), Today, enrolled, Today)));
        Assert.Equal(["PeriodFrom"], Fields(StatusPeriodRules.Check(new DateOnly(2022, 12, 31), Today, Today, enrolled, Today)));
        Assert.Equal(["PeriodTo"], Fields(StatusPeriodRules.Check(Today, Today.AddMonths(3).AddDays(1), Today, enrolled, Today)));
        Assert.True(StatusPeriodRules.Contains(Today, Today, Today));
        Assert.False(StatusPeriodRules.Contains(Today, Today.AddDays(5), Today.AddDays(6)));
    }

    [Fact]
    public void Every_section_has_a_heading_in_both_layouts_and_the_two_column_ones_have_an_ahead_side()
    {
        foreach (var layout in Enum.GetValues<StatusLayout>())
        {
            foreach (var key in StatusSections.All)
            {
                var t = StatusSections.Titles(key, layout);
                Assert.False(string.IsNullOrWhiteSpace(t.Heading));
                Assert.Equal(key is StatusSectionKey.Resources or StatusSectionKey.Goals or StatusSectionKey.Interventions, t.AheadTitle is not null);
            }
        }

        Assert.Contains("barnets", StatusSections.Titles(StatusSectionKey.Resources, StatusLayout.Ics).SinceTitle, StringComparison.Ordinal);
        Assert.Contains("borgerens", StatusSections.Titles(StatusSectionKey.Resources, StatusLayout.Vum).SinceTitle, StringComparison.Ordinal);
    }
}
