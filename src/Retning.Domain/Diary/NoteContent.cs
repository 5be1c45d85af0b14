namespace Retning.Domain.Diary;

/// <summary>The content of a note as typed, before it becomes a note or a version.</summary>
public sealed class NoteContent : IDiaryContent
{
    public DateTime ObservedAtUtc { get; set; }
    public DateOnly ObservedOn { get; set; }
    public Guid? SubGoalId { get; set; }
    public Guid? ContextId { get; set; }
    public Guid? NoteTypeId { get; set; }
    public string? ThemeKeys { get; set; }
    public string Text { get; set; } = string.Empty;
    public string? Effect { get; set; }
    public string? CitizenExperience { get; set; }
    public string? ActorName { get; set; }
    public int? ScoreValue { get; set; }
    public Guid? ScaleVersionId { get; set; }
    public MissingWorkReason? MissingWorkReason { get; set; }
    public bool IsInternal { get; set; }
}
