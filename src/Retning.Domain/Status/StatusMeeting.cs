namespace Retning.Domain.Status;

/// <summary>Who takes part in a status meeting.</summary>
public enum ParticipantRole
{
    Caseworker = 1,
    Citizen = 2,
    CustodyHolder = 3,
    Guardian = 4,
    Relative = 5,
    Staff = 6,
    Other = 7,
}

/// <summary>Where the minutes of a meeting are (docs/domain.md, "Status meetings and minutes": written by the contact team, approved by the leader, sent to all within 7 days, journalised).</summary>
public enum MinutesState
{
    NotWritten = 0,
    Draft = 1,
    AwaitingApproval = 2,
    Approved = 3,
    Sent = 4,
    Journalised = 5,
}

/// <summary>
/// A status meeting with the municipality (docs/domain.md, "Status meetings and minutes": two a year for children, one for adults,
/// called by the department head): date, place, participants, agenda; the status and agenda go to
/// the caseworker at least 14 days before; the minutes go to all participants within 7 days after.
/// </summary>
public class StatusMeeting : IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CitizenId { get; set; }
    public DateOnly On { get; set; }
    public TimeOnly? At { get; set; }
    public string? Place { get; set; }
    public string? Agenda { get; set; }

    /// <summary>Set when the meeting is cancelled (it then sets no deadlines).</summary>
    public DateOnly? CancelledOn { get; set; }

    /// <summary>The day the status and agenda were sent to the caseworker (the evidence of the send deadline).</summary>
    public DateOnly? StatusSentOn { get; set; }
    public Guid? StatusDisclosureId { get; set; }

    public MinutesState MinutesState { get; set; } = MinutesState.NotWritten;

    /// <summary>The minutes in the template's parts.</summary>
    public string? MinutesAttendance { get; set; }
    public string? MinutesDiscussion { get; set; }
    public string? MinutesAgreements { get; set; }
    public string? MinutesNextSteps { get; set; }

    /// <summary>
    /// The meeting's answer to "Skal den individuelle plan revideres?" (the regional guideline, docs/domain.md, "Status meetings and minutes": "Efter
    /// udarbejdelse af status og evt. statusmøde med kommunen tages stilling til om den individuelle
    /// plan skal revideres"); null until answered. "Ja" raises a <see cref="Plans.PlanRevisionRequest"/>.
    /// </summary>
    public bool? MinutesPlanRevisionNeeded { get; set; }
    public string? MinutesPlanRevisionNote { get; set; }

    /// <summary>Whether the municipality revised its action plan at the meeting (the regional guideline: "kan kommunen vælge at revidere den kommunale handleplan og formålet").</summary>
    public bool? MunicipalityRevisedActionPlan { get; set; }

    /// <summary>Whether the municipality revised the purpose: then the revised purpose is asked for until it is received.</summary>
    public bool? MunicipalityRevisedPurpose { get; set; }

    public string? MinutesWrittenBy { get; set; }

    /// <summary>When the minutes were last handed to the department head for approval: the day her task shows (docs/domain.md, "Tasks and deadlines").</summary>
    public DateTime? MinutesSubmittedUtc { get; set; }
    public string? MinutesApprovedBy { get; set; }
    public DateTime? MinutesApprovedUtc { get; set; }
    public string? MinutesReturnedReason { get; set; }

    /// <summary>The day the minutes were sent to all participants (the evidence of the minutes deadline).</summary>
    public DateOnly? MinutesSentOn { get; set; }
    public DateOnly? MinutesJournalisedOn { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public int Version { get; set; }

    public List<MeetingParticipant> Participants { get; set; } = [];
}

/// <summary>A participant: role, name and, for sending the minutes, an address.</summary>
public class MeetingParticipant
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MeetingId { get; set; }
    public ParticipantRole Role { get; set; }
    public required string Name { get; set; }
    public string? Contact { get; set; }
}
