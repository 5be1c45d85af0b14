using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Evaluations;

/// <summary>The evaluation's rules: the next one at most 3 months ahead, none after closing, and what the decision does to the goal.</summary>
public sealed class EvaluationRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static IReadOnlyList<string> Fields(EvaluationDecision? decision, DateOnly? on, DateOnly? next) =>
        [.. EvaluationRules.Check(decision, on, next, Today.AddMonths(-3), Today).Select(p => p.Field)];

    [Fact]
    public void The_written_part_names_each_missing_field()
    {
        Assert.Empty(EvaluationRules.CheckTexts("Team", "Samtale", "Notaterne viser …", false, null, isSubGoal: false));
        var problems = EvaluationRules.CheckTexts(" ", null, "", null, null, isSubGoal: true);
        Assert.Equal(["Participants", "CitizenInvolvement", "Qualitative", "PlanRevision"], problems.Select(p => p.Field));
        Assert.Equal("Skriv den kvalitative evaluering: hvad viser periodens notater om arbejdet med delmålet?", problems[2].Message);
        Assert.Equal("PlanRevisionNote", Assert.Single(EvaluationRules.CheckTexts("Team", "Samtale", "Tekst", true, " ", isSubGoal: false)).Field);
    }

    [Fact]
    public void Continue_with_a_next_date_within_three_months_is_fine()
    {
        Assert.Empty(Fields(EvaluationDecision.Continue, Today, Today.AddMonths(3)));
        Assert.Empty(Fields(EvaluationDecision.Adjust, Today, Today.AddDays(1)));
    }

    [Fact]
    public void Three_months_from_the_last_day_of_a_month_is_clamped_to_the_shorter_month()
    {
        // 30 Nov 2025 + 3 months = 28 Feb 2026 (no 30 Feb); 1 Mar is one day too late.
        var on = new DateOnly(2025, 11, 30);
        Assert.Empty(EvaluationRules.Check(EvaluationDecision.Continue, on, new DateOnly(2026, 2, 28), on.AddDays(-10), Today));
        Assert.Single(EvaluationRules.Check(EvaluationDecision.Continue, on, new DateOnly(2026, 3, 1), on.AddDays(-10), Today));
    }

    [Fact]
    public void Next_date_missing_too_late_or_not_after_the_evaluation_is_refused()
    {
        Assert.Equal(["NextEvaluationOn"], Fields(EvaluationDecision.Continue, Today, null));
        Assert.Equal(["NextEvaluationOn"], Fields(EvaluationDecision.Continue, Today, Today.AddMonths(3).AddDays(1)));
        Assert.Equal(["NextEvaluationOn"], Fields(EvaluationDecision.Continue, Today, Today));
    }

    [Fact]
    public void Closing_takes_no_next_date()
    {
        Assert.Empty(Fields(EvaluationDecision.CloseAchieved, Today, null));
        Assert.Equal(["NextEvaluationOn"], Fields(EvaluationDecision.CloseNotAchieved, Today, Today.AddMonths(1)));
    }

    [Fact]
    public void The_date_must_be_given_not_in_the_future_and_not_before_the_period()
    {
        Assert.Contains("EvaluatedOn", Fields(EvaluationDecision.Continue, null, Today.AddMonths(1)));
        Assert.Contains("EvaluatedOn", Fields(EvaluationDecision.Continue, Today.AddDays(1), Today.AddMonths(1)));
        Assert.Contains("EvaluatedOn", Fields(EvaluationDecision.Continue, Today.AddMonths(-4), Today.AddMonths(-3)));
        Assert.Equal(["Decision"], Fields(null, Today, null));
    }

    [Theory]
    [InlineData(EvaluationDecision.Continue, GoalState.Active, false)]
    [InlineData(EvaluationDecision.Adjust, GoalState.Active, false)]
    [InlineData(EvaluationDecision.CloseAchieved, GoalState.Achieved, true)]
    [InlineData(EvaluationDecision.CloseNotAchieved, GoalState.Closed, true)]
    public void The_decision_is_written_into_the_goal(EvaluationDecision decision, GoalState state, bool changed)
    {
        var goal = new Goal { ThemeKey = "skole", Text = "At barnet møder til tiden", NextEvaluationOn = Today.AddDays(-1) };
        var evaluation = new Evaluation
        {
            Participants = "Team", CitizenInvolvement = "Samtale", Qualitative = "Godt", AuthorName = "Mette",
            Decision = decision, NextEvaluationOn = decision.Closes() ? null : Today.AddMonths(2),
        };

        Assert.Equal(changed, EvaluationRules.Apply(evaluation, goal, []).Count > 0);
        Assert.Equal(state, goal.State);
        Assert.Equal(decision.Closes() ? null : Today.AddMonths(2), goal.NextEvaluationOn);
    }

    [Fact]
    public void Closing_a_goal_closes_its_open_sub_goals_and_leaves_achieved_ones_alone()
    {
        var goal = new Goal { ThemeKey = "skole", Text = "At barnet møder til tiden" };
        var open = new Goal { ParentGoalId = goal.Id, ThemeKey = "skole", Text = "Vækkeur", NextEvaluationOn = Today };
        var paused = new Goal { ParentGoalId = goal.Id, ThemeKey = "skole", Text = "Madpakke", State = GoalState.Passive };
        var achieved = new Goal { ParentGoalId = goal.Id, ThemeKey = "skole", Text = "Taske", State = GoalState.Achieved };
        var evaluation = new Evaluation { Participants = "Team", CitizenInvolvement = "Samtale", Qualitative = "Nået", AuthorName = "Anne", Decision = EvaluationDecision.CloseNotAchieved };

        var changed = EvaluationRules.Apply(evaluation, goal, [open, paused, achieved]);

        Assert.Equal(new HashSet<Guid> { goal.Id, open.Id, paused.Id }, changed.Select(g => g.Id).ToHashSet());
        Assert.All([goal, open, paused], g => Assert.Equal(GoalState.Closed, g.State));
        Assert.Null(open.NextEvaluationOn);
        Assert.Equal(GoalState.Achieved, achieved.State);
    }

    [Fact]
    public void A_team_meetings_agenda_holds_new_goals_and_goals_due_by_the_meeting()
    {
        var due = new Goal { ThemeKey = "skole", Text = "Due", NextEvaluationOn = Today };
        var later = new Goal { ThemeKey = "skole", Text = "Later", NextEvaluationOn = Today.AddDays(1) };
        var closed = new Goal { ThemeKey = "skole", Text = "Closed", State = GoalState.Achieved, NextEvaluationOn = Today };

        Assert.True(EvaluationRules.OnAgenda(due, hasEvaluation: true, Today));
        Assert.False(EvaluationRules.OnAgenda(later, hasEvaluation: true, Today));
        Assert.True(EvaluationRules.OnAgenda(later, hasEvaluation: false, Today)); // new: reviewed at the first meeting
        Assert.False(EvaluationRules.OnAgenda(closed, hasEvaluation: false, Today));
    }

    [Fact]
    public void The_period_runs_from_the_latest_evaluation_or_the_goals_start()
    {
        var start = new DateOnly(2026, 1, 5);
        Assert.Equal(start, EvaluationRules.PeriodStart(start, null));
        Assert.Equal(new DateOnly(2026, 2, 10), EvaluationRules.PeriodStart(start, new DateOnly(2026, 2, 10)));
        Assert.Equal(start, EvaluationRules.PeriodStart(start, new DateOnly(2025, 12, 1))); // an evaluation before a restart
    }
}
