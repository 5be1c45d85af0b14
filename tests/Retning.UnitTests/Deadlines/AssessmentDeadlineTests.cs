using Retning.Domain.Deadlines;
using Retning.Domain.Plans;
using static Retning.UnitTests.Deadlines.Given;

namespace Retning.UnitTests.Deadlines;

/// <summary>The autonomic compass and the DPU, and closing the plan's periods (docs/domain.md, "The individual plan", "Periods"; PeriodCadence).</summary>
public sealed class AssessmentDeadlineTests
{
    [Theory]
    [InlineData(2025, 8, 31, 2026, 2, 28, 2026, 8, 31)] // the 31st: compass clamps to 28-02
    [InlineData(2027, 8, 31, 2028, 2, 29, 2028, 8, 31)] // … to 29-02 in a leap year
    [InlineData(2028, 2, 29, 2028, 8, 29, 2029, 2, 28)] // enrolled on a leap day: DPU on 28-02-2029
    [InlineData(2026, 1, 15, 2026, 7, 15, 2027, 1, 15)]
    public void Compass_half_a_year_and_DPU_a_year_after_enrolment(int y, int m, int d, int cy, int cm, int cd, int dy, int dm, int dd)
    {
        var list = On(Citizen(D(y, m, d)), D(y, m, d));

        Assert.Equal(D(cy, cm, cd), Open(list, DeadlineKind.CompassDue).DueOn);
        Assert.Equal(D(dy, dm, dd), Open(list, DeadlineKind.DpuDue).DueOn);
        Assert.Equal("DPU udarbejdes (senest 1 år efter indskrivning)", Open(list, DeadlineKind.DpuDue).Title);
    }

    [Fact]
    public void A_begun_compass_is_done_with_the_plan_as_evidence()
    {
        var plan = new PlanFacts(Guid.NewGuid(), D(2025, 9, 1), TemplateKind.Ics) { CompassBegun = true, CompassUpdatedOn = D(2026, 1, 20) };
        var done = Done(On(Citizen(D(2025, 8, 31)) with { Plan = plan }, D(2026, 3, 1)), DeadlineKind.CompassDue);
        Assert.Equal((D(2026, 2, 28), D(2026, 1, 20), plan.Id), (done.DueOn, done.DoneOn, done.EvidenceId));
    }

    [Fact]
    public void An_empty_compass_past_its_day_is_overdue_also_without_a_plan() =>
        Assert.Equal(DeadlineState.Overdue, Open(On(Citizen(D(2025, 8, 31)), D(2026, 3, 1)), DeadlineKind.CompassDue).State);

    [Fact]
    public void After_a_DPU_the_next_is_due_two_years_later()
    {
        // DPU 10-05-2026 + 24 months = 10-05-2028.
        var deadline = Open(On(Citizen(D(2025, 8, 31)) with { DpuMadeOn = [D(2025, 11, 1), D(2026, 5, 10)] }, D(2026, 6, 1)), DeadlineKind.DpuDue);
        Assert.Equal((D(2028, 5, 10), "Ny DPU udarbejdes (mindst hvert 2. år)"), (deadline.DueOn, deadline.Title));
    }

    [Fact]
    public void A_DPU_made_on_a_leap_day_is_due_again_on_28_February() =>
        // 29-02-2028 + 24 months = 28-02-2030.
        Assert.Equal(D(2030, 2, 28), Open(On(Citizen(D(2027, 6, 1)) with { DpuMadeOn = [D(2028, 2, 29)] }, D(2028, 3, 1)), DeadlineKind.DpuDue).DueOn);

    [Fact]
    public void A_childrens_plan_closes_a_period_at_most_6_months_after_the_last_and_the_closing_is_done()
    {
        // First period 31-08-2025 → due 28-02-2026, closed 28-02-2026; the next due 28-08-2026.
        var first = new PeriodFacts(Guid.NewGuid(), D(2025, 8, 31), D(2026, 2, 28));
        var second = new PeriodFacts(Guid.NewGuid(), D(2026, 2, 28));
        var plan = new PlanFacts(Guid.NewGuid(), D(2025, 8, 31), TemplateKind.Ics) { Periods = [second, first] };
        var list = On(Citizen(D(2025, 8, 31)) with { Plan = plan }, D(2026, 3, 1));

        var done = Done(list, DeadlineKind.PeriodToClose);
        Assert.Equal((D(2026, 2, 28), D(2026, 2, 28), first.Id), (done.DueOn, done.DoneOn, done.EvidenceId));
        var open = Open(list, DeadlineKind.PeriodToClose);
        Assert.Equal((D(2026, 8, 28), second.Id, "Periode lukkes (mindst to gange om året)"), (open.DueOn, open.SubjectId, open.Title));
    }

    [Fact]
    public void An_adults_plan_closes_its_period_at_the_yearly_status_meeting()
    {
        // Started 29-02-2024 → due 28-02-2025 (+12 months); closed 20-02-2025 → next 20-02-2026.
        var open = new PlanFacts(Guid.NewGuid(), D(2024, 2, 29), TemplateKind.Vum) { Periods = [new PeriodFacts(Guid.NewGuid(), D(2024, 2, 29))] };
        Assert.Equal(D(2025, 2, 28), Open(On(Citizen(D(2024, 2, 1), D(1990, 1, 1)) with { Plan = open }, D(2024, 3, 1), Adults), DeadlineKind.PeriodToClose).DueOn);

        var closed = open with { Periods = [new PeriodFacts(Guid.NewGuid(), D(2024, 2, 29), D(2025, 2, 20)), new PeriodFacts(Guid.NewGuid(), D(2025, 2, 20))] };
        var deadline = Open(On(Citizen(D(2024, 2, 1), D(1990, 1, 1)) with { Plan = closed }, D(2025, 3, 1), Adults), DeadlineKind.PeriodToClose);
        Assert.Equal((D(2026, 2, 20), "Periode lukkes (ved det årlige statusmøde)"), (deadline.DueOn, deadline.Title));
    }

    [Fact]
    public void A_plan_without_periods_counts_from_its_creation_and_no_plan_has_no_period()
    {
        var plan = new PlanFacts(Guid.NewGuid(), D(2026, 1, 31), TemplateKind.Ics);
        Assert.Equal(D(2026, 7, 31), Open(On(Citizen(D(2026, 1, 5)) with { Plan = plan }, D(2026, 2, 1)), DeadlineKind.PeriodToClose).DueOn);
        Assert.DoesNotContain(On(Citizen(D(2026, 1, 5)), D(2026, 2, 1)), d => d.Kind == DeadlineKind.PeriodToClose);
    }
}
