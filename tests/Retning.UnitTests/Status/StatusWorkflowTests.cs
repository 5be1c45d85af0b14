using Retning.Domain.Status;

namespace Retning.UnitTests.Status;

/// <summary>The status workflow: who may take which step from which state, reasons, and the frozen-revision rule.</summary>
public sealed class StatusWorkflowTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private static readonly StatusActor ContactTeam = new(Guid.NewGuid(), "Mette Kjær", IsContactTeam: true, IsDepartmentHead: false, IsLeader: false);
    private static readonly StatusActor Colleague = new(Guid.NewGuid(), "Camilla", IsContactTeam: false, IsDepartmentHead: false, IsLeader: false);
    private static readonly StatusActor DepartmentHead = new(Guid.NewGuid(), "Anne Thomsen", IsContactTeam: false, IsDepartmentHead: true, IsLeader: true);
    private static readonly StatusActor OfferHead = new(Guid.NewGuid(), "Lars", IsContactTeam: false, IsDepartmentHead: false, IsLeader: true);

    [Fact]
    public void A_status_goes_from_draft_through_feedback_and_approval_to_sent_and_journalised()
    {
        var report = new StatusReport();
        var kinds = new List<StatusEventKind>
        {
            StatusWorkflow.Apply(report, StatusStep.AskForFeedback, ContactTeam, null, Now).Kind,
            StatusWorkflow.Apply(report, StatusStep.SubmitForApproval, ContactTeam, null, Now).Kind,
            StatusWorkflow.Apply(report, StatusStep.Approve, DepartmentHead, null, Now).Kind,
            StatusWorkflow.Apply(report, StatusStep.MarkSent, ContactTeam, null, Now).Kind,
            StatusWorkflow.Apply(report, StatusStep.Journalise, ContactTeam, "J.nr. 27.24.00-A00-1-26", Now).Kind,
        };
        Assert.Equal(StatusState.Journalised, report.State);
        Assert.Equal([StatusEventKind.AskedForFeedback, StatusEventKind.SubmittedForApproval, StatusEventKind.Approved, StatusEventKind.Sent, StatusEventKind.Journalised], kinds);
    }

    [Fact]
    public void Only_the_department_head_approves_or_sends_back()
    {
        foreach (var actor in new[] { ContactTeam, Colleague, OfferHead })
        {
            Assert.False(StatusWorkflow.CanTake(StatusStep.Approve, StatusState.AwaitingApproval, actor));
            Assert.NotNull(StatusWorkflow.Problem(StatusStep.SendBack, StatusState.AwaitingApproval, actor, "grund"));
        }

        Assert.True(StatusWorkflow.CanTake(StatusStep.Approve, StatusState.AwaitingApproval, DepartmentHead));
        Assert.Throws<InvalidOperationException>(() => StatusWorkflow.Apply(new StatusReport { State = StatusState.AwaitingApproval }, StatusStep.Approve, OfferHead, null, Now));
    }

    [Fact]
    public void Only_an_approved_status_is_sent_and_a_colleague_outside_the_contact_team_takes_no_steps()
    {
        foreach (var state in new[] { StatusState.Draft, StatusState.Feedback, StatusState.AwaitingApproval, StatusState.Sent, StatusState.Journalised })
        {
            Assert.False(StatusWorkflow.CanTake(StatusStep.MarkSent, state, ContactTeam));
        }

        Assert.True(StatusWorkflow.CanTake(StatusStep.MarkSent, StatusState.Approved, ContactTeam));
        Assert.True(StatusWorkflow.CanTake(StatusStep.MarkSent, StatusState.Approved, OfferHead)); // a leader may step in
        Assert.All(Enum.GetValues<StatusStep>(), step => Assert.False(StatusWorkflow.CanTake(step, StatusState.Draft, Colleague)));
    }

    [Fact]
    public void Sending_back_needs_a_reason_and_returns_the_status_to_the_contact_team()
    {
        var report = new StatusReport { State = StatusState.AwaitingApproval };
        Assert.Equal("Skriv en begrundelse.", StatusWorkflow.Problem(StatusStep.SendBack, report.State, DepartmentHead, "  "));
        var e = StatusWorkflow.Apply(report, StatusStep.SendBack, DepartmentHead, " Målgruppen mangler. ", Now);
        Assert.Equal((StatusState.Draft, "Målgruppen mangler."), (report.State, report.ReturnedReason));
        Assert.Equal(("Anne Thomsen", "Målgruppen mangler.", Now), (e.UserName, e.Note, e.AtUtc));
        StatusWorkflow.Apply(report, StatusStep.SubmitForApproval, ContactTeam, null, Now);
        StatusWorkflow.Apply(report, StatusStep.Approve, DepartmentHead, null, Now);
        Assert.Null(report.ReturnedReason);
    }

    [Fact]
    public void A_change_after_approval_is_a_new_revision_with_a_reason()
    {
        var report = new StatusReport { State = StatusState.Sent, RevisionNumber = 1 };
        Assert.False(report.State.IsEditable());
        Assert.Equal("Skriv en begrundelse.", StatusWorkflow.Problem(StatusStep.NewRevision, report.State, ContactTeam, null));
        var e = StatusWorkflow.Apply(report, StatusStep.NewRevision, ContactTeam, "Kommunen bad om uddybning af skolegangen", Now);
        Assert.Equal((StatusState.Draft, 2, 2), (report.State, report.RevisionNumber, e.RevisionNumber));
        Assert.True(report.State.IsEditable());
        Assert.NotNull(StatusWorkflow.Problem(StatusStep.NewRevision, StatusState.Draft, ContactTeam, "x"));
    }

    [Fact]
    public void Comments_are_open_until_approval()
    {
        Assert.True(StatusWorkflow.IsOpenForComments(StatusState.Feedback));
        Assert.True(StatusWorkflow.IsOpenForComments(StatusState.AwaitingApproval));
        Assert.False(StatusWorkflow.IsOpenForComments(StatusState.Approved));
        Assert.False(StatusWorkflow.IsOpenForComments(StatusState.Sent));
    }

    [Fact]
    public void Colleagues_and_leaders_comment_and_the_quality_officer_only_reads()
    {
        Assert.True(StatusWorkflow.MayComment(new HashSet<Retning.Domain.Organisation.StaffRole> { Retning.Domain.Organisation.StaffRole.CareWorker }));
        Assert.True(StatusWorkflow.MayComment(new HashSet<Retning.Domain.Organisation.StaffRole> { Retning.Domain.Organisation.StaffRole.OfferHead }));
        Assert.False(StatusWorkflow.MayComment(new HashSet<Retning.Domain.Organisation.StaffRole> { Retning.Domain.Organisation.StaffRole.QualityOfficer }));
        Assert.False(StatusWorkflow.MayComment(new HashSet<Retning.Domain.Organisation.StaffRole>()));
    }
}
