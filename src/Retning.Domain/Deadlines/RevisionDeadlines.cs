namespace Retning.Domain.Deadlines;

/// <summary>
/// A request to revise the plan: raised on a day with a text; done on the day someone marked it
/// done, or on the first change of the plan after it was raised (<see cref="Plans.PlanRevisionRules.ChangedAfter"/>).
/// </summary>
public sealed record PlanRevisionFacts(Guid Id, string Text, DateOnly RaisedOn, DateOnly? ResolvedOn = null, DateOnly? PlanChangedOn = null);

/// <summary>A status meeting at which the municipality revised the purpose, and the days purpose revisions were received (any purpose of the citizen).</summary>
public sealed record RevisedPurposeFacts(Guid MeetingId, DateOnly MeetingOn, IReadOnlyList<(Guid Id, DateOnly ReceivedOn)> PurposeRevisionsReceived);

/// <summary>
/// The loops that keep the plan current (docs/domain.md, "The individual plan"; the regional guideline): "Evaluering af mål og delmål vil altid
/// medføre, at der skal tages stilling til, om der skal ske en revidering (af dele) af den
/// individuelle plan"; "Efter udarbejdelse af status og evt. statusmøde med kommunen tages
/// stilling til om den individuelle plan skal revideres"; and when the municipality revises its
/// action plan and purpose after a status meeting, "Tilbuddet skal sikre, at det reviderede
/// formål efterspørges og skrives ind i den individuelle plan". The guidelines set no time for either;
/// Retning gives the contact team <see cref="RevisionDays"/> and <see cref="PurposeRequestDays"/>.
/// </summary>
public static class RevisionDeadlines
{
    /// <summary>Days from the evaluation or meeting to the revised plan (Retning's choice: two weeks, the time to the next team meeting).</summary>
    public const int RevisionDays = 14;

    /// <summary>Days from the meeting until the revised purpose is asked for (Retning's choice).</summary>
    public const int PurposeRequestDays = 14;

    public const string RevisionTitlePrefix = "Revidér planen: ";
    public const string PurposeTitle = "Efterspørg det reviderede formål hos kommunen";

    internal static void Add(DeadlineList list, DeadlineInput input)
    {
        foreach (var request in input.PlanRevisions)
        {
            var title = RevisionTitlePrefix + Deadlines.Short(request.Text);
            var dueOn = request.RaisedOn.AddDays(RevisionDays);
            var doneOn = Earliest(request.ResolvedOn, request.PlanChangedOn);
            if (doneOn is { } done)
            {
                list.Done(DeadlineKind.PlanRevision, request.Id, title, dueOn, DeadlineResponsible.ContactTeam, done, request.Id);
            }
            else
            {
                list.Open(DeadlineKind.PlanRevision, request.Id, title, dueOn, DeadlineResponsible.ContactTeam);
            }
        }

        foreach (var meeting in input.RevisedPurposes)
        {
            var title = $"{PurposeTitle} (statusmødet {meeting.MeetingOn.ToDanishDate()})";
            var dueOn = meeting.MeetingOn.AddDays(PurposeRequestDays);
            if (FirstReceived(meeting) is { } received)
            {
                list.Done(DeadlineKind.RevisedPurposeAwaited, meeting.MeetingId, title, dueOn, DeadlineResponsible.ContactTeam, received.ReceivedOn, received.Id);
            }
            else
            {
                list.Open(DeadlineKind.RevisedPurposeAwaited, meeting.MeetingId, title, dueOn, DeadlineResponsible.ContactTeam);
            }
        }
    }

    /// <summary>The first purpose revision received on or after the meeting's day; null while the revised purpose is awaited.</summary>
    public static (Guid Id, DateOnly ReceivedOn)? FirstReceived(RevisedPurposeFacts meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var received = meeting.PurposeRevisionsReceived.Where(r => r.ReceivedOn >= meeting.MeetingOn).OrderBy(r => r.ReceivedOn).ToList();
        return received.Count == 0 ? null : received[0];
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is { } x && b is { } y ? (x < y ? x : y) : a ?? b;
}
