using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

public sealed class PlanRuleCheckTests
{
    private static readonly Guid PlanId = Guid.NewGuid();

    private static Goal NewGoal(string theme, GoalState state = GoalState.Active, Guid? parent = null) =>
        new() { PlanId = PlanId, ThemeKey = theme, Text = "At barnet møder op i skole hver dag", State = state, ParentGoalId = parent, StartOn = new DateOnly(2026, 1, 1) };

    private static OfferPlanRules Children(int? maxGoals = null, int? maxSub = null) =>
        new() { OfferId = Guid.NewGuid(), RequiredGoalKinds = OfferPlanRules.ChildrenDefaults(), MaxGoals = maxGoals, MaxSubGoalsPerGoal = maxSub };

    [Fact]
    public void Without_rules_nothing_is_missing() => Assert.Empty(PlanRuleCheck.Problems(null, []));

    [Fact]
    public void An_empty_childrens_plan_misses_both_required_kinds()
    {
        var problems = PlanRuleCheck.Problems(Children(), []);
        Assert.Equal(["Planen mangler et mål om skolegang eller uddannelse.", "Planen mangler et mål om sociale relationer."], problems);
    }

    [Fact]
    public void A_school_goal_and_a_friendship_goal_satisfy_the_rules() =>
        Assert.Empty(PlanRuleCheck.Problems(Children(), [NewGoal("skole"), NewGoal("venskab")]));

    [Fact]
    public void A_family_goal_also_counts_as_social_relations() =>
        Assert.Empty(PlanRuleCheck.Problems(Children(), [NewGoal("skole"), NewGoal("familie")]));

    [Theory]
    [InlineData(GoalState.Achieved)]
    [InlineData(GoalState.Closed)]
    public void A_finished_goal_no_longer_counts(GoalState state) =>
        Assert.Single(PlanRuleCheck.Problems(Children(), [NewGoal("skole", state), NewGoal("venskab")]));

    [Fact]
    public void A_sub_goal_alone_does_not_count_as_a_goal()
    {
        var goal = NewGoal("fritid");
        Assert.Equal(2, PlanRuleCheck.Problems(Children(), [goal, NewGoal("skole", parent: goal.Id), NewGoal("venskab", parent: goal.Id)]).Count);
    }

    [Fact]
    public void Too_many_goals_for_the_service_description_is_shown()
    {
        var problems = PlanRuleCheck.Problems(Children(maxGoals: 2), [NewGoal("skole"), NewGoal("venskab"), NewGoal("fritid")]);
        Assert.Equal("Planen har 3 aktive mål; ydelsesbeskrivelsen giver plads til 2.", Assert.Single(problems));
    }

    [Fact]
    public void Exactly_the_limit_is_fine() =>
        Assert.Empty(PlanRuleCheck.Problems(Children(maxGoals: 2), [NewGoal("skole"), NewGoal("venskab")]));

    [Fact]
    public void Too_many_sub_goals_under_one_goal_is_shown()
    {
        var school = NewGoal("skole");
        var goals = new List<Goal> { school, NewGoal("venskab"), NewGoal("skole", parent: school.Id), NewGoal("skole", parent: school.Id), NewGoal("skole", parent: school.Id) };
        Assert.Contains("har 3 aktive delmål; ydelsesbeskrivelsen giver plads til 2.", Assert.Single(PlanRuleCheck.Problems(Children(maxSub: 2), goals)), StringComparison.Ordinal);
    }
}
