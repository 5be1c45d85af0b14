using Retning.Domain.Deadlines;
using static Retning.UnitTests.Deadlines.Given;

namespace Retning.UnitTests.Deadlines;

/// <summary>
/// Status meetings (docs/domain.md, "Status meetings and minutes": twice a year under 18, once a year from 18; status sent 14 days
/// before, minutes within 7 days) and the municipal agreement (the regional guideline's note 5).
/// </summary>
public sealed class StatusDeadlineTests
{
    private static readonly DateOnly Child = D(2015, 6, 1);
    private static readonly DateOnly Adult = D(1990, 6, 1);

    [Fact]
    public void A_childs_first_status_is_due_six_months_after_enrolment_and_the_leader_calls_it()
    {
        // Enrolled 31-08-2025 + 6 months = 28-02-2026 (2026 is a common year).
        var deadline = Open(On(Citizen(D(2025, 8, 31), Child), D(2025, 9, 1)), DeadlineKind.StatusDue);

        Assert.Equal((D(2026, 2, 28), DeadlineResponsible.Leader, (Guid?)null), (deadline.DueOn, deadline.Responsible, deadline.SubjectId));
        Assert.Equal("Statusmøde holdes (to gange om året for børn og unge under 18 år)", deadline.Title);
    }

    [Fact]
    public void Enrolment_on_31_August_before_a_leap_year_makes_the_childs_status_due_on_29_February() =>
        // 31-08-2027 + 6 months = 29-02-2028.
        Assert.Equal(D(2028, 2, 29), Open(On(Citizen(D(2027, 8, 31), Child), D(2027, 9, 1)), DeadlineKind.StatusDue).DueOn);

    [Fact]
    public void An_adults_status_after_a_meeting_on_29_February_is_due_on_28_February_the_next_year()
    {
        // Meeting 29-02-2028 + 12 months = 28-02-2029.
        var input = Citizen(D(2020, 1, 1), Adult) with { StatusMeetings = [new StatusMeetingFacts(Guid.NewGuid(), D(2028, 2, 29))] };
        var deadline = Open(On(input, D(2028, 3, 1), Adults), DeadlineKind.StatusDue);
        Assert.Equal((D(2029, 2, 28), "Statusmøde holdes (én gang om året fra 18 år)"), (deadline.DueOn, deadline.Title));
    }

    [Fact]
    public void An_agreement_with_the_municipality_overrides_the_yearly_cadence()
    {
        // The regional guideline's note 5: status every second year. Last status 15-05-2025 + 24 months = 15-05-2027.
        var input = Citizen(D(2020, 1, 1), Adult) with { LastStatusOn = D(2025, 5, 15), AgreedStatusIntervalMonths = 24 };
        var deadline = Open(On(input, D(2026, 6, 1), Adults), DeadlineKind.StatusDue);

        Assert.Equal((D(2027, 5, 15), DeadlineState.Upcoming), (deadline.DueOn, deadline.State));
        Assert.Equal("Statusmøde holdes (hver 24. måned efter aftale med kommunen)", deadline.Title);
    }

    [Fact]
    public void An_agreement_overrides_the_childrens_cadence_too()
    {
        // Enrolled 15-01-2025, agreed 12 months → 15-01-2026 instead of 15-07-2025.
        var input = Citizen(D(2025, 1, 15), Child) with { AgreedStatusIntervalMonths = 12 };
        Assert.Equal(D(2026, 1, 15), Open(On(input, D(2025, 2, 1)), DeadlineKind.StatusDue).DueOn);
    }

    [Fact]
    public void Without_an_agreement_the_same_adult_is_due_a_year_after_the_last_status()
    {
        // Last status 15-05-2025 + 12 months = 15-05-2026; on 01-06-2026 it is overdue.
        var deadline = Open(On(Citizen(D(2020, 1, 1), Adult) with { LastStatusOn = D(2025, 5, 15) }, D(2026, 6, 1), Adults), DeadlineKind.StatusDue);
        Assert.Equal((D(2026, 5, 15), DeadlineState.Overdue), (deadline.DueOn, deadline.State));
    }

