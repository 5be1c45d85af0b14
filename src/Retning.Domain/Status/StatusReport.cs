namespace Retning.Domain.Status;

/// <summary>
/// A status report to the municipality for one citizen and one period: backward-looking, a
/// concentrate of the plan's work in the period (the regional guideline; docs/domain.md, "Status reports"). Its sections are edited as a draft;
/// approval freezes them as a <see cref="StatusRevision"/>, and a change after that is a new
/// revision with a reason — a sent revision is never changed.
/// </summary>
public class StatusReport : IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CitizenId { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }

    /// <summary>The status date (normally the meeting's): it decides the layout by the citizen's age then.</summary>
    public DateOnly StatusDate { get; set; }

    public StatusLayout Layout { get; set; }
    public StatusState State { get; set; } = StatusState.Draft;

    /// <summary>The status meeting it is for, when one is planned.</summary>
    public Guid? MeetingId { get; set; }

    /// <summary>The revision being written or last approved: 1 at first, +1 for each change after approval.</summary>
    public int RevisionNumber { get; set; } = 1;

    /// <summary>Why the current revision was opened after an approval (null for revision 1).</summary>
    public string? RevisionReason { get; set; }

    /// <summary>The department head's reason when they last sent it back.</summary>
    public string? ReturnedReason { get; set; }

    /// <summary>The contact team's choice to list every score in an appendix (the status itself summarises them per month).</summary>
    public bool IncludeScoresAppendix { get; set; }

    public string CreatedBy { get; set; } = string.Empty;
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public int Version { get; set; }

    public List<StatusSection> Sections { get; set; } = [];
    public List<StatusGoal> Goals { get; set; } = [];
}

/// <summary>One section's text: "since last status" on the left, "ahead" on the right where the section has one.</summary>
public class StatusSection
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid StatusReportId { get; set; }
    public StatusSectionKey Key { get; set; }

    /// <summary>Only the relevant parts go to the municipality (data minimisation): a section can be left out.</summary>
    public bool Included { get; set; } = true;

    public string? SinceText { get; set; }
    public string? AheadText { get; set; }
}

/// <summary>A goal or sub-goal the contact team chose to include (the rest of the plan stays out).</summary>
public class StatusGoal
{
    public Guid StatusReportId { get; set; }
    public Guid GoalId { get; set; }
}

/// <summary>A colleague's feedback ("sparring") on a section, or on the whole status when the section is null.</summary>
public class StatusComment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StatusReportId { get; set; }
    public StatusSectionKey? Section { get; set; }
    public int RevisionNumber { get; set; }
    public Guid AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>What happened to a status, for its history.</summary>
public enum StatusEventKind
{
    Created = 1,
    AskedForFeedback = 2,
    SubmittedForApproval = 3,
    SentBack = 4,
    Approved = 5,
    Sent = 6,
    Journalised = 7,
    NewRevision = 8,
}

/// <summary>One step in a status's history: who, when, and the reason where one is required.</summary>
public class StatusEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StatusReportId { get; set; }
    public StatusEventKind Kind { get; set; }
    public int RevisionNumber { get; set; }
    public Guid? UserId { get; set; }
    public required string UserName { get; set; }
    public string? Note { get; set; }
    public DateTime AtUtc { get; set; }
}

/// <summary>
/// An approved revision, frozen: the whole content as it was approved (JSON of <see cref="StatusContent"/>),
/// so the documents and what was sent never change afterwards, whatever happens to the plan.
/// </summary>
public class StatusRevision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StatusReportId { get; set; }
    public int Number { get; set; }
    public required string ContentJson { get; set; }
    public Guid ApprovedById { get; set; }
    public required string ApprovedByName { get; set; }
    public DateTime ApprovedUtc { get; set; }
}
