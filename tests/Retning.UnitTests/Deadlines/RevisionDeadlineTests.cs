using Retning.Domain.Deadlines;
using static Retning.UnitTests.Deadlines.Given;

namespace Retning.UnitTests.Deadlines;

/// <summary>"Revidér planen" and "Efterspørg det reviderede formål" (docs/domain.md, "The individual plan").</summary>
public sealed class RevisionDeadlineTests
{
    private static readonly Guid RequestId = Guid.Parse("6f0c3a57-0000-4000-8000-0000000000a1");
    private static readonly Guid MeetingId = Guid.Parse("6f0c3a57-0000-4000-8000-0000000000b1");

    [Fact]
    public void An_open_request_is_a_task_for_the_contact_team_due_two_weeks_after_it_was_raised()
    {
        var input = Citizen(D(2025, 1, 1)) with { PlanRevisions = [new PlanRevisionFacts(RequestId, "  Nyt mål om fritid  ", D(2026, 3, 2))] };

        var task = Open(On(input, D(2026, 3, 20)), DeadlineKind.PlanRevision);

        Assert.Equal(("Revidér planen: Nyt mål om fritid", D(2026, 3, 16), DeadlineState.Overdue, DeadlineResponsible.ContactTeam, RequestId),
            (task.Title, task.DueOn, task.State, task.Responsible, task.SubjectId!.Value));
    }

    [Fact]
    public void A_long_text_is_shortened_in_the_title() =>
        Assert.Equal(16 + 80, Open(On(Citizen(D(2025, 1, 1)) with { PlanRevisions = [new PlanRevisionFacts(RequestId, new string('x', 300), D(2026, 3, 2))] }, D(2026, 3, 2)),
            DeadlineKind.PlanRevision).Title.Length);

    [Theory]
    [InlineData(10, null, 10)]   // marked done by hand
    [InlineData(null, 8, 8)]     // closed by a change of the plan
    [InlineData(12, 8, 8)]       // both: the earlier counts
    public void A_request_is_done_when_marked_or_when_the_plan_changed(int? resolvedDay, int? changedDay, int doneDay)
    {
        var facts = new PlanRevisionFacts(RequestId, "Ret udredningen", D(2026, 3, 2),
            resolvedDay is { } r ? D(2026, 3, r) : null, changedDay is { } c ? D(2026, 3, c) : null);

        var done = Done(On(Citizen(D(2025, 1, 1)) with { PlanRevisions = [facts] }, D(2026, 3, 20)), DeadlineKind.PlanRevision);

        Assert.Equal((D(2026, 3, doneDay), RequestId), (done.DoneOn!.Value, done.EvidenceId!.Value));
    }

    [Fact]
    public void A_revised_purpose_is_asked_for_until_a_purpose_revision_is_received_on_or_after_the_meeting()
    {
        var before = (Guid.NewGuid(), D(2026, 2, 1));
        var waiting = Citizen(D(2025, 1, 1)) with { RevisedPurposes = [new RevisedPurposeFacts(MeetingId, D(2026, 3, 2), [before])] };

        var open = Open(On(waiting, D(2026, 3, 5)), DeadlineKind.RevisedPurposeAwaited);
        Assert.Equal(("Efterspørg det reviderede formål hos kommunen (statusmødet 02-03-2026)", D(2026, 3, 16), MeetingId),
            (open.Title, open.DueOn, open.SubjectId!.Value));

        var revisionId = Guid.NewGuid();
        var received = waiting with { RevisedPurposes = [new RevisedPurposeFacts(MeetingId, D(2026, 3, 2), [before, (revisionId, D(2026, 3, 9))])] };
        var done = Done(On(received, D(2026, 3, 20)), DeadlineKind.RevisedPurposeAwaited);
        Assert.Equal((D(2026, 3, 9), revisionId), (done.DoneOn!.Value, done.EvidenceId!.Value));
    }

    [Fact]
    public void A_discharged_citizen_keeps_only_the_done_revisions()
    {
        var input = Citizen(D(2025, 1, 1), dischargedOn: D(2026, 3, 10)) with
        {
            PlanRevisions = [new PlanRevisionFacts(RequestId, "Åben", D(2026, 3, 2)), new PlanRevisionFacts(Guid.NewGuid(), "Lukket", D(2026, 3, 2), D(2026, 3, 5))],
        };

        var revisions = On(input, D(2026, 3, 20)).Where(d => d.Kind == DeadlineKind.PlanRevision).ToList();

        Assert.True(Assert.Single(revisions).IsDone);
    }
}
