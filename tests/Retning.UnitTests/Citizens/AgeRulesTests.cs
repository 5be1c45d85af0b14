using Microsoft.Extensions.Time.Testing;
using Retning.Domain.Citizens;

namespace Retning.UnitTests.Citizens;

public sealed class AgeRulesTests
{
    private static readonly DateOnly Birth = new(2008, 5, 14);

    [Theory]
    [InlineData("2026-05-13", 17, PlanTemplateKind.Ics)] // the day before the 18th birthday
    [InlineData("2026-05-14", 18, PlanTemplateKind.Vum)] // the birthday itself
    [InlineData("2026-05-15", 18, PlanTemplateKind.Vum)]
    [InlineData("2008-05-14", 0, PlanTemplateKind.Ics)]
    public void Template_follows_age_around_the_18th_birthday(string on, int age, PlanTemplateKind template)
    {
        var day = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(age, AgeRules.AgeOn(Birth, day));
        Assert.Equal(template, AgeRules.TemplateFor(Birth, day));
    }

    [Fact]
    public void A_leap_day_birthday_counts_on_28_February_in_common_years()
    {
        var leap = new DateOnly(2008, 2, 29);
        Assert.Equal(17, AgeRules.AgeOn(leap, new DateOnly(2026, 2, 27)));
        Assert.Equal(18, AgeRules.AgeOn(leap, new DateOnly(2026, 2, 28)));
        Assert.Equal(PlanTemplateKind.Vum, AgeRules.TemplateFor(leap, new DateOnly(2026, 2, 28)));
    }

    [Fact]
    public void The_clock_decides_the_template_as_time_passes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 13, 22, 0, 0, TimeSpan.Zero));
        DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        Assert.Equal(PlanTemplateKind.Ics, AgeRules.TemplateFor(Birth, Today()));
        clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(PlanTemplateKind.Vum, AgeRules.TemplateFor(Birth, Today()));
    }

    [Fact]
    public void A_date_before_birth_gives_age_zero() =>
        Assert.Equal(0, AgeRules.AgeOn(Birth, Birth.AddDays(-1)));

    [Theory]
    [InlineData("2026-02-13", 3, false)] // 18 in 3 months and a day
    [InlineData("2026-02-14", 3, true)]  // exactly 3 months ahead
    [InlineData("2026-05-13", 3, true)]  // tomorrow
    [InlineData("2026-05-14", 3, false)] // already 18
    public void Flags_a_child_turning_18_within_the_window(string on, int months, bool expected) =>
        Assert.Equal(expected, AgeRules.TurnsAdultWithin(Birth, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), months));
}
