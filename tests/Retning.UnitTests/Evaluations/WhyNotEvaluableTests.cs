using Retning.Domain.Evaluations;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Evaluations;

/// <summary>Why a team-meeting item cannot be evaluated by this user, in the words the agenda shows.</summary>
public sealed class WhyNotEvaluableTests
{
    private static Goal GoalIn(GoalState state, bool subGoal = false) =>
        new() { ThemeKey = "skole", Text = "At Agnes møder i skole til tiden", State = state, ParentGoalId = subGoal ? Guid.NewGuid() : null };

    private static HashSet<StaffRole> Roles(params StaffRole[] roles) => [.. roles];

    [Fact]
    public void The_contact_team_and_the_leaders_may_evaluate_an_open_goal()
    {
        Assert.Null(EvaluationRules.WhyNotEvaluable(GoalIn(GoalState.Active), Roles(StaffRole.CareWorker), inContactTeam: true));
        Assert.Null(EvaluationRules.WhyNotEvaluable(GoalIn(GoalState.Passive), Roles(StaffRole.DepartmentHead), inContactTeam: false));
        Assert.Null(EvaluationRules.WhyNotEvaluable(GoalIn(GoalState.Active), Roles(StaffRole.OfferHead), inContactTeam: false));
    }

    [Fact]
    public void A_care_worker_outside_the_contact_team_is_told_so() =>
        Assert.Equal("du er ikke i borgerens kontaktteam",
            EvaluationRules.WhyNotEvaluable(GoalIn(GoalState.Active), Roles(StaffRole.CareWorker), inContactTeam: false));

    [Fact]
    public void A_quality_officer_reads_along_but_does_not_evaluate() =>
        Assert.Equal("kun borgerens kontaktteam og afdelingens ledelse evaluerer",
            EvaluationRules.WhyNotEvaluable(GoalIn(GoalState.Active), Roles(StaffRole.QualityOfficer), inContactTeam: true));

    [Fact]
    public void A_closed_goal_says_it_is_closed_whoever_asks()
    {
        Assert.Equal("målet er lukket (opnået)",
            EvaluationRules.WhyNotEvaluable(GoalIn(GoalState.Achieved), Roles(StaffRole.DepartmentHead), inContactTeam: true));
        Assert.Equal("delmålet er lukket (afsluttet)",
            EvaluationRules.WhyNotEvaluable(GoalIn(GoalState.Closed, subGoal: true), Roles(StaffRole.CareWorker), inContactTeam: true));
    }
}
