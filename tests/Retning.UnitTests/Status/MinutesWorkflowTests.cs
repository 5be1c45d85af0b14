using Microsoft.Extensions.Time.Testing;
using Retning.Domain.Status;

namespace Retning.UnitTests.Status;

/// <summary>The minutes' workflow (docs/domain.md, "Status meetings and minutes"): written by the contact team, approved by the department head alone, sent, journalised.</summary>
public sealed class MinutesWorkflowTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static StatusMeeting Meeting(MinutesState state, DateOnly? on = null, DateOnly? cancelled = null) =>
        new() { On = on ?? Today.AddDays(-3), MinutesState = state, CancelledOn = cancelled };

    private static readonly MinutesActor Mette = new("Mette Kjær", IsOwner: true, IsDepartmentHead: false);
    private static readonly MinutesActor Anne = new("Anne Thomsen", IsOwner: true, IsDepartmentHead: true);
    private static readonly MinutesActor Outsider = new("Kim Kvalitet", IsOwner: false, IsDepartmentHead: false);

    private static string? Owner(MinutesStep step, StatusMeeting meeting) => MinutesWorkflow.Problem(step, meeting, Mette, Today);

    private static string? Head(MinutesStep step, StatusMeeting meeting, string? reason = null) =>
        MinutesWorkflow.Problem(step, meeting, Anne, Today, reason);

    [Fact]
    public void The_contact_team_writes_and_submits_a_draft_of_a_held_meeting()
    {
        Assert.Null(Owner(MinutesStep.SaveDraft, Meeting(MinutesState.NotWritten)));
        Assert.Null(Owner(MinutesStep.SaveDraft, Meeting(MinutesState.Draft)));
        Assert.Null(Owner(MinutesStep.SubmitForApproval, Meeting(MinutesState.Draft)));
        Assert.Null(Owner(MinutesStep.SubmitForApproval, Meeting(MinutesState.NotWritten, on: Today)));
    }

    [Fact]
    public void Minutes_of_a_meeting_not_yet_held_may_be_prepared_but_not_submitted()
    {
        var future = Meeting(MinutesState.Draft, on: Today.AddDays(1));
        Assert.Null(Owner(MinutesStep.SaveDraft, future));
        Assert.Equal("Mødet holdes 03-03-2026: referatet kan sendes til godkendelse, når mødet er holdt.", Owner(MinutesStep.SubmitForApproval, future));
    }

    [Fact]
    public void Only_the_department_head_approves_or_sends_back()
    {
        var waiting = Meeting(MinutesState.AwaitingApproval);
        const string onlyHead = "Kun afdelingslederen kan godkende referatet eller sende det tilbage.";
        Assert.Equal(onlyHead, Owner(MinutesStep.Approve, waiting));
        Assert.Equal(onlyHead, MinutesWorkflow.Problem(MinutesStep.SendBack, waiting, Mette, Today, "Ret punkt 3"));
        Assert.Null(Head(MinutesStep.Approve, waiting));
        Assert.Null(Head(MinutesStep.SendBack, waiting, "Ret punkt 3"));
    }

    [Fact]
    public void Sending_back_needs_a_reason()
    {
        var waiting = Meeting(MinutesState.AwaitingApproval);
        Assert.Equal("Skriv hvorfor referatet sendes tilbage.", Head(MinutesStep.SendBack, waiting, "  "));
        Assert.Equal("Skriv hvorfor referatet sendes tilbage.", Head(MinutesStep.SendBack, waiting));
    }

    [Fact]
    public void Minutes_are_sent_only_after_approval_and_journalised_only_after_sending()
    {
        const string notApproved = "Referatet kan først sendes til deltagerne, når afdelingslederen har godkendt det.";
        Assert.Equal(notApproved, Owner(MinutesStep.RecordSent, Meeting(MinutesState.NotWritten)));
        Assert.Equal(notApproved, Owner(MinutesStep.RecordSent, Meeting(MinutesState.Draft)));
        Assert.Equal(notApproved, Owner(MinutesStep.RecordSent, Meeting(MinutesState.AwaitingApproval)));
        Assert.Null(Owner(MinutesStep.RecordSent, Meeting(MinutesState.Approved)));
        Assert.NotNull(Owner(MinutesStep.Journalise, Meeting(MinutesState.Approved)));
        Assert.Null(Owner(MinutesStep.Journalise, Meeting(MinutesState.Sent)));
        Assert.NotNull(Owner(MinutesStep.RecordSent, Meeting(MinutesState.Sent)));
    }

    [Fact]
    public void Approved_minutes_are_not_written_again()
    {
        Assert.Equal("Det kan ikke lade sig gøre, når referatet er \"Godkendt\".", Owner(MinutesStep.SaveDraft, Meeting(MinutesState.Approved)));
        Assert.NotNull(Owner(MinutesStep.SubmitForApproval, Meeting(MinutesState.AwaitingApproval)));
        Assert.NotNull(Head(MinutesStep.Approve, Meeting(MinutesState.Approved)));
    }

    [Fact]
    public void Someone_outside_the_contact_team_and_the_leaders_cannot_write()
    {
        Assert.Equal("Kun borgerens kontaktteam og lederne kan skrive, sende og journalisere referatet.",
            MinutesWorkflow.Problem(MinutesStep.SaveDraft, Meeting(MinutesState.Draft), Outsider, Today));
    }

    [Fact]
    public void A_cancelled_meeting_has_no_minutes()
    {
        Assert.Equal("Mødet er aflyst, så der skrives ikke referat.", Owner(MinutesStep.SaveDraft, Meeting(MinutesState.NotWritten, cancelled: Today.AddDays(-5))));
    }

    [Fact]
    public void Submitting_needs_every_part_of_the_template()
    {
        Assert.Empty(MeetingRules.CheckMinutes("Anne, Mette", "1. Velkomst …", "Ingen nye aftaler", "Næste møde 01-09-2026"));
        Assert.Equal(["Attendance", "Discussion", "Agreements", "NextSteps"], MeetingRules.CheckMinutes(null, " ", "", null).Select(p => p.Field));
    }

    [Fact]
    public void Each_step_moves_the_minutes_on_and_records_who_did_it_when()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var meeting = Meeting(MinutesState.NotWritten);

        MinutesWorkflow.Apply(meeting, MinutesStep.SaveDraft, Mette, Today, clock.GetUtcNow().UtcDateTime);
        Assert.Equal((MinutesState.Draft, "Mette Kjær", (DateTime?)null), (meeting.MinutesState, meeting.MinutesWrittenBy, meeting.MinutesSubmittedUtc));

        clock.Advance(TimeSpan.FromHours(1));
        MinutesWorkflow.Apply(meeting, MinutesStep.SubmitForApproval, Mette, Today, clock.GetUtcNow().UtcDateTime);
        Assert.Equal((MinutesState.AwaitingApproval, new DateTime(2026, 3, 2, 10, 0, 0)), (meeting.MinutesState, meeting.MinutesSubmittedUtc!.Value));

        MinutesWorkflow.Apply(meeting, MinutesStep.SendBack, Anne, Today, clock.GetUtcNow().UtcDateTime, reason: "  Ret punkt 3. ");
        Assert.Equal((MinutesState.Draft, "Ret punkt 3."), (meeting.MinutesState, meeting.MinutesReturnedReason));

        MinutesWorkflow.Apply(meeting, MinutesStep.SubmitForApproval, Mette, Today, clock.GetUtcNow().UtcDateTime);
        clock.Advance(TimeSpan.FromHours(2));
        MinutesWorkflow.Apply(meeting, MinutesStep.Approve, Anne, Today, clock.GetUtcNow().UtcDateTime);
        Assert.Equal((MinutesState.Approved, "Anne Thomsen", new DateTime(2026, 3, 2, 12, 0, 0), (string?)null),
            (meeting.MinutesState, meeting.MinutesApprovedBy, meeting.MinutesApprovedUtc!.Value, meeting.MinutesReturnedReason));

        MinutesWorkflow.Apply(meeting, MinutesStep.RecordSent, Mette, Today, clock.GetUtcNow().UtcDateTime, on: Today);
        Assert.Equal((MinutesState.Sent, Today), (meeting.MinutesState, meeting.MinutesSentOn!.Value));

        MinutesWorkflow.Apply(meeting, MinutesStep.Journalise, Mette, Today, clock.GetUtcNow().UtcDateTime, on: Today);
        Assert.Equal((MinutesState.Journalised, Today), (meeting.MinutesState, meeting.MinutesJournalisedOn!.Value));
    }

    [Fact]
    public void A_step_that_is_not_allowed_is_refused_and_changes_nothing()
    {
        var waiting = Meeting(MinutesState.AwaitingApproval);

        var ex = Assert.Throws<InvalidOperationException>(() => MinutesWorkflow.Apply(waiting, MinutesStep.Approve, Mette, Today, DateTime.UtcNow));

        Assert.Equal("Kun afdelingslederen kan godkende referatet eller sende det tilbage.", ex.Message);
        Assert.Equal((MinutesState.AwaitingApproval, (string?)null), (waiting.MinutesState, waiting.MinutesApprovedBy));
    }

    [Fact]
    public void What_the_page_offers_follows_the_state_and_the_actor()
    {
        var waiting = Meeting(MinutesState.AwaitingApproval);
        Assert.True(MinutesWorkflow.CanTake(MinutesStep.Approve, waiting, Anne, Today));
        Assert.False(MinutesWorkflow.CanTake(MinutesStep.Approve, waiting, Mette, Today));
        Assert.False(MinutesWorkflow.CanTake(MinutesStep.SaveDraft, waiting, Mette, Today));
        Assert.True(MinutesWorkflow.CanTake(MinutesStep.SaveDraft, Meeting(MinutesState.Draft), Mette, Today));
        Assert.False(MinutesWorkflow.CanTake(MinutesStep.SaveDraft, Meeting(MinutesState.Draft), Outsider, Today));
    }
}
