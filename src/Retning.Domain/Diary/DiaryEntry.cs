namespace Retning.Domain.Diary;

/// <summary>Which diary a note belongs to.</summary>
public enum DiaryKind
{
    /// <summary>Delmålsdagbog: the work with one sub-goal, with a score or an explicit "not scored".</summary>
    SubGoal = 1,

    /// <summary>Beboerdagbog: a note with a context and a type, optionally tied to plan themes.</summary>
    Resident = 2,
}

/// <summary>
/// One diary note. The row holds the CURRENT content (what lists filter, sort and page on) and
/// <see cref="Versions"/> holds every version ever written, the first included. A correction adds
/// a version and copies its content here; a version row is never changed or deleted (the
/// DbContext refuses it), so "never edited in place" holds for what anyone wrote.
/// </summary>
public class DiaryEntry : IDiaryContent, IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CitizenId { get; set; }
    public DiaryKind Kind { get; set; }
    public Guid AuthorId { get; set; }
    public required string AuthorName { get; set; }

    public DateTime ObservedAtUtc { get; set; }
    public DateOnly ObservedOn { get; set; }
    public Guid? SubGoalId { get; set; }
    public Guid? ContextId { get; set; }
    public Guid? NoteTypeId { get; set; }
    public string? ThemeKeys { get; set; }
    public required string Text { get; set; }
    public string? Effect { get; set; }
    public string? CitizenExperience { get; set; }
    public string? ActorName { get; set; }
    public int? ScoreValue { get; set; }
    public Guid? ScaleVersionId { get; set; }
    public MissingWorkReason? MissingWorkReason { get; set; }
    public bool IsInternal { get; set; }

    /// <summary>Number of the current version (1 = never corrected).</summary>
    public int CurrentVersion { get; set; } = 1;

    /// <summary>Lower-case text of the current version, for a search that works alike on SQLite and PostgreSQL.</summary>
    public string SearchText { get; set; } = string.Empty;

    /// <summary>Set when a leader marks the note as written on the wrong citizen: hidden from the citizen's views, kept for the audit trail.</summary>
    public DateTime? WrongCitizenMarkedUtc { get; set; }
    public string? WrongCitizenMarkedBy { get; set; }
    public string? WrongCitizenReason { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public int Version { get; set; }

    public List<DiaryEntryVersion> Versions { get; set; } = [];

    public bool IsMarkedWrongCitizen => WrongCitizenMarkedUtc is not null;
    public bool IsCorrected => CurrentVersion > 1;
}

/// <summary>One version of a note's content, immutable once written.</summary>
public class DiaryEntryVersion : IDiaryContent
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EntryId { get; set; }
    public int Number { get; set; }
    public DateTime WrittenUtc { get; set; }
    public Guid WrittenById { get; set; }
    public required string WrittenByName { get; set; }

    /// <summary>Why the note was corrected; null on the first version.</summary>
    public string? CorrectionReason { get; set; }

    public DateTime ObservedAtUtc { get; set; }
    public DateOnly ObservedOn { get; set; }
    public Guid? SubGoalId { get; set; }
    public Guid? ContextId { get; set; }
    public Guid? NoteTypeId { get; set; }
    public string? ThemeKeys { get; set; }
    public required string Text { get; set; }
    public string? Effect { get; set; }
    public string? CitizenExperience { get; set; }
    public string? ActorName { get; set; }
    public int? ScoreValue { get; set; }
    public Guid? ScaleVersionId { get; set; }
    public MissingWorkReason? MissingWorkReason { get; set; }
    public bool IsInternal { get; set; }
}
