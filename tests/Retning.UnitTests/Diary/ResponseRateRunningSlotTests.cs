using Retning.Domain.Diary;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Diary;

/// <summary>
/// A day, week or month that has not ended owes no score yet (docs/domain.md, "Diary notes and scores"): a sub-goal created today
/// says "Ingen scoringer forventet endnu", not 0 %; a score given today still counts.
/// Calendar: Monday 02-03-2026 (ISO week 10), checked with `date`.
/// </summary>
public sealed class ResponseRateRunningSlotTests
{
    private static readonly DateOnly Today = new(2026, 3, 2); // a Monday

    private static ResponseRateResult Rate(ScoringFrequency frequency, DateOnly start, DateOnly from, DateOnly to, params DateOnly[] scores) =>
        ResponseRate.Of(frequency, [DateInterval.Ongoing(start)], [DateInterval.Ongoing(new DateOnly(2020, 1, 1))], from, to, scores, Today);

    [Fact]
    public void A_daily_sub_goal_created_today_expects_nothing_yet()
    {
        var result = Rate(ScoringFrequency.Daily, Today, Today, Today);

        Assert.Equal((1, 0, 0, 1), (result.CountingDays, result.Expected, result.Scored, result.Pending));
        Assert.True(result.NothingExpectedYet);
        Assert.Null(result.Percent);
        var verdict = result.Verdict();
        Assert.Equal(ResponseRateJudgement.NothingExpected, verdict.Judgement);
        Assert.Equal("Ingen scoringer forventet endnu", verdict.Text);
    }

    [Fact]
    public void A_score_given_today_counts_on_the_day_the_sub_goal_was_created()
    {
        var result = Rate(ScoringFrequency.Daily, Today, Today, Today, Today);

        Assert.Equal((1, 1, 0), (result.Expected, result.Scored, result.Pending));
        Assert.Equal(100, result.Percent);
        Assert.False(result.NothingExpectedYet);
    }

    [Fact]
    public void Today_is_left_out_until_scored_but_the_days_before_are_owed()
    {
        // Started Friday 27-02: 27, 28, 1 are over (scored 27 and 1), today is running and unscored.
        var result = Rate(ScoringFrequency.Daily, new DateOnly(2026, 2, 27), new DateOnly(2026, 2, 27), Today,
            new DateOnly(2026, 2, 27), new DateOnly(2026, 3, 1));

        Assert.Equal((4, 3, 2, 1), (result.CountingDays, result.Expected, result.Scored, result.Pending));
        Assert.Equal(66, result.Percent);
        Assert.False(result.NothingExpectedYet);
    }

    [Fact]
    public void A_weekly_sub_goal_in_its_first_week_expects_nothing_yet_even_with_a_period_reaching_past_today()
    {
        // Started Monday 02-03; the period runs to Sunday 08-03, so the week passes the majority
        // rule on paper, but it is still running.
        var result = Rate(ScoringFrequency.Weekly, Today, Today, new DateOnly(2026, 3, 8));

        Assert.Equal((7, 0, 1), (result.CountingDays, result.Expected, result.Pending));
        Assert.Equal("Ingen scoringer forventet endnu", result.Verdict().Text);
    }

    [Fact]
    public void A_monthly_sub_goal_scored_in_the_running_month_counts_it()
    {
        var result = Rate(ScoringFrequency.Monthly, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), Today);

        Assert.Equal((1, 1, 0), (result.Expected, result.Scored, result.Pending));
    }

    [Fact]
    public void A_past_period_is_unchanged_by_today()
    {
        // February 2026 is over on 02-03: every day is owed, as without today.
        var withToday = Rate(ScoringFrequency.Daily, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), new DateOnly(2026, 2, 3));
        var without = ResponseRate.Of(ScoringFrequency.Daily, [DateInterval.Ongoing(new DateOnly(2026, 2, 1))], [DateInterval.Ongoing(new DateOnly(2020, 1, 1))],
            new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), [new DateOnly(2026, 2, 3)]);

        Assert.Equal((28, 1, 0), (withToday.Expected, withToday.Scored, withToday.Pending));
        Assert.Equal(without, withToday);
    }

    [Fact]
    public void A_paused_sub_goal_expects_nothing_in_the_period_not_nothing_yet()
    {
        var result = ResponseRate.Of(ScoringFrequency.Daily, [], [DateInterval.Ongoing(new DateOnly(2020, 1, 1))],
            new DateOnly(2026, 2, 20), Today, [], Today);

        Assert.False(result.NothingExpectedYet);
        Assert.Equal("Ingen scoringer forventet i perioden", result.Verdict().Text);
    }

    [Theory]
    [InlineData(new[] { StaffRole.CareWorker }, 0, 0, true)]
    [InlineData(new[] { StaffRole.DepartmentHead }, 0, 0, false)]
    [InlineData(new[] { StaffRole.QualityOfficer }, 0, 0, false)]
    [InlineData(new[] { StaffRole.OfferHead }, 0, 0, false)]
    [InlineData(new[] { StaffRole.DepartmentHead }, 3, 0, true)]
    [InlineData(new[] { StaffRole.QualityOfficer }, 0, 1, true)]
    [InlineData(new[] { StaffRole.DepartmentHead, StaffRole.CareWorker }, 0, 0, true)]
    public void The_staff_table_lists_care_workers_and_those_who_took_part_in_the_scoring(StaffRole[] roles, int scoredNotes, int contactTeamCitizens, bool listed) =>
        Assert.Equal(listed, ResponseRateStaff.IsListed(roles.ToHashSet(), scoredNotes, contactTeamCitizens));
}
