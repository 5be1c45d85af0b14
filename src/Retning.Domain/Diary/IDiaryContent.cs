namespace Retning.Domain.Diary;

/// <summary>
/// What a note says, shared by the note (its current content) and each of its versions, so a
/// version is copied onto the note in one place.
/// </summary>
public interface IDiaryContent
{
    /// <summary>When the observation happened (UTC); may be earlier in the shift than the writing.</summary>
    DateTime ObservedAtUtc { get; set; }

    /// <summary>The observation's Danish calendar date: what periods and response rates count.</summary>
    DateOnly ObservedOn { get; set; }

    /// <summary>The sub-goal of a sub-goal note, or the sub-goal a "Manglende arbejde med delmål" note names.</summary>
    Guid? SubGoalId { get; set; }

    Guid? ContextId { get; set; }
    Guid? NoteTypeId { get; set; }

    /// <summary>Plan theme keys as "|key|key|" so one LIKE finds a theme on both databases; null without themes.</summary>
    string? ThemeKeys { get; set; }

    /// <summary>Sub-goal note: what was done. Resident note: the note itself.</summary>
    string Text { get; set; }

    string? Effect { get; set; }
    string? CitizenExperience { get; set; }

    /// <summary>The external actor collaborated with (doctor, school …), when the note records a collaboration.</summary>
    string? ActorName { get; set; }

    /// <summary>The level's value on the scale version; null = "Ikke vurderet" (or a resident note).</summary>
    int? ScoreValue { get; set; }

    /// <summary>The scale version the score was given on, so an old score keeps the meaning it had.</summary>
    Guid? ScaleVersionId { get; set; }

    MissingWorkReason? MissingWorkReason { get; set; }

    /// <summary>An internal working note (may be withheld from an access request as an internal document).</summary>
    bool IsInternal { get; set; }
}

public static class DiaryContent
{
    /// <summary>Copies every content field from one note or version to another.</summary>
    public static void Copy(IDiaryContent from, IDiaryContent to)
    {
        to.ObservedAtUtc = from.ObservedAtUtc;
        to.ObservedOn = from.ObservedOn;
        to.SubGoalId = from.SubGoalId;
        to.ContextId = from.ContextId;
        to.NoteTypeId = from.NoteTypeId;
        to.ThemeKeys = from.ThemeKeys;
        to.Text = from.Text;
        to.Effect = from.Effect;
        to.CitizenExperience = from.CitizenExperience;
        to.ActorName = from.ActorName;
        to.ScoreValue = from.ScoreValue;
        to.ScaleVersionId = from.ScaleVersionId;
        to.MissingWorkReason = from.MissingWorkReason;
        to.IsInternal = from.IsInternal;
    }

    /// <summary>Theme keys stored as "|a|b|"; null when there are none.</summary>
    public static string? JoinThemes(IEnumerable<string> keys)
    {
        var list = keys.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? null : "|" + string.Join('|', list) + "|";
    }

    public static IReadOnlyList<string> SplitThemes(string? stored) =>
        stored is null ? [] : stored.Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The lower-case text the timeline search looks in.</summary>
    public static string SearchTextOf(IDiaryContent c) =>
        string.Join('\n', new[] { c.Text, c.Effect, c.CitizenExperience, c.ActorName }.Where(s => !string.IsNullOrWhiteSpace(s)))
            .ToLowerInvariant();
}
