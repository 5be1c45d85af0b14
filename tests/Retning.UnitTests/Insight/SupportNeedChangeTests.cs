using Retning.Domain.Insight;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Insight;

/// <summary>Paired change in support need: first against latest score, read by the goal type; the unpaired listed.</summary>
public sealed class SupportNeedChangeTests
{
    private static readonly Guid V1 = Guid.NewGuid();
    private static readonly Guid V2 = Guid.NewGuid();

    [Theory]
    [InlineData(GoalType.Develop, -1, true)]
    [InlineData(GoalType.Develop, 0, false)]
    [InlineData(GoalType.Maintain, 0, true)]
    [InlineData(GoalType.Maintain, -2, true)]
    [InlineData(GoalType.Maintain, 1, false)]
    [InlineData(GoalType.LimitLoss, 1, true)]
    [InlineData(GoalType.LimitLoss, 2, false)]
    public void Success_depends_on_the_goal_type(GoalType type, int change, bool success) =>
        Assert.Equal(success, SupportNeedChange.IsSuccess(type, change));

    [Fact]
    public void Sub_goals_are_paired_or_listed_with_why_not()
    {
        var world = new InsightWorld();
        var citizen = world.Citizen(world.North, new DateOnly(2024, 1, 1));
        var goal = world.Goal(citizen, new DateOnly(2025, 1, 1));
        var better = world.Goal(citizen, new DateOnly(2025, 1, 1), parent: goal, scale: true);
        var worse = world.Goal(citizen, new DateOnly(2025, 1, 1), parent: goal, scale: true, type: GoalType.Maintain);
        var one = world.Goal(citizen, new DateOnly(2025, 1, 1), parent: goal, scale: true);
        var unscored = world.Goal(citizen, new DateOnly(2025, 1, 1), parent: goal, scale: true);
        var changedScale = world.Goal(citizen, new DateOnly(2025, 1, 1), parent: goal, scale: true);
        var silent = world.Goal(citizen, new DateOnly(2025, 1, 1), parent: goal, scale: true);
        world.Goal(citizen, new DateOnly(2025, 1, 1), parent: goal, scale: false); // no scale: not in the figure
        world.Scores[InsightWorld.Year2026] = new Dictionary<Guid, ScorePair>
        {
            [better.Id] = new(better.Id, 5, 1, 3, V1, 2, V1),
            [worse.Id] = new(worse.Id, 2, 0, 1, V1, 2, V1),
            [one.Id] = new(one.Id, 1, 3, 2, V1, 2, V1),
            [unscored.Id] = new(unscored.Id, 0, 4, null, null, null, null),
            [changedScale.Id] = new(changedScale.Id, 3, 0, 3, V1, 1, V2),
        };

        var rows = world.Count(FigureKey.SupportNeedChange);
        var value = FigureValue.Of(rows);

        Assert.Equal(6, value.Rows);
        Assert.Equal(2, value.Denominator);
        Assert.Equal(1, value.Successes);
        Assert.Equal(SupportNeedChange.Better, rows.Single(r => r.SubjectId == better.Id).Outcome);
        Assert.Equal(SupportNeedChange.Worse, rows.Single(r => r.SubjectId == worse.Id).Outcome);
        Assert.Equal(SupportNeedChange.TooFewScores, rows.Single(r => r.SubjectId == one.Id).Outcome);
        Assert.Equal(SupportNeedChange.OnlyNotAssessed, rows.Single(r => r.SubjectId == unscored.Id).Outcome);
        Assert.Equal(SupportNeedChange.ScaleChanged, rows.Single(r => r.SubjectId == changedScale.Id).Outcome);
        Assert.Equal(SupportNeedChange.TooFewScores, rows.Single(r => r.SubjectId == silent.Id).Outcome);
        Assert.All(rows.Where(r => !r.InDenominator), r => Assert.False(r.Success));
    }

    [Fact]
    public void Each_period_reads_its_own_pairs()
    {
        var world = new InsightWorld();
        var citizen = world.Citizen(world.North, new DateOnly(2024, 1, 1));
        var sub = world.Goal(citizen, new DateOnly(2025, 1, 1), parent: world.Goal(citizen, new DateOnly(2025, 1, 1)), scale: true, end: new DateOnly(2027, 1, 1));
        var previous = InsightWorld.Year2026.Previous;
        world.Scores[InsightWorld.Year2026] = new Dictionary<Guid, ScorePair> { [sub.Id] = new(sub.Id, 2, 0, 3, V1, 2, V1) };
        world.Scores[previous] = new Dictionary<Guid, ScorePair> { [sub.Id] = new(sub.Id, 2, 0, 2, V1, 3, V1) };

        Assert.Equal(SupportNeedChange.Better, Assert.Single(world.Count(FigureKey.SupportNeedChange)).Outcome);
        Assert.Equal(SupportNeedChange.Worse, Assert.Single(world.Count(FigureKey.SupportNeedChange, previous)).Outcome);
    }
}
