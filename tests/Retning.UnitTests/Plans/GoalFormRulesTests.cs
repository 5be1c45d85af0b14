using Retning.Domain.Common;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

/// <summary>The goal form's checks: what makes a goal unusable is refused at its field, in Danish.</summary>
public sealed class GoalFormRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly Guid Scale = Guid.NewGuid();

    private static GoalFormValues Valid(bool subGoal = false) => new("skole", null, "At Emil smører sin madpakke", GoalType.Develop, GoalState.Active,
        Today, null, 3, null, GoalFormRules.RealisticNotJudged, subGoal ? Scale : null, subGoal ? ScoringFrequency.Weekly : null);

    private static IReadOnlyList<FieldError> Check(GoalFormValues values, bool subGoal = false) =>
        GoalFormRules.Check(values, subGoal, ["skole"], [], [Scale], Today);

    [Fact]
    public void A_complete_goal_and_sub_goal_are_fine()
    {
        Assert.Empty(Check(Valid()));
        Assert.Empty(Check(Valid(subGoal: true), subGoal: true));
    }

    [Fact]
    public void An_empty_form_names_each_field_once()
    {
        var empty = new GoalFormValues(null, null, " ", null, null, null, null, null, null, null, null, null);
        Assert.Equal(
            ["ThemeKey", "Text", "Type", "State", "StartOn", "EvaluationIntervalMonths", "Realistic", "IndicatorScaleId", "ScoringFrequency"],
            Check(empty, subGoal: true).Select(e => e.Field));
        Assert.Equal(new FieldError("Text", "Skriv, hvad delmålet er."), Check(empty, subGoal: true)[1]);
    }

    [Fact]
    public void Choices_outside_the_lists_are_refused()
    {
        var errors = Check(Valid(subGoal: true) with { ThemeKey = "andet", PurposeId = Guid.NewGuid(), IndicatorScaleId = Guid.NewGuid() }, subGoal: true);
        Assert.Equal(
        [
            new FieldError("ThemeKey", "Vælg et tema fra listen."),
            new FieldError("PurposeId", "Vælg et af borgerens formål fra listen, eller \"Intet formål valgt\"."),
            new FieldError("IndicatorScaleId", "Vælg en indikator fra listen."),
        ], errors);
    }

    [Fact]
    public void The_dates_and_the_interval_keep_within_three_months()
    {
        Assert.Equal(
        [
            new FieldError("EndOn", "Slutdatoen skal ligge efter startdatoen."),
            new FieldError("EvaluationIntervalMonths", "Mål og delmål evalueres mindst hver 3. måned. Vælg 1, 2 eller 3 måneder."),
            new FieldError("NextEvaluationOn", "Næste evaluering må højst ligge 3 måneder fremme, dvs. senest 02-06-2026."),
        ], Check(Valid() with { EndOn = Today, EvaluationIntervalMonths = 4, NextEvaluationOn = Today.AddMonths(3).AddDays(1) }));
        Assert.Equal("Næste evaluering kan ikke ligge før startdatoen.", Assert.Single(Check(Valid() with { NextEvaluationOn = Today.AddDays(-1) })).Message);
    }

    [Fact]
    public void An_intervention_and_a_collaborator_need_their_text()
    {
        Assert.Equal(new FieldError("What", "Skriv, hvad medarbejderne gør."), Assert.Single(GoalFormRules.CheckIntervention(" ")));
        Assert.Empty(GoalFormRules.CheckIntervention("Guider"));
        Assert.Equal(["Kind", "HowTheyTakePart"], GoalFormRules.CheckCollaborator(null, null).Select(e => e.Field));
    }
}
