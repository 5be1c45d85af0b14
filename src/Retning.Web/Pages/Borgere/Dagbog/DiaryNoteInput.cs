using System.ComponentModel.DataAnnotations;
using Retning.Domain.Diary;

namespace Retning.Web.Pages.Borgere.Dagbog;

/// <summary>
/// The diary form, for both diaries and for a correction. Everything stays as typed so a failed
/// post or a conflict shows it again; the order of the properties is the order of the fields
/// (the error summary lists errors in it).
/// </summary>
public sealed class DiaryNoteInput
{
    /// <summary>The value of the "Ikke vurderet" choice: the note is explicitly not scored.</summary>
    public const string NotScored = DiaryNoteRules.NotScored;

    [Display(Name = "Delmål")]
    public Guid? SubGoalId { get; set; }

    /// <summary>A level's value on the sub-goal's scale, or <see cref="NotScored"/>.</summary>
    [TextLimit(TextLimits.Code)]
    public string? Score { get; set; }

    [Display(Name = "Kontekst")]
    public Guid? ContextId { get; set; }

    [Display(Name = "Notattype")]
    public Guid? NoteTypeId { get; set; }

    [Display(Name = "Årsag")]
    public MissingWorkReason? MissingWorkReason { get; set; }

    [TextLimit(DiaryRules.MaxText)]
    public string? Text { get; set; }
    [TextLimit(DiaryRules.MaxShort)]
    public string? Effect { get; set; }
    [TextLimit(DiaryRules.MaxShort)]
    public string? CitizenExperience { get; set; }
    [TextLimit(DiaryRules.MaxName)]
    public string? ActorName { get; set; }

    public List<string> ThemeKeys { get; set; } = [];

    [Display(Name = "Dato")]
    public DateOnly? ObservedDate { get; set; }

    /// <summary>"HH:mm"; a string so the form's 24-hour time never meets a culture's time separator.</summary>
    [TextLimit(TextLimits.Code)]
    public string? ObservedTime { get; set; }

    public bool IsInternal { get; set; }

    /// <summary>Only when correcting: why.</summary>
    [TextLimit(DiaryRules.MaxReason)]
    public string? CorrectionReason { get; set; }

    /// <summary>Only when correcting: the note's concurrency version the user started from.</summary>
    public int Version { get; set; }

    public static DiaryNoteInput From(DiaryEntry e, DateTime observedLocal) => new()
    {
        SubGoalId = e.SubGoalId,
        Score = e.Kind == DiaryKind.SubGoal ? e.ScoreValue?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? NotScored : null,
        ContextId = e.ContextId,
        NoteTypeId = e.NoteTypeId,
        MissingWorkReason = e.MissingWorkReason,
        Text = e.Text,
        Effect = e.Effect,
        CitizenExperience = e.CitizenExperience,
        ActorName = e.ActorName,
        ThemeKeys = [.. DiaryContent.SplitThemes(e.ThemeKeys)],
        ObservedDate = DateOnly.FromDateTime(observedLocal),
        ObservedTime = observedLocal.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        IsInternal = e.IsInternal,
        Version = e.Version,
    };
}
