using Retning.Domain.Deadlines;
using Retning.Domain.Organisation;
using static Retning.UnitTests.Deadlines.Given;
using Engine = Retning.Domain.Deadlines.Deadlines;

namespace Retning.UnitTests.Deadlines;

/// <summary>The engine as a whole: states over time, sorting, discharged citizens, settings.</summary>
public sealed class DeadlineEngineTests
{
    [Fact]
    public void A_deadline_moves_upcoming_then_due_then_overdue_as_the_clock_passes_the_boundaries()
    {
        // Consent given 31-03-2025 → review 31-03-2026 (+12 months); due soon from 17-03-2026 (−14 days).
        var input = Citizen(D(2025, 3, 1)) with { Consents = [new ConsentFacts(Guid.NewGuid(), "Sende planen til kommunen", D(2025, 3, 31))] };
        var clock = ClockAt(D(2026, 3, 16));
        DeadlineState StateNow() => Open(On(input, clock.Today()), DeadlineKind.ConsentReview).State;

        Assert.Equal(DeadlineState.Upcoming, StateNow());          // 16-03
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(DeadlineState.Due, StateNow());               // 17-03, first day of the window
        clock.Advance(TimeSpan.FromDays(14));
        Assert.Equal(DeadlineState.Due, StateNow());               // 31-03, the due date itself
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(DeadlineState.Overdue, StateNow());           // 01-04
        Assert.Equal(D(2026, 3, 31), Open(On(input, clock.Today()), DeadlineKind.ConsentReview).DueOn);
    }

    [Theory]
    [InlineData(2026, 3, 16, 14, DeadlineState.Upcoming)]
    [InlineData(2026, 3, 17, 14, DeadlineState.Due)]
    [InlineData(2026, 3, 31, 14, DeadlineState.Due)]
    [InlineData(2026, 4, 1, 14, DeadlineState.Overdue)]
    [InlineData(2026, 3, 30, 0, DeadlineState.Upcoming)]
    [InlineData(2026, 3, 31, 0, DeadlineState.Due)]
    [InlineData(2026, 3, 1, 30, DeadlineState.Due)]   // 31-03 − 30 days = 01-03
    [InlineData(2026, 2, 28, 30, DeadlineState.Upcoming)]
    public void The_state_follows_the_window_up_to_and_including_the_due_date(int y, int m, int d, int window, DeadlineState expected) =>
        Assert.Equal(expected, Engine.StateOn(D(2026, 3, 31), D(y, m, d), window));

    [Fact]
    public void A_configured_window_changes_when_the_task_turns_due()
    {
        // Purpose due 14-04-2025 (enrolment 31-03 + 14 days); a 3-day window → due from 11-04.
        var input = Citizen(D(2025, 3, 31));
        var narrow = Children with { DueSoonDays = 3 };
        Assert.Equal(DeadlineState.Upcoming, Open(On(input, D(2025, 4, 10), narrow), DeadlineKind.PurposeMissing).State);
        Assert.Equal(DeadlineState.Due, Open(On(input, D(2025, 4, 11), narrow), DeadlineKind.PurposeMissing).State);
    }

    [Fact]
    public void Enrolment_on_the_31st_gives_month_end_dates_sorted_by_due_date_then_kind()
    {
        // Enrolled 31-03-2025 (a child): purpose 14-04-2025 (+14 days); status 30-09-2025 (+6 months,
        // September has 30 days); compass 30-09-2025 (+6 months); DPU 31-03-2026 (+12 months).
        var list = On(Citizen(D(2025, 3, 31)), D(2025, 4, 1));

        Assert.Equal(
            [
                (DeadlineKind.PurposeMissing, D(2025, 4, 14)),
                (DeadlineKind.StatusDue, D(2025, 9, 30)),
                (DeadlineKind.CompassDue, D(2025, 9, 30)),
                (DeadlineKind.DpuDue, D(2026, 3, 31)),
            ],
            list.Select(d => (d.Kind, d.DueOn)));
        Assert.All(list, d => Assert.Equal(CitizenId, d.CitizenId));
    }

