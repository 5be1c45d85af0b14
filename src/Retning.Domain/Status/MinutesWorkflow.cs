namespace Retning.Domain.Status;

/// <summary>The steps of the minutes' workflow.</summary>
public enum MinutesStep
{
    SaveDraft = 1,
    SubmitForApproval = 2,
    Approve = 3,
    SendBack = 4,
    RecordSent = 5,
    Journalise = 6,
}

/// <summary>
/// Who acts on the minutes: an owner (a member of the citizen's contact team or a leader of the
/// department) writes, sends and journalises; the department head alone approves or sends back.
/// </summary>
public sealed record MinutesActor(string Name, bool IsOwner, bool IsDepartmentHead);

/// <summary>
/// The minutes of a status meeting (docs/domain.md, "Status meetings and minutes"): the contact
/// team writes them, the department head alone approves them or sends them back with a reason,
/// then they are sent to all participants and journalised. Approved minutes are not written again.
/// </summary>
public static class MinutesWorkflow
{
    /// <summary>True when the actor may take the step now (what the page offers).</summary>
    public static bool CanTake(MinutesStep step, StatusMeeting meeting, MinutesActor actor, DateOnly today) =>
        Problem(step, meeting, actor, today, reason: "x") is null;

    /// <summary>Null when the actor may take the step on the meeting's minutes; otherwise why not, in Danish.</summary>
    public static string? Problem(MinutesStep step, StatusMeeting meeting, MinutesActor actor, DateOnly today, string? reason = null)
    {
        if (meeting.CancelledOn is not null)
        {
            return "Mødet er aflyst, så der skrives ikke referat.";
        }

        var state = meeting.MinutesState;
        var allowedFrom = step switch
        {
            MinutesStep.SaveDraft or MinutesStep.SubmitForApproval => state is MinutesState.NotWritten or MinutesState.Draft,
            MinutesStep.Approve or MinutesStep.SendBack => state == MinutesState.AwaitingApproval,
            MinutesStep.RecordSent => state == MinutesState.Approved,
            MinutesStep.Journalise => state == MinutesState.Sent,
            _ => false,
        };
        if (!allowedFrom)
        {
            return step == MinutesStep.RecordSent && state is MinutesState.NotWritten or MinutesState.Draft or MinutesState.AwaitingApproval
                ? "Referatet kan først sendes til deltagerne, når afdelingslederen har godkendt det."
                : $"Det kan ikke lade sig gøre, når referatet er \"{state.Danish()}\".";
        }

        if (IsDecision(step))
        {
            if (!actor.IsDepartmentHead)
            {
                return "Kun afdelingslederen kan godkende referatet eller sende det tilbage.";
            }
        }
        else if (!actor.IsOwner)
        {
            return "Kun borgerens kontaktteam og lederne kan skrive, sende og journalisere referatet.";
        }

        if (step == MinutesStep.SubmitForApproval && meeting.On > today)
        {
            return $"Mødet holdes {meeting.On.ToDanishDate()}: referatet kan sendes til godkendelse, når mødet er holdt.";
        }

        return step == MinutesStep.SendBack && string.IsNullOrWhiteSpace(reason) ? "Skriv hvorfor referatet sendes tilbage." : null;
    }

    /// <summary>Approving and sending back: the department head's decision.</summary>
    public static bool IsDecision(MinutesStep step) => step is MinutesStep.Approve or MinutesStep.SendBack;

    /// <summary>
    /// Takes the step (after <see cref="Problem"/> returned null): the minutes' new state and who
    /// did what when. <paramref name="reason"/> is the department head's reason for sending back;
    /// <paramref name="on"/> the day the minutes were sent or journalised. The text itself is the writer's.
    /// </summary>
    public static void Apply(StatusMeeting meeting, MinutesStep step, MinutesActor actor, DateOnly today, DateTime nowUtc,
        string? reason = null, DateOnly? on = null)
    {
        if (Problem(step, meeting, actor, today, reason) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        if (step is MinutesStep.RecordSent or MinutesStep.Journalise && on is null)
        {
            throw new ArgumentNullException(nameof(on), "Sending and journalising need their day.");
        }

        switch (step)
        {
            case MinutesStep.SaveDraft:
                meeting.MinutesState = MinutesState.Draft;
                meeting.MinutesWrittenBy = actor.Name;
                break;
            case MinutesStep.SubmitForApproval:
                meeting.MinutesState = MinutesState.AwaitingApproval;
                meeting.MinutesWrittenBy = actor.Name;
                meeting.MinutesSubmittedUtc = nowUtc;
                break;
            case MinutesStep.Approve:
                meeting.MinutesState = MinutesState.Approved;
                meeting.MinutesApprovedBy = actor.Name;
                meeting.MinutesApprovedUtc = nowUtc;
                meeting.MinutesReturnedReason = null;
                break;
            case MinutesStep.SendBack:
                meeting.MinutesState = MinutesState.Draft;
                meeting.MinutesReturnedReason = reason!.Trim();
                break;
            case MinutesStep.RecordSent:
                meeting.MinutesState = MinutesState.Sent;
                meeting.MinutesSentOn = on;
                break;
            case MinutesStep.Journalise:
                meeting.MinutesState = MinutesState.Journalised;
                meeting.MinutesJournalisedOn = on;
                break;
        }
    }
}
