using Retning.Domain.Insight;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Insight;

/// <summary>Filters, breakdowns that add up, no small-number disclosure, and a definition for every figure.</summary>
public sealed class FilterAndDisclosureTests
{
    [Fact]
    public void Theme_and_goal_type_filter_the_goal_figures_only()
    {
        var world = new InsightWorld();
        var citizen = world.Citizen(world.North, new DateOnly(2024, 1, 1));
        world.Goal(citizen, new DateOnly(2026, 1, 1), theme: "sundhed", type: GoalType.Maintain);
        world.Goal(citizen, new DateOnly(2026, 1, 1), theme: "egenomsorg");
        var filter = new InsightFilter(ThemeKey: "sundhed", GoalType: GoalType.Maintain);
        var data = world.Data();

        Assert.Single(filter.Apply(world.Count(FigureKey.Goals), data, figureIsByGoal: true));
        Assert.Single(filter.Apply(world.Count(FigureKey.Citizens), data, figureIsByGoal: false));
    }

    [Fact]
    public void Area_offer_department_and_target_group_filter_by_where_and_who()
    {
        var world = new InsightWorld();
        world.Citizen(world.North, new DateOnly(2024, 1, 1));
        world.Citizen(world.South, new DateOnly(2024, 1, 1), targetGroup: "Autisme");
        world.Citizen(world.Kids, new DateOnly(2024, 1, 1));
        var data = world.Data();
        var rows = world.Count(FigureKey.Citizens);

        Assert.Single(new InsightFilter(Area: Area.Children).Apply(rows, data, false));
        Assert.Equal(2, new InsightFilter(OfferId: world.North.OfferId).Apply(rows, data, false).Count());
        Assert.Single(new InsightFilter(DepartmentId: world.South.Id).Apply(rows, data, false));
        Assert.Single(new InsightFilter(TargetGroup: "Autisme").Apply(rows, data, false));
        Assert.Single(new InsightFilter(LegalBasis: "§ 66").Apply(rows, data, false));
        Assert.Empty(new InsightFilter(TargetGroup: "Findes ikke").Apply(rows, data, false));
    }

    [Fact]
    public void Breakdown_lines_add_up_to_the_total_with_rows_lacking_the_dimension_in_the_empty_line()
    {
        var world = new InsightWorld();
        world.Citizen(world.North, new DateOnly(2024, 1, 1));
        world.Citizen(world.North, new DateOnly(2024, 1, 1), targetGroup: null);
        world.Citizen(world.Kids, new DateOnly(2024, 1, 1), targetGroup: "Autisme");
        var rows = world.Count(FigureKey.Citizens);

        var lines = FigureBreakdown.By(rows, Breakdown.TargetGroup, world.Data());

        Assert.Equal(3, lines.Count);
        Assert.Equal(rows.Count, lines.Sum(l => l.Value.Rows));
        Assert.Contains(lines, l => l.Key.Length == 0);
        Assert.Equal(2, FigureBreakdown.By(rows, Breakdown.Area, world.Data()).Count);
    }

    [Fact]
    public void Fewer_than_five_citizens_outside_the_users_departments_are_hidden_but_zero_and_own_are_not()
    {
        var world = new InsightWorld();
        for (var i = 0; i < 4; i++)
        {
            world.Citizen(world.North, new DateOnly(2024, 1, 1));
        }

        var rows = world.Count(FigureKey.Citizens);

        Assert.True(SmallNumbers.Hidden(rows, new HashSet<Guid>()));
        Assert.True(SmallNumbers.Hidden(rows, new HashSet<Guid> { world.South.Id }));
        Assert.False(SmallNumbers.Hidden(rows, new HashSet<Guid> { world.North.Id }));
        Assert.False(SmallNumbers.Hidden([], new HashSet<Guid>()));
        world.Citizen(world.North, new DateOnly(2024, 1, 1));
        Assert.False(SmallNumbers.Hidden(world.Count(FigureKey.Citizens), new HashSet<Guid>()));
    }

    [Fact]
    public void A_month_by_month_development_counts_each_month_by_the_same_rule()
    {
        var world = new InsightWorld();
        var citizen = world.Citizen(world.North, new DateOnly(2024, 1, 1));
        var goal = world.Goal(citizen, new DateOnly(2025, 1, 1));
        world.Evaluation(goal, new DateOnly(2026, 1, 31));
        world.Evaluation(goal, new DateOnly(2026, 3, 1));
        world.Evaluation(goal, new DateOnly(2026, 3, 31));
        var period = new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));

        var months = FigureBreakdown.ByMonth(FigureKey.EvaluationDecisions, world.Data(), period, InsightWorld.Today);

        Assert.Equal([1, 0, 2], months.Select(m => m.Rows.Count));
        Assert.Equal(new DateOnly(2026, 1, 1), months[0].Month.From);
        Assert.Equal(new DateOnly(2026, 1, 31), months[0].Month.To);
        Assert.Equal(new DateOnly(2026, 3, 31), months[2].Month.To);
    }

    [Fact]
    public void Every_figure_has_one_definition_with_a_unique_address()
    {
        Assert.Equal(Enum.GetValues<FigureKey>().Length, FigureCatalog.All.Count);
        Assert.Equal(FigureCatalog.All.Count, FigureCatalog.All.Select(d => d.Slug).Distinct(StringComparer.Ordinal).Count());
        Assert.All(FigureCatalog.All, d => Assert.Matches("^[a-z-]+$", d.Slug));
        Assert.All(FigureCatalog.All, d => Assert.Same(d, FigureCatalog.FromSlug(d.Slug)));
        Assert.Null(FigureCatalog.FromSlug("findes-ikke"));
    }

    [Fact]
    public void A_count_of_one_has_its_unit_in_the_singular()
    {
        var plans = FigureCatalog.FromSlug("planer")!;
        Assert.Equal(("plan", "planer", "planer"), (plans.UnitFor(1), plans.UnitFor(2), plans.UnitFor(0)));
        Assert.Equal("borger", FigureCatalog.FromSlug("borgere")!.UnitFor(1));
        Assert.Equal("mål", FigureCatalog.FromSlug("maal")!.UnitFor(1));
    }
}
