using Retning.Domain.Evaluations;
using Retning.Domain.Insight;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Insight;

/// <summary>Goals closed in the period, achieved or not, and the decisions of the period's evaluations.</summary>
public sealed class AttainmentFiguresTests
{
    [Fact]
    public void Closed_goals_count_once_by_their_latest_closing_in_the_period()
    {
        var world = new InsightWorld();
        var citizen = world.Citizen(world.North, new DateOnly(2024, 1, 1));
        world.Goal(citizen, new DateOnly(2025, 1, 1), state: GoalState.Achieved,
            history: [new(new DateOnly(2025, 1, 1), GoalState.Active), new(new DateOnly(2026, 3, 1), GoalState.Achieved)]);
        var reopened = world.Goal(citizen, new DateOnly(2025, 1, 1), state: GoalState.Closed,
            history: [new(new DateOnly(2025, 1, 1), GoalState.Active), new(new DateOnly(2026, 2, 1), GoalState.Achieved),
                new(new DateOnly(2026, 3, 1), GoalState.Active), new(new DateOnly(2026, 5, 1), GoalState.Closed)]);
        world.Goal(citizen, new DateOnly(2025, 1, 1), state: GoalState.Achieved,
            history: [new(new DateOnly(2025, 1, 1), GoalState.Active), new(new DateOnly(2025, 12, 31), GoalState.Achieved)]);

        var rows = world.Count(FigureKey.GoalsClosed);
        var value = FigureValue.Of(rows);

        Assert.Equal(2, value.Denominator);
        Assert.Equal(1, value.Successes);
        Assert.Equal(50, value.Percent);
        Assert.Equal(AttainmentFigures.NotAchieved, rows.Single(r => r.SubjectId == reopened.Id).Outcome);
    }

    [Fact]
    public void A_goal_evaluated_twice_in_the_period_counts_twice_by_decision()
    {
        var world = new InsightWorld();
        var citizen = world.Citizen(world.North, new DateOnly(2024, 1, 1));
        var goal = world.Goal(citizen, new DateOnly(2025, 1, 1));
        world.Evaluation(goal, new DateOnly(2026, 3, 1));
        world.Evaluation(goal, new DateOnly(2026, 6, 1), EvaluationDecision.Adjust);
        world.Evaluation(goal, new DateOnly(2025, 12, 1));

        var value = FigureValue.Of(world.Count(FigureKey.EvaluationDecisions));

        Assert.Equal(2, value.Rows);
        Assert.Equal(1, value.Citizens);
        Assert.Contains(value.Outcomes, o => o.Outcome == "Justér" && o.Count == 1);
        Assert.Contains(value.Outcomes, o => o.Outcome == "Fortsæt" && o.Count == 1);
    }

    [Fact]
    public void An_evaluation_counts_in_the_department_the_citizen_lived_in_that_day()
    {
        var world = new InsightWorld();
        var citizen = world.Moved(world.North, world.South, new DateOnly(2024, 1, 1), new DateOnly(2026, 6, 1));
        var goal = world.Goal(citizen, new DateOnly(2025, 1, 1));
        world.Evaluation(goal, new DateOnly(2026, 3, 1));
        world.Evaluation(goal, new DateOnly(2026, 6, 1));

        var rows = world.Count(FigureKey.EvaluationDecisions);

        Assert.Equal(world.North.Id, rows.Single(r => r.On == new DateOnly(2026, 3, 1)).DepartmentId);
        Assert.Equal(world.South.Id, rows.Single(r => r.On == new DateOnly(2026, 6, 1)).DepartmentId);
    }
}
