using Retning.Domain.Deadlines;
using Retning.Domain.Plans;
using static Retning.UnitTests.Deadlines.Given;

namespace Retning.UnitTests.Deadlines;

/// <summary>The purpose, consents (yearly) and the 18th birthday (docs/domain.md, "Tasks and deadlines") (template transition).</summary>
public sealed class CitizenDeadlineTests
{
    private static PlanFacts Plan(TemplateKind template = TemplateKind.Ics, DateOnly? movedOn = null) =>
        new(Guid.NewGuid(), D(2024, 1, 1), template) { MovedToAdultTemplateOn = movedOn };

    [Fact]
    public void A_missing_purpose_is_due_14_days_after_enrolment_and_due_soon_from_the_enrolment_day()
    {
        // Enrolled 02-03-2026 + 14 days = 16-03-2026; the 14-day window opens on 02-03 itself.
        var deadline = Open(On(Citizen(D(2026, 3, 2)), D(2026, 3, 2)), DeadlineKind.PurposeMissing);

        Assert.Equal((D(2026, 3, 16), DeadlineState.Due, DeadlineResponsible.ContactTeam), (deadline.DueOn, deadline.State, deadline.Responsible));
        Assert.Equal("Formål mangler: efterspørg formålet med indsatsen hos kommunen", deadline.Title);
    }

    [Fact]
    public void A_received_purpose_makes_the_task_done_with_the_first_purpose_as_evidence()
    {
        var first = new PurposeFacts(Guid.NewGuid(), D(2026, 3, 10));
        var later = new PurposeFacts(Guid.NewGuid(), D(2026, 6, 1));
        var list = On(Citizen(D(2026, 3, 2)) with { Purposes = [later, first] }, D(2026, 7, 1));

        var done = Done(list, DeadlineKind.PurposeMissing);
        Assert.Equal((D(2026, 3, 16), D(2026, 3, 10), first.Id), (done.DueOn, done.DoneOn, done.EvidenceId));
        Assert.DoesNotContain(list, d => d.Kind == DeadlineKind.PurposeMissing && !d.IsDone);
    }

    [Theory]
    [InlineData(2028, 2, 29, 2029, 2, 28)] // given on a leap day → 28-02 the next year
    [InlineData(2025, 8, 31, 2026, 8, 31)]
    [InlineData(2027, 2, 28, 2028, 2, 28)] // not moved to the leap day
    public void A_consent_is_reviewed_a_year_after_it_was_given(int y, int m, int d, int ey, int em, int ed)
    {
        var consent = new ConsentFacts(Guid.NewGuid(), "Sende den individuelle plan til kommunen", D(y, m, d));
        var deadline = Open(On(Citizen(D(2025, 1, 1)) with { Consents = [consent] }, D(y, m, d)), DeadlineKind.ConsentReview);

        Assert.Equal((D(ey, em, ed), consent.Id), (deadline.DueOn, deadline.SubjectId));
        Assert.Equal("Samtykke revurderes: Sende den individuelle plan til kommunen", deadline.Title);
    }

    [Fact]
    public void A_consent_with_its_own_review_date_is_due_then()
    {
        var consent = new ConsentFacts(Guid.NewGuid(), "Indhente oplysninger fra lægen", D(2025, 9, 1), ReviewOn: D(2026, 3, 1));
        Assert.Equal(D(2026, 3, 1), Open(On(Citizen(D(2025, 1, 1)) with { Consents = [consent] }, D(2026, 1, 1)), DeadlineKind.ConsentReview).DueOn);
    }

    [Fact]
    public void A_withdrawn_consent_needs_no_review_but_one_withdrawn_later_still_does()
    {
        var withdrawn = new ConsentFacts(Guid.NewGuid(), "A", D(2025, 1, 10), WithdrawnOn: D(2026, 1, 1));
        var later = new ConsentFacts(Guid.NewGuid(), "B", D(2025, 1, 10), WithdrawnOn: D(2026, 6, 1));
        var list = On(Citizen(D(2025, 1, 1)) with { Consents = [withdrawn, later] }, D(2026, 1, 1));

        Assert.Equal(later.Id, Open(list, DeadlineKind.ConsentReview).SubjectId);
    }

