using Retning.Domain.Insight;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Insight;

/// <summary>Citizens, plans, goals and sub-goals counted in a period, once each, where the citizen was at its end.</summary>
public sealed class VolumeFiguresTests
{
    [Fact]
    public void Citizens_are_counted_once_with_how_they_were_enrolled()
    {
        var world = new InsightWorld();
        var continuing = world.Citizen(world.North, new DateOnly(2024, 1, 1));
        var arrived = world.Citizen(world.North, new DateOnly(2026, 3, 1));
        var left = world.Citizen(world.North, new DateOnly(2024, 1, 1), discharged: new DateOnly(2026, 2, 1));
        world.Citizen(world.North, new DateOnly(2024, 1, 1), discharged: new DateOnly(2025, 12, 31)); // gone before
        world.Citizen(world.North, new DateOnly(2026, 12, 1)); // after the period

        var rows = world.Count(FigureKey.Citizens);

        Assert.Equal(3, rows.Count);
        Assert.Equal(VolumeFigures.Continuing, rows.Single(r => r.CitizenId == continuing.Id).Outcome);
        Assert.Equal(VolumeFigures.New, rows.Single(r => r.CitizenId == arrived.Id).Outcome);
        Assert.Equal(VolumeFigures.Discharged, rows.Single(r => r.CitizenId == left.Id).Outcome);
        Assert.Equal(new DateOnly(2026, 2, 1), rows.Single(r => r.CitizenId == left.Id).On);
    }

    [Fact]
    public void A_citizen_who_moved_is_counted_where_they_lived_at_the_end_and_the_departments_add_up()
    {
        var world = new InsightWorld();
        var moved = world.Moved(world.North, world.South, new DateOnly(2025, 1, 1), new DateOnly(2026, 6, 1));
        world.Citizen(world.North, new DateOnly(2025, 1, 1));

        var rows = world.Count(FigureKey.Citizens);
        var lines = FigureBreakdown.By(rows, Breakdown.Department, world.Data());

        Assert.Equal(world.South.Id, rows.Single(r => r.CitizenId == moved.Id).DepartmentId);
        Assert.Equal(rows.Count, lines.Sum(l => l.Value.Rows));
        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public void A_citizen_who_moved_out_of_the_scope_is_not_counted_there_at_the_end()
    {
        var world = new InsightWorld();
        world.Moved(world.North, world.Kids, new DateOnly(2025, 1, 1), new DateOnly(2026, 6, 1));
        Assert.Empty(world.Count(FigureKey.Citizens, null, world.North));
        Assert.Single(world.Count(FigureKey.Citizens, new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), world.North));
    }

    [Fact]
    public void Goals_count_when_active_on_a_day_of_the_period_and_sub_goals_apart()
    {
        var world = new InsightWorld();
        var citizen = world.Citizen(world.North, new DateOnly(2024, 1, 1));
        var active = world.Goal(citizen, new DateOnly(2025, 6, 1));
        world.Goal(citizen, new DateOnly(2026, 2, 1), parent: active);
        world.Goal(citizen, new DateOnly(2025, 1, 1), state: GoalState.Achieved,
            history: [new(new DateOnly(2025, 1, 1), GoalState.Active), new(new DateOnly(2025, 10, 1), GoalState.Achieved)]);
        world.Goal(citizen, new DateOnly(2025, 1, 1), state: GoalState.Passive,
            history: [new(new DateOnly(2025, 1, 1), GoalState.Active), new(new DateOnly(2025, 11, 1), GoalState.Passive)]);

        Assert.Equal(active.Id, Assert.Single(world.Count(FigureKey.Goals)).SubjectId);
        Assert.Single(world.Count(FigureKey.SubGoals));
    }

    [Fact]
    public void A_period_without_data_has_no_rows_and_no_percentage()
    {
        var world = new InsightWorld();
        var value = FigureValue.Of(world.Count(FigureKey.PlanPerspective));
        Assert.Equal(0, value.Rows);
        Assert.Null(value.Percent);
    }
}
