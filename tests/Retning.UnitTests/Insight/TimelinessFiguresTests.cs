using Retning.Domain.Evaluations;
using Retning.Domain.Insight;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Insight;

/// <summary>Deadlines counted in the period they fell due: evaluations, new goals, status and minutes, DPU, compass, revision date.</summary>
public sealed class TimelinessFiguresTests
{
    [Fact]
    public void Evaluations_follow_the_chain_each_evaluation_sets()
    {
        var world = new InsightWorld();
        var citizen = world.Citizen(world.North, new DateOnly(2024, 1, 1));
        var goal = world.Goal(citizen, new DateOnly(2026, 1, 1), interval: 3);
        world.Evaluation(goal, new DateOnly(2026, 3, 20), next: new DateOnly(2026, 6, 1)); // due 1 Apr: on time
        world.Evaluation(goal, new DateOnly(2026, 6, 10));                                 // due 1 Jun: late; next 10 Sep
        // due 10 Sep: missing

        var rows = world.Count(FigureKey.EvaluationsOnTime);

        Assert.Equal([TimelinessFigures.OnTime, TimelinessFigures.Late, TimelinessFigures.Missing], rows.OrderBy(r => r.On).Select(r => r.Outcome));
        Assert.Equal([new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 10)], rows.OrderBy(r => r.On).Select(r => r.On));
        Assert.Equal(33, FigureValue.Of(rows).Percent);
    }

    [Fact]
    public void A_closing_evaluation_ends_the_chain_and_a_due_not_yet_reached_is_not_counted()
    {
        var world = new InsightWorld();
        var citizen = world.Citizen(world.North, new DateOnly(2024, 1, 1));
        var closed = world.Goal(citizen, new DateOnly(2026, 1, 1), interval: 2);
        world.Evaluation(closed, new DateOnly(2026, 2, 15), EvaluationDecision.CloseAchieved);
        var young = world.Goal(citizen, new DateOnly(2026, 10, 1), interval: 3); // due 1 Jan 2027

        var rows = world.Count(FigureKey.EvaluationsOnTime);

        Assert.Equal(closed.Id, Assert.Single(rows).SubjectId);
        Assert.DoesNotContain(rows, r => r.SubjectId == young.Id);
    }

    [Fact]
    public void The_due_chain_clamps_a_next_date_beyond_three_months()
    {
        var goal = new GoalFact(Guid.NewGuid(), Guid.NewGuid(), Guid.Empty, null, "t", GoalType.Develop, GoalState.Active,
            new DateOnly(2026, 1, 1), null, new DateOnly(2026, 1, 1), 1, true, true, false, false, []);
        var evaluation = new EvaluationFact(Guid.NewGuid(), goal.Id, goal.CitizenId, new DateOnly(2026, 2, 1), EvaluationDecision.Continue, new DateOnly(2026, 9, 1));

        var dues = EvaluationDues.Of(goal, [evaluation], new DateOnly(2026, 12, 1));

        Assert.Equal(new DateOnly(2026, 2, 1), dues[0].DueOn);
        Assert.Equal(new DateOnly(2026, 5, 1), dues[1].DueOn);
        Assert.Null(dues[1].DoneOn);
    }

    [Fact]
    public void New_goals_are_reviewed_by_their_first_evaluation_or_listed_until_due()
    {
        var world = new InsightWorld();
        var citizen = world.Citizen(world.North, new DateOnly(2024, 1, 1));
        var reviewed = world.Goal(citizen, new DateOnly(2026, 2, 1), interval: 1);
        world.Evaluation(reviewed, new DateOnly(2026, 2, 20));
        var missed = world.Goal(citizen, new DateOnly(2026, 3, 1), interval: 1);
        var fresh = world.Goal(citizen, new DateOnly(2026, 11, 20), interval: 1);
        world.Goal(citizen, new DateOnly(2026, 4, 1), interval: 3, state: GoalState.Closed,
            history: [new(new DateOnly(2026, 4, 1), GoalState.Active), new(new DateOnly(2026, 5, 1), GoalState.Closed)]); // closed before its first due: owed none
        world.Goal(citizen, new DateOnly(2025, 3, 1)); // made before the period

        var rows = world.Count(FigureKey.NewGoalsReviewed);

        Assert.Equal(3, rows.Count);
        Assert.Equal(TimelinessFigures.OnTime, rows.Single(r => r.SubjectId == reviewed.Id).Outcome);
        Assert.Equal(TimelinessFigures.Missing, rows.Single(r => r.SubjectId == missed.Id).Outcome);
        Assert.False(rows.Single(r => r.SubjectId == fresh.Id).InDenominator);
    }

    [Fact]
    public void Status_and_minutes_are_judged_against_14_days_before_and_7_days_after()
    {
        var world = new InsightWorld();
        var citizen = world.Citizen(world.Kids, new DateOnly(2024, 1, 1));
        world.Meeting(citizen, new DateOnly(2026, 3, 20), statusSent: new DateOnly(2026, 3, 6), minutesSent: new DateOnly(2026, 3, 27));
        world.Meeting(citizen, new DateOnly(2026, 9, 20), statusSent: new DateOnly(2026, 9, 7), minutesSent: new DateOnly(2026, 9, 28));
        world.Meeting(citizen, new DateOnly(2026, 10, 20), cancelled: new DateOnly(2026, 10, 1));
        world.Meeting(citizen, new DateOnly(2026, 11, 28), statusSent: new DateOnly(2026, 11, 1));

        var status = world.Count(FigureKey.StatusSentOnTime);
        var minutes = world.Count(FigureKey.MinutesSentOnTime);

        Assert.Equal(3, status.Count);
        Assert.Equal(2, status.Count(r => r.Success));
        Assert.Equal(3, minutes.Count);
        Assert.Equal(2, FigureValue.Of(minutes).Denominator);
        Assert.Equal(1, FigureValue.Of(minutes).Successes);
        Assert.Equal(TimelinessFigures.NotDueYet, minutes.Single(r => !r.InDenominator).Outcome);
    }

    [Fact]
    public void Dpu_is_due_a_year_after_enrolment_then_every_two_years()
    {
        var world = new InsightWorld();
        var onTime = world.Citizen(world.North, new DateOnly(2025, 3, 1));
        world.Plan(onTime, dpu: [new DateOnly(2026, 2, 1)]);
        var late = world.Citizen(world.North, new DateOnly(2025, 4, 1));
        world.Plan(late, dpu: [new DateOnly(2026, 5, 1)]);
        var missing = world.Citizen(world.North, new DateOnly(2025, 5, 1));
        world.Plan(missing);
        var renewal = world.Citizen(world.North, new DateOnly(2022, 1, 1));
        world.Plan(renewal, dpu: [new DateOnly(2022, 12, 1), new DateOnly(2024, 11, 1)]); // next due 1 Nov 2026: missing
        var rows = world.Count(FigureKey.DpuOnTime);

        Assert.Equal(4, rows.Count);
        Assert.Equal(TimelinessFigures.OnTime, rows.Single(r => r.CitizenId == onTime.Id).Outcome);
        Assert.Equal(TimelinessFigures.Late, rows.Single(r => r.CitizenId == late.Id).Outcome);
        Assert.Equal(TimelinessFigures.Missing, rows.Single(r => r.CitizenId == missing.Id).Outcome);
        Assert.Equal(new DateOnly(2026, 11, 1), rows.Single(r => r.CitizenId == renewal.Id).On);
    }

    [Fact]
    public void Compass_and_revision_date_are_read_as_the_plan_stands()
    {
        var world = new InsightWorld();
        var begun = world.Citizen(world.North, new DateOnly(2026, 1, 10));
        world.Plan(begun, compass: true, revisionOn: new DateOnly(2027, 1, 1));
        var notBegun = world.Citizen(world.North, new DateOnly(2026, 2, 10));
        world.Plan(notBegun, revisionOn: new DateOnly(2026, 10, 1));
        var noDate = world.Citizen(world.North, new DateOnly(2026, 8, 1));
        world.Plan(noDate);

        var compass = world.Count(FigureKey.CompassBegun);
        var revision = world.Count(FigureKey.PlanRevisionDate);

        Assert.Equal(2, compass.Count);
        Assert.Equal(1, compass.Count(r => r.Success));
        Assert.Equal(TimelinessFigures.NotPassed, revision.Single(r => r.CitizenId == begun.Id).Outcome);
        Assert.Equal(TimelinessFigures.Passed, revision.Single(r => r.CitizenId == notBegun.Id).Outcome);
        Assert.Equal(TimelinessFigures.NoRevisionDate, revision.Single(r => r.CitizenId == noDate.Id).Outcome);
        Assert.Equal(33, FigureValue.Of(revision).Percent);
    }
}
