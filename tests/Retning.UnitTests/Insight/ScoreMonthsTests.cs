using Retning.Domain.Insight;

namespace Retning.UnitTests.Insight;

/// <summary>The figures' reading of the monthly score facts: a period's pairs and scored days (docs/adr/0014).</summary>
public sealed class ScoreMonthsTests
{
    private static readonly Guid SubGoal = Guid.NewGuid();
    private static readonly Guid Citizen = Guid.NewGuid();
    private static readonly Guid ScaleV1 = Guid.NewGuid();
    private static readonly Guid ScaleV2 = Guid.NewGuid();

    private static SubGoalScoreMonth Month(int year, int month, params (int Day, int? Score, Guid? Version)[] notes) =>
        SubGoalScoreMonth.Of(SubGoal, Citizen, new DateOnly(year, month, 1),
            notes.Select((n, i) => new MonthNote(new DateOnly(year, month, n.Day), new DateTime(year, month, n.Day, 8, i, 0, DateTimeKind.Utc),
                new DateTime(year, month, n.Day, 9, 0, 0, DateTimeKind.Utc), n.Score, n.Version)))!;

    [Fact]
    public void The_pair_is_the_first_months_first_score_and_the_last_months_latest()
    {
        var months = new[]
        {
            Month(2026, 3, (20, 1, ScaleV1), (21, 1, ScaleV1)),
            Month(2026, 1, (10, 3, ScaleV1), (12, 2, ScaleV1)),
            Month(2026, 2, (5, null, null)), // "Ikke vurderet" only: counted, not a score
        };

        var pair = ScoreMonths.Pairs(months, new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)))[SubGoal];

        Assert.Equal((4, 1), (pair.ScoredNotes, pair.UnscoredNotes));
        Assert.Equal((3, 1), (pair.First, pair.Latest));
        Assert.Equal(ScaleV1, pair.FirstVersionId);
    }

    [Fact]
    public void Months_outside_the_period_do_not_count_and_a_sub_goal_without_notes_has_no_pair()
    {
        var months = new[] { Month(2025, 12, (1, 4, ScaleV1)), Month(2026, 1, (31, 2, ScaleV1)), Month(2026, 4, (1, 0, ScaleV2)) };

        var january = ScoreMonths.Pairs(months, new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)));
        var february = ScoreMonths.Pairs(months, new ReportPeriod(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)));

        Assert.Equal((1, 2, 2), (january[SubGoal].ScoredNotes, january[SubGoal].First, january[SubGoal].Latest));
        Assert.Empty(february);
    }

    [Fact]
    public void A_scale_change_shows_as_different_versions_on_the_first_and_latest_score()
    {
        var months = new[] { Month(2026, 1, (3, 2, ScaleV1)), Month(2026, 2, (3, 1, ScaleV2)) };

        var pair = ScoreMonths.Pairs(months, new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28)))[SubGoal];

        Assert.Equal(SupportNeedChange.ScaleChanged, SupportNeedChange.Unpaired(pair));
    }

    [Fact]
    public void The_scored_days_are_the_days_with_a_score_on_the_scale()
    {
        var months = new[] { Month(2024, 2, (29, 1, ScaleV1), (1, null, null), (2, 3, null)), Month(2026, 1, (1, 2, ScaleV1), (31, 2, ScaleV1), (31, 3, ScaleV1)) };

        var days = ScoreMonths.Days(months)[SubGoal].Order().ToList();

        Assert.Equal([new DateOnly(2024, 2, 29), new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)], days);
    }
}
