using Retning.Domain.Insight;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Insight;

/// <summary>The response rate as a figure: slots summed over sub-goals, per department the citizen lived in.</summary>
public sealed class ResponseRateFigureTests
{
    private static readonly ReportPeriod March = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    [Fact]
    public void Slots_are_summed_over_sub_goals_and_judged_against_the_threshold()
    {
        var world = new InsightWorld();
        var citizen = world.Citizen(world.North, new DateOnly(2025, 1, 1));
        var goal = world.Goal(citizen, new DateOnly(2026, 1, 1));
        var daily = world.Goal(citizen, new DateOnly(2026, 1, 1), parent: goal, scale: true, frequency: ScoringFrequency.Daily);
        var monthly = world.Goal(citizen, new DateOnly(2026, 1, 1), parent: goal, scale: true, frequency: ScoringFrequency.Monthly);
        world.Goal(citizen, new DateOnly(2026, 1, 1), parent: goal, scale: true); // no frequency: owes nothing
        for (var day = 1; day <= 24; day++)
        {
            world.ScoredDays.Add((daily.Id, new DateOnly(2026, 3, day)));
        }

        var rows = world.Count(FigureKey.ResponseRate, March);
        var value = FigureValue.Of(rows);

        Assert.Equal(2, rows.Count);
        Assert.Equal(32, value.Denominator); // 31 days + 1 month
        Assert.Equal(24, value.Successes);
        Assert.Equal(75, value.Percent);
        Assert.Equal(ResponseRateFigure.Sufficient, rows.Single(r => r.SubjectId == daily.Id).Outcome);
        Assert.Equal(ResponseRateFigure.Insufficient, rows.Single(r => r.SubjectId == monthly.Id).Outcome);
    }

    [Fact]
    public void A_citizen_who_moved_counts_in_each_department_for_the_days_lived_there()
    {
        var world = new InsightWorld();
        var citizen = world.Moved(world.North, world.South, new DateOnly(2025, 1, 1), new DateOnly(2026, 3, 11));
        var daily = world.Goal(citizen, new DateOnly(2026, 1, 1), parent: world.Goal(citizen, new DateOnly(2026, 1, 1)), scale: true, frequency: ScoringFrequency.Daily);
        world.ScoredDays.Add((daily.Id, new DateOnly(2026, 3, 5)));
        world.ScoredDays.Add((daily.Id, new DateOnly(2026, 3, 20)));

        var rows = world.Count(FigureKey.ResponseRate, March);

        Assert.Equal((10, 1), (rows.Single(r => r.DepartmentId == world.North.Id).ExpectedSlots!.Value, rows.Single(r => r.DepartmentId == world.North.Id).ScoredSlots!.Value));
        Assert.Equal((21, 1), (rows.Single(r => r.DepartmentId == world.South.Id).ExpectedSlots!.Value, rows.Single(r => r.DepartmentId == world.South.Id).ScoredSlots!.Value));
        Assert.Single(world.Count(FigureKey.ResponseRate, March, world.South));
    }
}
