using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

public sealed class GoalRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static Goal G(Guid? parent = null, GoalState state = GoalState.Active) =>
        new() { ThemeKey = "skole", Text = "x", ParentGoalId = parent, State = state, StartOn = Today };

    [Fact]
    public void The_next_evaluation_defaults_to_start_plus_interval() =>
        Assert.Equal(new DateOnly(2026, 5, 2), GoalRules.DefaultNextEvaluation(Today, 2));

    [Fact]
    public void The_next_evaluation_may_lie_at_most_three_months_after_today_or_a_later_start()
    {
        Assert.Equal(new DateOnly(2026, 6, 2), GoalRules.LatestNextEvaluation(Today, Today.AddMonths(-8)));
        Assert.Equal(new DateOnly(2026, 7, 1), GoalRules.LatestNextEvaluation(Today, new DateOnly(2026, 4, 1)));
    }

    [Theory]
    [InlineData(GoalState.Active, GoalState.Achieved, true)]
    [InlineData(GoalState.Passive, GoalState.Closed, true)]
    [InlineData(GoalState.Active, GoalState.Passive, false)]
    [InlineData(GoalState.Achieved, GoalState.Closed, false)]
    [InlineData(GoalState.Closed, GoalState.Active, false)]
    public void Closing_is_a_move_from_open_to_achieved_or_closed(GoalState from, GoalState to, bool closing) =>
        Assert.Equal(closing, GoalRules.IsClosing(from, to));

    [Fact]
    public void Open_sub_goals_are_those_active_or_passive_under_the_goal()
    {
        var goal = G();
        var goals = new List<Goal> { goal, G(goal.Id), G(goal.Id, GoalState.Passive), G(goal.Id, GoalState.Achieved), G(Guid.NewGuid()) };
        Assert.Equal(2, GoalRules.OpenSubGoals(goal.Id, goals).Count);
    }

    [Fact]
    public void An_overdue_evaluation_is_one_of_an_open_goal_before_today()
    {
        var goal = G();
        goal.NextEvaluationOn = Today.AddDays(-1);
        Assert.True(GoalRules.EvaluationOverdue(goal, Today));
        goal.State = GoalState.Achieved;
        Assert.False(GoalRules.EvaluationOverdue(goal, Today));
    }

    [Fact]
    public void One_goal_more_than_the_service_description_allows_is_warned_about_not_refused()
    {
        var rules = new OfferPlanRules { MaxGoals = 2, MaxSubGoalsPerGoal = 1 };
        var first = G();
        var goals = new List<Goal> { first, G(null, GoalState.Achieved) };
        Assert.Null(GoalRules.LimitWarning(rules, goals, null));

        goals.Add(G());
        Assert.Equal("Planen får 3 aktive mål; ydelsesbeskrivelsen giver plads til 2.", GoalRules.LimitWarning(rules, goals, null));

        Assert.Null(GoalRules.LimitWarning(rules, goals, first.Id));
        goals.Add(G(first.Id));
        Assert.Equal("Målet får 2 aktive delmål; ydelsesbeskrivelsen giver plads til 1.", GoalRules.LimitWarning(rules, goals, first.Id));
        Assert.Null(GoalRules.LimitWarning(null, goals, first.Id));
    }
}