    [Fact]
    public void A_full_citizen_is_sorted_by_due_date()
    {
        var list = On(FullCitizen(dischargedOn: null), D(2026, 3, 1));
        Assert.True(list.Count >= 10);
        Assert.Equal(list.OrderBy(d => d.DueOn).Select(d => d.DueOn), list.Select(d => d.DueOn));
    }

    [Fact]
    public void A_citizen_discharged_today_gets_no_open_deadlines_but_keeps_what_was_done()
    {
        var list = On(FullCitizen(dischargedOn: D(2026, 3, 1)), D(2026, 3, 1));

        Assert.NotEmpty(list);
        Assert.All(list, d => Assert.Equal(DeadlineState.Done, d.State));
        Assert.Contains(list, d => d.Kind == DeadlineKind.MinutesDue);
        Assert.Contains(list, d => d.Kind == DeadlineKind.PurposeMissing);
    }

    [Fact]
    public void A_citizen_discharged_earlier_gets_no_open_deadlines_and_one_to_be_discharged_still_has_them()
    {
        Assert.DoesNotContain(On(FullCitizen(dischargedOn: D(2025, 12, 31)), D(2026, 3, 1)), d => !d.IsDone);
        Assert.Contains(On(FullCitizen(dischargedOn: D(2026, 3, 2)), D(2026, 3, 1)), d => !d.IsDone);
    }

    [Fact]
    public void Settings_that_cannot_be_a_cadence_are_refused()
    {
        var input = Citizen(D(2025, 3, 31));
        Assert.Throws<ArgumentOutOfRangeException>(() => Engine.For(input, Children with { DueSoonDays = -1 }, D(2026, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Engine.For(input, Adults with { StatusIntervalAdultsMonths = 0 }, D(2026, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Engine.For(input with { AgreedStatusIntervalMonths = 0 }, Adults, D(2026, 1, 1)));
    }

    [Fact]
    public void The_responsible_is_the_leader_for_calling_the_status_meeting_and_the_contact_team_for_the_rest()
    {
        var list = On(FullCitizen(dischargedOn: null), D(2026, 3, 1));
        Assert.All(list, d => Assert.Equal(d.Kind == DeadlineKind.StatusDue ? DeadlineResponsible.Leader : DeadlineResponsible.ContactTeam, d.Responsible));
    }

    /// <summary>A child with a plan, a goal, a purpose, a consent and a status meeting whose minutes are sent.</summary>
    private static DeadlineInput FullCitizen(DateOnly? dischargedOn)
    {
        var planId = Guid.NewGuid();
        return Citizen(D(2025, 8, 31), dischargedOn: dischargedOn) with
        {
            Plan = new PlanFacts(planId, D(2025, 9, 1), Retning.Domain.Plans.TemplateKind.Ics) { Periods = [new PeriodFacts(Guid.NewGuid(), D(2025, 9, 1))] },
            Goals = [new GoalFacts(Guid.NewGuid(), "Går selv i bad", true, Retning.Domain.Plans.GoalState.Active, D(2025, 10, 1), D(2026, 1, 1), 3, true)],
            Purposes = [new PurposeFacts(Guid.NewGuid(), D(2025, 9, 5))],
            Consents = [new ConsentFacts(Guid.NewGuid(), "Indhente oplysninger fra lægen", D(2025, 9, 10))],
            StatusMeetings = [new StatusMeetingFacts(Guid.NewGuid(), D(2026, 2, 20), new Completion(D(2026, 2, 5)), new Completion(D(2026, 2, 25), Guid.NewGuid()))],
        };
    }

    [Fact]
    public void Every_kind_state_and_responsible_has_a_Danish_label()
    {
        Assert.All(Enum.GetValues<DeadlineKind>(), k => Assert.NotEqual(k.ToString(), k.Danish()));
        Assert.All(Enum.GetValues<DeadlineState>(), s => Assert.NotEqual(s.ToString(), s.Danish()));
        Assert.All(Enum.GetValues<DeadlineResponsible>(), r => Assert.NotEqual(r.ToString(), r.Danish()));
    }
}
