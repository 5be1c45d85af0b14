using Retning.Domain.Deadlines;

namespace Retning.Domain.Tasks;

/// <summary>
/// How a citizen's task is being handled: who in the contact team has it (none: the whole team),
/// and whether a leader has snoozed it, until when and why. Tasks are computed by the deadline
/// engine; this row is keyed by what identifies a task across days — the citizen, the kind and the
/// subject (goal, meeting, status …; <see cref="Guid.Empty"/> for the citizen as a whole) — so an
/// assignment follows the task as its due date moves.
/// </summary>
public class TaskHandling : IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CitizenId { get; set; }
    public DeadlineKind Kind { get; set; }

    /// <summary>The deadline's subject, or <see cref="Guid.Empty"/> when it has none.</summary>
    public Guid SubjectKey { get; set; }

    /// <summary>The contact-team member who has the task; null: the contact team as a whole.</summary>
    public Guid? AssignedToId { get; set; }
    public string? AssignedToName { get; set; }
    public string? AssignedBy { get; set; }

    /// <summary>Snoozed by a leader: not counted as overdue up to and including this day.</summary>
    public DateOnly? SnoozedUntil { get; set; }
    public string? SnoozeReason { get; set; }
    public string? SnoozedBy { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public int Version { get; set; }

    public static Guid KeyOf(Guid? subjectId) => subjectId ?? Guid.Empty;

    /// <summary>Whether the snooze still holds on <paramref name="today"/>.</summary>
    public bool IsSnoozedOn(DateOnly today) => SnoozedUntil is { } until && until >= today;
}
