using Retning.Domain.Insight;

namespace Retning.UnitTests.Insight;

/// <summary>What one sub-goal's month of notes becomes as a fact row (docs/adr/0014).</summary>
public sealed class SubGoalScoreMonthTests
{
    private static readonly Guid SubGoal = Guid.NewGuid();
    private static readonly Guid Citizen = Guid.NewGuid();
    private static readonly Guid Scale = Guid.NewGuid();
    private static readonly Guid OtherScale = Guid.NewGuid();
    private static readonly DateOnly March = new(2026, 3, 1);

    private static MonthNote Note(DateOnly day, int? score, Guid? scale = null, int hour = 10, int writtenMinute = 0) =>
        new(day, day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc), day.ToDateTime(new TimeOnly(hour, writtenMinute), DateTimeKind.Utc).AddHours(1),
            score, score is null ? null : scale ?? Scale);

    [Fact]
    public void A_month_without_notes_has_no_row()
    {
        Assert.Null(SubGoalScoreMonth.Of(SubGoal, Citizen, March, []));
        Assert.Null(SubGoalScoreMonth.Of(SubGoal, Citizen, March, [Note(new DateOnly(2026, 4, 1), 3), Note(new DateOnly(2026, 2, 28), 2)]));
    }

    [Fact]
    public void Scored_and_unscored_notes_are_counted_apart()
    {
        var row = SubGoalScoreMonth.Of(SubGoal, Citizen, March,
            [Note(new DateOnly(2026, 3, 2), 3), Note(new DateOnly(2026, 3, 2), null), Note(new DateOnly(2026, 3, 5), 1), Note(new DateOnly(2026, 3, 9), null)])!;

        Assert.Equal(SubGoal, row.SubGoalId);
        Assert.Equal(Citizen, row.CitizenId);
        Assert.Equal(March, row.Month);
        Assert.Equal(2, row.ScoredNotes);
        Assert.Equal(2, row.UnscoredNotes);
    }

    [Fact]
    public void Each_scored_day_sets_its_bit_once_the_first_and_the_31st_included()
    {
        var row = SubGoalScoreMonth.Of(SubGoal, Citizen, March,
            [Note(new DateOnly(2026, 3, 1), 2), Note(new DateOnly(2026, 3, 1), 3, hour: 12), Note(new DateOnly(2026, 3, 17), 1),
                Note(new DateOnly(2026, 3, 31), 4), Note(new DateOnly(2026, 3, 20), null)])!;

        Assert.Equal((1 << 0) | (1 << 16) | (1 << 30), row.ScoredDays);
        Assert.Equal([new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 17), new DateOnly(2026, 3, 31)], row.ScoredDates());
    }

    [Fact]
    public void The_29th_of_February_of_a_leap_year_is_a_scored_day()
    {
        var february = new DateOnly(2028, 2, 1);
        var row = SubGoalScoreMonth.Of(SubGoal, Citizen, february, [Note(new DateOnly(2028, 2, 29), 2), Note(new DateOnly(2028, 3, 1), 2)])!;

        Assert.Equal(1 << 28, row.ScoredDays);
        Assert.Equal([new DateOnly(2028, 2, 29)], row.ScoredDates());
        Assert.Equal(1, row.ScoredNotes);
    }

    [Fact]
    public void A_score_without_a_scale_version_counts_as_a_score_but_not_as_a_scored_day()
    {
        var unscaled = new MonthNote(new DateOnly(2026, 3, 4), new DateTime(2026, 3, 4, 9, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 4, 10, 0, 0, DateTimeKind.Utc), 2, null);
        var row = SubGoalScoreMonth.Of(SubGoal, Citizen, March, [unscaled, Note(new DateOnly(2026, 3, 6), 3)])!;

        Assert.Equal(2, row.ScoredNotes);
        Assert.Equal(0, row.UnscoredNotes);
        Assert.Equal(1 << 5, row.ScoredDays);
        Assert.Equal(2, row.FirstScore);
        Assert.Null(row.FirstScaleVersionId);
        Assert.Equal(3, row.LatestScore);
        Assert.Equal(Scale, row.LatestScaleVersionId);
    }

    [Fact]
    public void First_and_latest_follow_the_time_observed_not_the_order_given()
    {
        var row = SubGoalScoreMonth.Of(SubGoal, Citizen, March,
            [Note(new DateOnly(2026, 3, 20), 4, OtherScale), Note(new DateOnly(2026, 3, 3), 1), Note(new DateOnly(2026, 3, 25), null), Note(new DateOnly(2026, 3, 10), 2)])!;

        Assert.Equal(1, row.FirstScore);
        Assert.Equal(Scale, row.FirstScaleVersionId);
        Assert.Equal(4, row.LatestScore);
        Assert.Equal(OtherScale, row.LatestScaleVersionId);
    }

    [Fact]
    public void Notes_observed_at_the_same_time_are_ordered_by_the_time_written()
    {
        var day = new DateOnly(2026, 3, 12);
        var writtenLater = Note(day, 4, writtenMinute: 30);
        var writtenEarlier = Note(day, 1, writtenMinute: 5);

        var row = SubGoalScoreMonth.Of(SubGoal, Citizen, March, [writtenLater, writtenEarlier])!;

        Assert.Equal(1, row.FirstScore);
        Assert.Equal(4, row.LatestScore);
    }

    [Fact]
    public void A_month_of_only_unscored_notes_has_a_row_without_scores()
    {
        var row = SubGoalScoreMonth.Of(SubGoal, Citizen, March, [Note(new DateOnly(2026, 3, 2), null)])!;

        Assert.Equal(0, row.ScoredNotes);
        Assert.Equal(1, row.UnscoredNotes);
        Assert.Equal(0, row.ScoredDays);
        Assert.Null(row.FirstScore);
        Assert.Null(row.LatestScore);
        Assert.Null(row.FirstScaleVersionId);
        Assert.Null(row.LatestScaleVersionId);
    }

    [Fact]
    public void Notes_of_another_month_are_ignored()
    {
        var row = SubGoalScoreMonth.Of(SubGoal, Citizen, March,
            [Note(new DateOnly(2026, 2, 28), 1), Note(new DateOnly(2026, 3, 15), 3), Note(new DateOnly(2027, 3, 1), 4), Note(new DateOnly(2026, 4, 1), 2)])!;

        Assert.Equal(1, row.ScoredNotes);
        Assert.Equal(1 << 14, row.ScoredDays);
        Assert.Equal(3, row.FirstScore);
        Assert.Equal(3, row.LatestScore);
    }

    [Fact]
    public void The_month_of_a_day_is_its_first_day()
    {
        Assert.Equal(new DateOnly(2028, 2, 1), SubGoalScoreMonth.MonthOf(new DateOnly(2028, 2, 29)));
        Assert.Equal(March, SubGoalScoreMonth.MonthOf(March));
    }
}
