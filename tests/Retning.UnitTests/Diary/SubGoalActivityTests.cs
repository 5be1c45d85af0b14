using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Diary;

/// <summary>The days a sub-goal was active (from its state history) and the citizen enrolled (from placements).</summary>
public sealed class SubGoalActivityTests
{
    private static DateOnly D(int month, int day) => new(2026, month, day);

    [Fact]
    public void Without_history_an_active_sub_goal_is_active_from_its_start_to_its_end()
    {
        var intervals = SubGoalActivity.ActiveIntervals(D(1, 10), D(6, 30), GoalState.Active, []);
        Assert.Equal([new DateInterval(D(1, 10), D(6, 30))], intervals);
    }

    [Fact]
    public void Without_history_a_passive_sub_goal_was_never_active()
    {
        Assert.Empty(SubGoalActivity.ActiveIntervals(D(1, 10), null, GoalState.Passive, []));
    }

    [Fact]
    public void A_pause_splits_the_active_days_and_the_day_of_the_change_belongs_to_the_new_state()
    {
        var history = new[] { (D(1, 10), GoalState.Active), (D(2, 1), GoalState.Passive), (D(2, 15), GoalState.Active) };
        var intervals = SubGoalActivity.ActiveIntervals(D(1, 10), null, GoalState.Active, history);
        Assert.Equal([new DateInterval(D(1, 10), D(1, 31)), DateInterval.Ongoing(D(2, 15))], intervals);
    }

    [Fact]
    public void Closing_as_achieved_ends_the_active_days()
    {
        var history = new[] { (D(1, 10), GoalState.Active), (D(3, 1), GoalState.Achieved) };
        Assert.Equal([new DateInterval(D(1, 10), D(2, 28))], SubGoalActivity.ActiveIntervals(D(1, 10), D(6, 30), GoalState.Achieved, history));
    }

    [Fact]
    public void Paused_and_resumed_on_the_same_day_leaves_no_gap()
    {
        var history = new[] { (D(1, 10), GoalState.Active), (D(2, 1), GoalState.Passive), (D(2, 1), GoalState.Active) };
        var intervals = SubGoalActivity.ActiveIntervals(D(1, 10), null, GoalState.Active, history);
        Assert.Equal([new DateInterval(D(1, 10), D(1, 31)), DateInterval.Ongoing(D(2, 1))], intervals);
        Assert.True(new ActivityWindow(intervals, [DateInterval.Ongoing(D(1, 1))]).IsCountingDay(D(2, 1)));
    }

    [Fact]
    public void The_end_date_cuts_an_open_stretch()
    {
        var history = new[] { (D(1, 10), GoalState.Active) };
        Assert.Equal([new DateInterval(D(1, 10), D(3, 31))], SubGoalActivity.ActiveIntervals(D(1, 10), D(3, 31), GoalState.Active, history));
    }

    [Fact]
    public void Enrolment_follows_the_placements_and_the_discharge_closes_the_open_one()
    {
        var placements = new (DateOnly, DateOnly?)[] { (D(3, 1), null), (D(1, 1), D(2, 28)) };
        var enrolment = SubGoalActivity.Enrolment(placements, dischargedOn: D(5, 31));
        Assert.Equal([new DateInterval(D(1, 1), D(2, 28)), new DateInterval(D(3, 1), D(5, 31))], enrolment);
    }

    [Fact]
    public void A_gap_between_stays_is_not_enrolment()
    {
        var placements = new (DateOnly, DateOnly?)[] { (D(1, 1), D(1, 31)), (D(3, 1), null) };
        var window = new ActivityWindow([DateInterval.Ongoing(D(1, 1))], SubGoalActivity.Enrolment(placements, null));
        Assert.True(window.IsCountingDay(D(1, 31)));
        Assert.False(window.IsCountingDay(D(2, 15)));
        Assert.True(window.IsCountingDay(D(3, 1)));
    }

    [Fact]
    public void A_paused_month_expects_no_daily_scores_in_the_response_rate()
    {
        // Active 1–31 January, paused February: a daily sub-goal over January–February expects 31 days.
        var history = new[] { (D(1, 1), GoalState.Active), (D(2, 1), GoalState.Passive) };
        var active = SubGoalActivity.ActiveIntervals(D(1, 1), null, GoalState.Passive, history);
        var result = ResponseRate.Of(ScoringFrequency.Daily, active, [DateInterval.Ongoing(D(1, 1))], D(1, 1), D(2, 28),
            Enumerable.Range(1, 31).Select(d => D(1, d)).Append(D(2, 10)));
        Assert.Equal((31, 31, 100), (result.Expected, result.Scored, result.Percent!.Value));
    }
}
