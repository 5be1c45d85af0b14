using Retning.Domain.Deadlines;
using static Retning.UnitTests.Deadlines.Given;

namespace Retning.UnitTests.Deadlines;

/// <summary>Approval and sparring (docs/domain.md, "Status reports": colleagues give sparring, the department head approves statuses and minutes).</summary>
public sealed class ReviewDeadlineTests
{
    private static readonly Guid StatusId = Guid.Parse("6f0c3a57-0000-4000-8000-0000000000aa");
    private static readonly Guid MeetingId = Guid.Parse("6f0c3a57-0000-4000-8000-0000000000bb");

    private static DeadlineInput With(params ReviewFacts[] reviews) => Citizen(D(2025, 1, 10)) with { Reviews = reviews };

    [Fact]
    public void A_status_sent_for_approval_is_the_department_heads_task_with_the_day_it_was_sent()
    {
        var list = On(With(new ReviewFacts(ReviewKind.StatusApproval, StatusId, "status 01-06-2026 – 30-11-2026", D(2026, 12, 1))), D(2026, 12, 3));

        var task = Open(list, DeadlineKind.StatusApproval);
        Assert.Equal(DeadlineResponsible.DepartmentHead, task.Responsible);
        Assert.Equal("Status til godkendelse: status 01-06-2026 – 30-11-2026 (sendt 01-12-2026)", task.Title);
        Assert.Equal((StatusId, D(2026, 12, 8), DeadlineState.Due), (task.SubjectId, task.DueOn, task.State));
    }

    [Fact]
    public void Approval_cannot_wait_past_the_day_the_status_must_reach_the_caseworker()
    {
        // Meeting 20-12-2026: the status must leave by 06-12-2026, before the week's answer time runs out (08-12).
        var list = On(With(new ReviewFacts(ReviewKind.StatusApproval, StatusId, "status", D(2026, 12, 1), SendBy: D(2026, 12, 6))), D(2026, 12, 7));
        var task = Open(list, DeadlineKind.StatusApproval);
        Assert.Equal((D(2026, 12, 6), DeadlineState.Overdue), (task.DueOn, task.State));
    }

    [Fact]
    public void A_send_deadline_already_passed_makes_the_approval_due_the_day_it_was_sent() =>
        Assert.Equal(D(2026, 12, 1), Open(On(With(new ReviewFacts(ReviewKind.StatusApproval, StatusId, "status", D(2026, 12, 1), SendBy: D(2026, 11, 20))), D(2026, 12, 1)), DeadlineKind.StatusApproval).DueOn);

    [Fact]
    public void An_approved_or_returned_status_closes_the_task_with_the_status_as_evidence()
    {
        var done = Done(On(With(new ReviewFacts(ReviewKind.StatusApproval, StatusId, "status", D(2026, 12, 1), new Completion(D(2026, 12, 4)))), D(2026, 12, 10)), DeadlineKind.StatusApproval);
        Assert.Equal((D(2026, 12, 4), StatusId), (done.DoneOn, done.EvidenceId));
    }

    [Fact]
    public void Minutes_for_approval_and_a_status_for_sparring_have_their_own_kind_and_owner()
    {
        var list = On(With(
            new ReviewFacts(ReviewKind.MinutesApproval, MeetingId, "referat af statusmødet 01-12-2026", D(2026, 12, 2), SendBy: D(2026, 12, 8)),
            new ReviewFacts(ReviewKind.StatusSparring, StatusId, "status", D(2026, 12, 2))), D(2026, 12, 2));

        var minutes = Open(list, DeadlineKind.MinutesApproval);
        Assert.Equal((DeadlineResponsible.DepartmentHead, D(2026, 12, 8)), (minutes.Responsible, minutes.DueOn));
        Assert.StartsWith("Referat til godkendelse: referat af statusmødet 01-12-2026", minutes.Title, StringComparison.Ordinal);
        var sparring = Open(list, DeadlineKind.StatusSparring);
        Assert.Equal((DeadlineResponsible.Colleagues, D(2026, 12, 9)), (sparring.Responsible, sparring.DueOn));
        Assert.Equal("Status til sparring", DeadlineKind.StatusSparring.Danish());
    }

    [Fact]
    public void The_answer_time_is_the_offers_setting() =>
        Assert.Equal(D(2026, 12, 4), Open(On(With(new ReviewFacts(ReviewKind.StatusApproval, StatusId, "status", D(2026, 12, 1))), D(2026, 12, 1), Children with { ReviewDays = 3 }), DeadlineKind.StatusApproval).DueOn);

    [Fact]
    public void A_discharged_citizen_keeps_no_open_approval() =>
        Assert.DoesNotContain(On(Citizen(D(2025, 1, 10), dischargedOn: D(2026, 11, 30)) with { Reviews = [new ReviewFacts(ReviewKind.StatusApproval, StatusId, "status", D(2026, 11, 1))] }, D(2026, 12, 1)),
            d => d.Kind == DeadlineKind.StatusApproval);
}