    [Fact]
    public void An_expired_consent_needs_no_review_but_one_valid_through_today_does()
    {
        var expired = new ConsentFacts(Guid.NewGuid(), "A", D(2025, 1, 10), ValidTo: D(2025, 12, 31));
        var lastDay = new ConsentFacts(Guid.NewGuid(), "B", D(2025, 1, 10), ValidTo: D(2026, 1, 1));
        var list = On(Citizen(D(2025, 1, 1)) with { Consents = [expired, lastDay] }, D(2026, 1, 1));

        Assert.Equal(lastDay.Id, Open(list, DeadlineKind.ConsentReview).SubjectId);
    }

    [Fact]
    public void The_18th_birthday_is_flagged_3_months_before_and_moves_from_upcoming_to_due_to_overdue()
    {
        // Born 15-06-2008 → 18 on 15-06-2026; flagged from 15-03-2026 (14-03 + 3 months = 14-06 is too early).
        var input = Citizen(D(2024, 1, 1), D(2008, 6, 15)) with { Plan = Plan() };
        var clock = ClockAt(D(2026, 3, 14));
        Deadline? Now() => On(input, clock.Today()).SingleOrDefault(d => d.Kind == DeadlineKind.TurnsEighteen);

        Assert.Null(Now());
        clock.Advance(TimeSpan.FromDays(1));                                   // 15-03-2026
        Assert.Equal((D(2026, 6, 15), DeadlineState.Upcoming), (Now()!.DueOn, Now()!.State));
        Assert.Equal("Fylder 18 år: planen flyttes til voksenskabelonen (VUM)", Now()!.Title);
        clock.SetUtcNow(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));  // 15-06 − 14 days
        Assert.Equal(DeadlineState.Due, Now()!.State);
        clock.Advance(TimeSpan.FromDays(14));                                  // the birthday
        Assert.Equal(DeadlineState.Due, Now()!.State);
        clock.Advance(TimeSpan.FromDays(1));                                   // 16-06-2026, still on ICS
        Assert.Equal(DeadlineState.Overdue, Now()!.State);
    }

    [Theory]
    [InlineData(2025, 11, 27, false)] // 27-11-2025 + 3 months = 27-02-2026, before the birthday
    [InlineData(2025, 11, 28, true)]  // 28-11-2025 + 3 months = 28-02-2026
    public void Born_on_29_February_turns_18_on_28_February_in_a_common_year(int y, int m, int d, bool flagged)
    {
        var list = On(Citizen(D(2024, 1, 1), D(2008, 2, 29)) with { Plan = Plan() }, D(y, m, d));
        var deadline = list.SingleOrDefault(x => x.Kind == DeadlineKind.TurnsEighteen);

        Assert.Equal(flagged, deadline is not null);
        Assert.True(deadline is null || deadline.DueOn == D(2026, 2, 28));
    }

    [Theory]
    [InlineData(2026, 2, 28, false)] // 28-02 + 3 months = 28-05, before 31-05
    [InlineData(2026, 3, 1, true)]   // 01-03 + 3 months = 01-06
    public void Born_on_the_31st_is_flagged_when_the_birthday_is_within_3_months_counted_forward(int y, int m, int d, bool flagged) =>
        // Born 31-05-2008 → 18 on 31-05-2026. Counting forward from today (as the plan page does,
        // AgeRules.TurnsAdultWithin) rather than back from the birthday (31-05 − 3 months = 28-02).
        Assert.Equal(flagged, On(Citizen(D(2024, 1, 1), D(2008, 5, 31)) with { Plan = Plan() }, D(y, m, d)).Any(x => x.Kind == DeadlineKind.TurnsEighteen));

    [Fact]
    public void A_plan_moved_to_the_adults_template_is_done_on_the_day_it_moved()
    {
        var plan = Plan(TemplateKind.Vum, movedOn: D(2026, 5, 20));
        var done = Done(On(Citizen(D(2024, 1, 1), D(2008, 6, 15)) with { Plan = plan }, D(2026, 6, 1)), DeadlineKind.TurnsEighteen);
        Assert.Equal((D(2026, 6, 15), D(2026, 5, 20), plan.Id), (done.DueOn, done.DoneOn, done.EvidenceId));
    }

    [Fact]
    public void No_plan_or_a_plan_begun_on_the_adults_template_has_no_18th_birthday_task()
    {
        var born = D(2008, 6, 15);
        Assert.DoesNotContain(On(Citizen(D(2024, 1, 1), born), D(2026, 6, 1)), x => x.Kind == DeadlineKind.TurnsEighteen);
        Assert.DoesNotContain(On(Citizen(D(2024, 1, 1), born) with { Plan = Plan(TemplateKind.Vum) }, D(2026, 6, 1)), x => x.Kind == DeadlineKind.TurnsEighteen);
    }
}
