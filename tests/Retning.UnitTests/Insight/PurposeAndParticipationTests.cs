using Retning.Domain.Insight;

namespace Retning.UnitTests.Insight;

/// <summary>Purposes per category, citizens waiting for one, the citizen's part in the plan and the checkable SMORT letters.</summary>
public sealed class PurposeAndParticipationTests
{
    [Fact]
    public void Purposes_received_in_the_period_count_under_their_category_or_as_uncategorised()
    {
        var world = new InsightWorld();
        var citizen = world.Citizen(world.North, new DateOnly(2024, 1, 1));
        var health = Guid.NewGuid();
        world.Categories[health] = "Sundhed";
        world.Purposes.Add(new(Guid.NewGuid(), Guid.NewGuid(), citizen.Id, new DateOnly(2026, 2, 1), health));
        world.Purposes.Add(new(Guid.NewGuid(), Guid.NewGuid(), citizen.Id, new DateOnly(2026, 3, 1), null));
        world.Purposes.Add(new(Guid.NewGuid(), Guid.NewGuid(), citizen.Id, new DateOnly(2025, 3, 1), health));

        var rows = world.Count(FigureKey.PurposesReceived);

        Assert.Equal(["Ikke kategoriseret", "Sundhed"], rows.Select(r => r.Outcome).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Citizens_without_a_purpose_are_told_apart_by_how_long_they_have_waited()
    {
        var world = new InsightWorld();
        var with = world.Citizen(world.North, new DateOnly(2024, 1, 1));
        world.Purposes.Add(new(Guid.NewGuid(), Guid.NewGuid(), with.Id, new DateOnly(2024, 1, 10), null));
        var waiting = world.Citizen(world.North, new DateOnly(2026, 11, 20));
        var month = world.Citizen(world.North, new DateOnly(2026, 10, 1));
        var long_ = world.Citizen(world.North, new DateOnly(2025, 1, 1));
        world.Citizen(world.North, new DateOnly(2025, 1, 1), discharged: new DateOnly(2026, 6, 1));

        var rows = world.Count(FigureKey.CitizensWithPurpose);

        Assert.Equal(4, rows.Count);
        Assert.Equal(PurposeFigures.HasPurpose, rows.Single(r => r.CitizenId == with.Id).Outcome);
        Assert.Equal(PurposeFigures.MissingUnder14, rows.Single(r => r.CitizenId == waiting.Id).Outcome);
        Assert.Equal(PurposeFigures.Missing14To90, rows.Single(r => r.CitizenId == month.Id).Outcome);
        Assert.Equal(PurposeFigures.MissingOver90, rows.Single(r => r.CitizenId == long_.Id).Outcome);
        Assert.Equal(25, FigureValue.Of(rows).Percent);
    }

    [Fact]
    public void Plans_need_both_the_perspective_and_the_participation()
    {
        var world = new InsightWorld();
        world.Plan(world.Citizen(world.North, new DateOnly(2024, 1, 1)));
        world.Plan(world.Citizen(world.North, new DateOnly(2024, 1, 1)), participation: false);
        world.Plan(world.Citizen(world.North, new DateOnly(2024, 1, 1)), perspective: false);

        Assert.Equal(33, FigureValue.Of(world.Count(FigureKey.PlanPerspective)).Percent);
    }

    [Fact]
    public void Smort_names_the_first_checkable_letter_missing()
    {
        var world = new InsightWorld();
        var citizen = world.Citizen(world.North, new DateOnly(2024, 1, 1));
        var goal = world.Goal(citizen, new DateOnly(2026, 1, 1));
        var noPurpose = world.Goal(citizen, new DateOnly(2026, 1, 1), purpose: false);
        var rare = world.Goal(citizen, new DateOnly(2026, 1, 1), interval: 6);
        var noMeasure = world.Goal(citizen, new DateOnly(2026, 1, 1), parent: goal, measure: false);
        var noParticipation = world.Goal(citizen, new DateOnly(2026, 1, 1), participation: false);

        var rows = world.Count(FigureKey.SmortChecks);

        Assert.Equal(ParticipationFigures.AllMet, rows.Single(r => r.SubjectId == goal.Id).Outcome);
        Assert.Equal(ParticipationFigures.NoPurpose, rows.Single(r => r.SubjectId == noPurpose.Id).Outcome);
        Assert.Equal(ParticipationFigures.RareEvaluation, rows.Single(r => r.SubjectId == rare.Id).Outcome);
        Assert.Equal(ParticipationFigures.NoMeasure, rows.Single(r => r.SubjectId == noMeasure.Id).Outcome);
        Assert.Equal(4, FigureValue.Of(world.Count(FigureKey.GoalParticipation)).Successes);
        Assert.False(world.Count(FigureKey.GoalParticipation).Single(r => r.SubjectId == noParticipation.Id).Success);
    }
}
