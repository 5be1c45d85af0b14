using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

public sealed class AssessmentScheduleTests
{
    private static readonly DateOnly Enrolled = new(2025, 8, 31);

    [Fact]
    public void The_compass_is_begun_half_a_year_after_enrolment() =>
        Assert.Equal(new DateOnly(2026, 2, 28), AssessmentSchedule.CompassStartOn(Enrolled));

    [Theory]
    [InlineData(2026, 2, 27, false, false)]
    [InlineData(2026, 2, 28, false, true)]
    [InlineData(2026, 9, 1, false, true)]
    [InlineData(2026, 9, 1, true, false)]
    public void The_compass_is_missing_once_its_day_has_come_and_nothing_is_written(int y, int m, int d, bool begun, bool missing) =>
        Assert.Equal(missing, AssessmentSchedule.CompassMissing(Enrolled, new DateOnly(y, m, d), begun));

    [Theory]
    [InlineData(null, null, null, null, false)]
    [InlineData("", "  ", null, "\n", false)]
    [InlineData(null, null, "Rolig musik", null, true)]
    [InlineData("Gynger", null, null, null, true)]
    public void Any_written_field_means_the_compass_is_begun(string? a, string? b, string? c, string? d, bool begun) =>
        Assert.Equal(begun, AssessmentSchedule.CompassBegun(a, b, c, d));

    [Fact]
    public void Without_a_DPU_the_first_is_due_one_year_after_enrolment() =>
        Assert.Equal(new DateOnly(2026, 8, 31), AssessmentSchedule.NextDpuOn(Enrolled, []));

    [Fact]
    public void After_a_DPU_the_next_is_due_two_years_after_the_latest() =>
        Assert.Equal(new DateOnly(2028, 5, 10),
            AssessmentSchedule.NextDpuOn(Enrolled, [new DateOnly(2025, 11, 1), new DateOnly(2026, 5, 10)]));

    [Fact]
    public void A_late_first_DPU_still_sets_the_next_two_years_after_it() =>
        Assert.Equal(new DateOnly(2028, 12, 1), AssessmentSchedule.NextDpuOn(Enrolled, [new DateOnly(2026, 12, 1)]));

    [Fact]
    public void A_DPU_from_before_enrolment_never_pushes_the_first_past_one_year_after_enrolment()
    {
        Assert.Equal(new DateOnly(2026, 8, 31), AssessmentSchedule.NextDpuOn(Enrolled, [new DateOnly(2025, 6, 1)]));
        Assert.Equal(new DateOnly(2026, 1, 1), AssessmentSchedule.NextDpuOn(Enrolled, [new DateOnly(2024, 1, 1)]));
    }

    [Theory]
    [InlineData(2026, 8, 31, false)]
    [InlineData(2026, 9, 1, true)]
    public void A_DPU_is_overdue_the_day_after_its_due_day(int y, int m, int d, bool overdue) =>
        Assert.Equal(overdue, AssessmentSchedule.DpuOverdue(Enrolled, [], new DateOnly(y, m, d)));
}
