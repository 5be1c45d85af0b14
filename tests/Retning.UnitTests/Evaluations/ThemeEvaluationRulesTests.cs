using Retning.Domain.Common;
using Retning.Domain.Evaluations;

namespace Retning.UnitTests.Evaluations;

/// <summary>The checks of a theme evaluation (docs/domain.md, "Evaluations": the citizen's development within the plan's themes).</summary>
public sealed class ThemeEvaluationRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateOnly PlanMade = new(2025, 9, 1);

    [Fact]
    public void A_complete_evaluation_has_no_problems() =>
        Assert.Empty(ThemeEvaluationRules.Check(Today, "Team", "Samtale", "Udvikling", PlanMade, Today));

    [Fact]
    public void Every_text_is_required()
    {
        var fields = ThemeEvaluationRules.Check(Today, " ", null, "", PlanMade, Today).Select(p => p.Field);

        Assert.Equal(["Participants", "CitizenInvolvement", "Development"], fields);
    }

    [Theory]
    [InlineData(2026, 3, 3, "Evalueringen kan ikke dateres i fremtiden.")]
    [InlineData(2025, 8, 31, "Evalueringen kan ikke ligge før planen blev oprettet (01-09-2025).")]
    public void The_date_lies_between_the_plan_and_today(int y, int m, int d, string message) =>
        Assert.Equal(new FieldError("EvaluatedOn", message), Assert.Single(ThemeEvaluationRules.Check(new DateOnly(y, m, d), "Team", "Samtale", "Udvikling", PlanMade, Today)));

    [Fact]
    public void A_missing_date_and_a_too_long_text_are_named()
    {
        var problems = ThemeEvaluationRules.Check(null, "Team", "Samtale", new string('x', ThemeEvaluationRules.MaxDevelopment + 1), PlanMade, Today);

        Assert.Equal(new FieldError("EvaluatedOn", "Skriv datoen for evalueringen."), problems[0]);
        Assert.StartsWith("Teksten er for lang: højst 8000 tegn", problems[1].Message, StringComparison.Ordinal);
    }
}
