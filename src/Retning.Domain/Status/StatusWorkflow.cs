namespace Retning.Domain.Status;

/// <summary>The steps a person can take on a status.</summary>
public enum StatusStep
{
    AskForFeedback = 1,
    SubmitForApproval = 2,
    SendBack = 3,
    Approve = 4,
    MarkSent = 5,
    Journalise = 6,
    NewRevision = 7,
}

/// <summary>
/// Who is acting, in the citizen's department: a member of the citizen's contact team, the
/// department head (who alone approves, docs/domain.md, "Status reports": "Status godkendes af afdelingsleder"), or another leader.
/// </summary>
public sealed record StatusActor(Guid UserId, string Name, bool IsContactTeam, bool IsDepartmentHead, bool IsLeader)
{
    /// <summary>The contact team owns the status; leaders may step in.</summary>
    public bool IsOwner => IsContactTeam || IsLeader;
}

/// <summary>
/// The status workflow (docs/domain.md, "Status reports"): the contact team drafts and asks colleagues for feedback, the
/// department head approves or sends it back with a reason, the contact team sends and journalises
/// it. An approved status is frozen; a later change opens a new revision, with a reason.
/// </summary>
public static class StatusWorkflow
{
    // The longest text of each field (docs/architecture.md, "House rules"): the form refuses more (TextLimitAttribute), the column holds no more.
    public const int MaxSectionText = TextLimits.LongText;
    public const int MaxComment = TextLimits.Paragraph;
    public const int MaxReason = 1000;
    public const int MaxRecipient = TextLimits.Name;
    public const int MaxInformedWhom = 300;
    public const int MaxNote = 1000;

    public static StatusEventKind EventOf(StatusStep step) => step switch
    {
        StatusStep.AskForFeedback => StatusEventKind.AskedForFeedback,
        StatusStep.SubmitForApproval => StatusEventKind.SubmittedForApproval,
        StatusStep.SendBack => StatusEventKind.SentBack,
        StatusStep.Approve => StatusEventKind.Approved,
        StatusStep.MarkSent => StatusEventKind.Sent,
        StatusStep.Journalise => StatusEventKind.Journalised,
        StatusStep.NewRevision => StatusEventKind.NewRevision,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    /// <summary>True when the actor may take the step from the state (what the page offers as buttons).</summary>
    public static bool CanTake(StatusStep step, StatusState state, StatusActor actor) => Problem(step, state, actor, reason: "x") is null;

    /// <summary>Null when the step is allowed; otherwise why not, in Danish.</summary>
    public static string? Problem(StatusStep step, StatusState state, StatusActor actor, string? reason)
    {
        var allowedFrom = step switch
        {
            StatusStep.AskForFeedback => state == StatusState.Draft,
            StatusStep.SubmitForApproval => state is StatusState.Draft or StatusState.Feedback,
            StatusStep.SendBack or StatusStep.Approve => state == StatusState.AwaitingApproval,
            StatusStep.MarkSent => state == StatusState.Approved,
            StatusStep.Journalise => state == StatusState.Sent,
            StatusStep.NewRevision => state is StatusState.Approved or StatusState.Sent or StatusState.Journalised,
            _ => false,
        };
        if (!allowedFrom)
        {
            return $"Det kan ikke lade sig gøre, når status er \"{state.Danish()}\".";
        }

        var mayAct = step is StatusStep.Approve or StatusStep.SendBack ? actor.IsDepartmentHead : actor.IsOwner;
        if (!mayAct)
        {
            return step is StatusStep.Approve or StatusStep.SendBack
                ? "Kun afdelingslederen kan godkende eller sende en status tilbage."
                : "Kun borgerens kontaktteam og lederne kan gøre det.";
        }

        return step is StatusStep.SendBack or StatusStep.NewRevision && string.IsNullOrWhiteSpace(reason)
            ? "Skriv en begrundelse."
            : null;
    }

    /// <summary>Takes the step (after <see cref="Problem"/> returned null) and returns the history row.</summary>
    public static StatusEvent Apply(StatusReport report, StatusStep step, StatusActor actor, string? reason, DateTime nowUtc)
    {
        if (Problem(step, report.State, actor, reason) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var note = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        switch (step)
        {
            case StatusStep.AskForFeedback:
                report.State = StatusState.Feedback;
                break;
            case StatusStep.SubmitForApproval:
                report.State = StatusState.AwaitingApproval;
                break;
            case StatusStep.SendBack:
                report.State = StatusState.Draft;
                report.ReturnedReason = note;
                break;
            case StatusStep.Approve:
                report.State = StatusState.Approved;
                report.ReturnedReason = null;
                break;
            case StatusStep.MarkSent:
                report.State = StatusState.Sent;
                break;
            case StatusStep.Journalise:
                report.State = StatusState.Journalised;
                break;
            case StatusStep.NewRevision:
                report.State = StatusState.Draft;
                report.RevisionNumber++;
                report.RevisionReason = note;
                break;
        }

        return new StatusEvent
        {
            StatusReportId = report.Id, Kind = EventOf(step), RevisionNumber = report.RevisionNumber,
            UserId = actor.UserId, UserName = actor.Name, Note = note, AtUtc = nowUtc,
        };
    }

    /// <summary>Colleagues in the department give feedback ("sparring"); a quality officer only reads.</summary>
    public static bool MayComment(IReadOnlySet<Organisation.StaffRole> rolesInDepartment) =>
        rolesInDepartment.Any(r => r is Organisation.StaffRole.CareWorker or Organisation.StaffRole.DepartmentHead or Organisation.StaffRole.OfferHead);

    /// <summary>Comments ("sparring") are welcome while the status is being written or awaits approval.</summary>
    public static bool IsOpenForComments(StatusState state) => state is StatusState.Draft or StatusState.Feedback or StatusState.AwaitingApproval;

    public static string Danish(this StatusEventKind kind) => kind switch
    {
        StatusEventKind.Created => "Oprettet",
        StatusEventKind.AskedForFeedback => "Sendt til sparring",
        StatusEventKind.SubmittedForApproval => "Sendt til godkendelse",
        StatusEventKind.SentBack => "Sendt tilbage af afdelingslederen",
        StatusEventKind.Approved => "Godkendt",
        StatusEventKind.Sent => "Sendt til kommunen",
        StatusEventKind.Journalised => "Journaliseret",
        StatusEventKind.NewRevision => "Ny version påbegyndt",
        _ => kind.ToString(),
    };

    public static string Danish(this StatusStep step) => step switch
    {
        StatusStep.AskForFeedback => "Send til sparring",
        StatusStep.SubmitForApproval => "Send til godkendelse",
        StatusStep.SendBack => "Send tilbage",
        StatusStep.Approve => "Godkend",
        StatusStep.MarkSent => "Registrér afsendelse",
        StatusStep.Journalise => "Marker som journaliseret",
        StatusStep.NewRevision => "Ny version",
        _ => step.ToString(),
    };
}