    [Theory]
    [InlineData(2008, 5, 20, 2027, 1, 10)] // 18 on 20-05-2026, before 10-07-2026 → yearly: 10-01-2027
    [InlineData(2008, 9, 1, 2026, 7, 10)]  // still 17 on 10-07-2026 → half-yearly: 10-07-2026
    [InlineData(2008, 7, 10, 2027, 1, 10)] // 18 on the very day it would fall due → yearly
    public void The_cadence_is_the_one_in_force_on_the_day_the_status_would_fall_due(int by, int bm, int bd, int y, int m, int d)
    {
        var input = Citizen(D(2020, 1, 1), D(by, bm, bd)) with { LastStatusOn = D(2026, 1, 10) };
        Assert.Equal(D(y, m, d), Open(On(input, D(2026, 1, 11)), DeadlineKind.StatusDue).DueOn);
    }

    [Theory]
    [InlineData(2026, 3, 10, 2026, 2, 24)] // 10-03 − 14 days across a 28-day February
    [InlineData(2028, 3, 10, 2028, 2, 25)] // … and across a 29-day February
    [InlineData(2026, 1, 5, 2025, 12, 22)] // across the new year
    public void The_status_is_sent_at_the_latest_14_days_before_the_meeting(int y, int m, int d, int ey, int em, int ed)
    {
        var meetingId = Guid.NewGuid();
        var input = Citizen(D(2025, 1, 1), Child) with { StatusMeetings = [new StatusMeetingFacts(meetingId, D(y, m, d))] };
        var deadline = Open(On(input, D(2025, 12, 1)), DeadlineKind.StatusSendDeadline);

        Assert.Equal((D(ey, em, ed), meetingId, DeadlineResponsible.ContactTeam), (deadline.DueOn, deadline.SubjectId, deadline.Responsible));
        Assert.Equal($"Status sendes senest 14 dage før statusmødet {D(y, m, d):dd-MM-yyyy}", deadline.Title);
    }

    [Theory]
    [InlineData(2026, 2, 25, 2026, 3, 4)]  // 25-02 + 7 days in a common year
    [InlineData(2028, 2, 25, 2028, 3, 3)]  // … and in a leap year (29-02 counts)
    [InlineData(2025, 12, 29, 2026, 1, 5)] // across the new year
    public void The_minutes_are_sent_within_7_days_after_the_meeting(int y, int m, int d, int ey, int em, int ed)
    {
        var input = Citizen(D(2025, 1, 1), Child) with { StatusMeetings = [new StatusMeetingFacts(Guid.NewGuid(), D(y, m, d))] };
        var deadline = Open(On(input, D(2025, 12, 1)), DeadlineKind.MinutesDue);

        Assert.Equal(D(ey, em, ed), deadline.DueOn);
        Assert.Equal($"Referat sendes senest 7 dage efter statusmødet {D(y, m, d):dd-MM-yyyy}", deadline.Title);
    }

    [Fact]
    public void Sent_status_and_minutes_are_done_with_their_evidence()
    {
        var meetingId = Guid.NewGuid();
        var minutesId = Guid.NewGuid();
        var meeting = new StatusMeetingFacts(meetingId, D(2026, 2, 20), StatusSent: new Completion(D(2026, 2, 5)), MinutesSent: new Completion(D(2026, 2, 26), minutesId));
        var list = On(Citizen(D(2025, 8, 31), Child) with { StatusMeetings = [meeting] }, D(2026, 3, 1));

        var sent = Done(list, DeadlineKind.StatusSendDeadline);
        Assert.Equal((D(2026, 2, 6), D(2026, 2, 5), meetingId), (sent.DueOn, sent.DoneOn, sent.EvidenceId)); // no evidence id → the meeting
        var minutes = Done(list, DeadlineKind.MinutesDue);
        Assert.Equal((D(2026, 2, 27), D(2026, 2, 26), minutesId), (minutes.DueOn, minutes.DoneOn, minutes.EvidenceId));
        Assert.DoesNotContain(list, d => d.Kind is DeadlineKind.StatusSendDeadline or DeadlineKind.MinutesDue && !d.IsDone);
    }

    [Fact]
    public void Minutes_not_sent_7_days_after_the_meeting_are_overdue()
    {
        var input = Citizen(D(2025, 8, 31), Child) with { StatusMeetings = [new StatusMeetingFacts(Guid.NewGuid(), D(2026, 2, 20))] };
        Assert.Equal(DeadlineState.Due, Open(On(input, D(2026, 2, 27)), DeadlineKind.MinutesDue).State);
        Assert.Equal(DeadlineState.Overdue, Open(On(input, D(2026, 2, 28)), DeadlineKind.MinutesDue).State);
    }

    [Fact]
    public void A_held_meeting_is_done_for_the_status_it_answered_and_the_next_counts_from_it()
    {
        // Enrolled 31-08-2025: due 28-02-2026; held 20-02-2026 → next 20-08-2026.
        var meetingId = Guid.NewGuid();
        var input = Citizen(D(2025, 8, 31), Child) with { StatusMeetings = [new StatusMeetingFacts(meetingId, D(2026, 2, 20))] };
        var list = On(input, D(2026, 3, 1));

        var done = Done(list, DeadlineKind.StatusDue);
        Assert.Equal((D(2026, 2, 28), D(2026, 2, 20), meetingId, DeadlineResponsible.Leader), (done.DueOn, done.DoneOn, done.EvidenceId, done.Responsible));
        Assert.Equal(D(2026, 8, 20), Open(list, DeadlineKind.StatusDue).DueOn);
    }

    [Fact]
    public void Two_held_meetings_each_answer_their_own_status()
    {
        // 31-08-2025 → due 28-02-2026 (held 20-02-2026) → due 20-08-2026 (held 01-09-2026, late) → next 01-03-2027.
        var first = new StatusMeetingFacts(Guid.NewGuid(), D(2026, 2, 20));
        var second = new StatusMeetingFacts(Guid.NewGuid(), D(2026, 9, 1));
        var list = On(Citizen(D(2025, 8, 31), Child) with { StatusMeetings = [second, first] }, D(2026, 9, 2));

        Assert.Equal([(D(2026, 2, 28), D(2026, 2, 20)), (D(2026, 8, 20), D(2026, 9, 1))],
            list.Where(d => d.Kind == DeadlineKind.StatusDue && d.IsDone).Select(d => (d.DueOn, d.DoneOn!.Value)));
        Assert.Equal(D(2027, 3, 1), Open(list, DeadlineKind.StatusDue).DueOn);
    }

    [Fact]
    public void A_planned_meeting_does_not_move_the_status_cadence_until_it_is_held()
    {
        // Planned for 10-03-2026; status still due 28-02-2026 (overdue on 01-03); send deadline 24-02-2026 overdue.
        var input = Citizen(D(2025, 8, 31), Child) with { StatusMeetings = [new StatusMeetingFacts(Guid.NewGuid(), D(2026, 3, 10))] };
        var list = On(input, D(2026, 3, 1));

        (DateOnly, DeadlineState) Of(DeadlineKind kind) => (Open(list, kind).DueOn, Open(list, kind).State);
        Assert.Equal((D(2026, 2, 28), DeadlineState.Overdue), Of(DeadlineKind.StatusDue));
        Assert.Equal((D(2026, 2, 24), DeadlineState.Overdue), Of(DeadlineKind.StatusSendDeadline));
        Assert.Equal((D(2026, 3, 17), DeadlineState.Upcoming), Of(DeadlineKind.MinutesDue));
        Assert.DoesNotContain(list, d => d.Kind == DeadlineKind.StatusDue && d.IsDone);
    }

    [Fact]
    public void The_offer_may_set_other_days_for_sending_and_minutes()
    {
        var settings = Children with { StatusSendDaysBeforeMeeting = 21, MinutesDaysAfterMeeting = 10 };
        var input = Citizen(D(2025, 8, 31), Child) with { StatusMeetings = [new StatusMeetingFacts(Guid.NewGuid(), D(2026, 3, 10))] };
        var list = On(input, D(2026, 1, 1), settings);

        Assert.Equal(D(2026, 2, 17), Open(list, DeadlineKind.StatusSendDeadline).DueOn); // 10-03 − 21 days
        Assert.Equal(D(2026, 3, 20), Open(list, DeadlineKind.MinutesDue).DueOn);        // 10-03 + 10 days
    }
}
