using System.Globalization;
using Retning.Domain.Plans;

namespace Retning.Domain.Diary;

/// <summary>
/// A diary note as typed into the form (strings as typed; the correction's own fields apart).
/// <c>DateFieldPosted</c> says whether the form sent a date field at all (an unreadable date has
/// its own message already); <c>TimeRefused</c> whether the time already has a message from the
/// form (e.g. too long), so it is not read further.
/// </summary>
public sealed record NoteDraft(
    Guid? SubGoalId, string? Score, Guid? ContextId, Guid? NoteTypeId, MissingWorkReason? MissingWorkReason,
    string? Text, string? Effect, string? CitizenExperience, string? ActorName, IReadOnlyList<string> ThemeKeys,
    DateOnly? ObservedDate, string? ObservedTime, bool IsInternal, bool DateFieldPosted = false, bool TimeRefused = false);

/// <summary>A sub-goal a note may be about, with the current version of its scale (none without an indicator).</summary>
public sealed record NoteSubGoal(Guid Id, string ThemeKey, Guid? ScaleVersionId, string? ScaleName, IReadOnlyList<ScaleLevel> Levels);

/// <summary>What a note may choose from for one citizen: the plan's sub-goals, the offer's two lists and the plan's theme keys.</summary>
public sealed record NoteOptions(
    IReadOnlyList<NoteSubGoal> SubGoals, IReadOnlyList<DiaryCategory> Contexts, IReadOnlyList<DiaryCategory> Types, IReadOnlyCollection<string> ThemeKeys)
{
    public NoteSubGoal? SubGoal(Guid? id) => id is null ? null : SubGoals.FirstOrDefault(s => s.Id == id);
}

/// <summary>
/// Reads a typed note into its content, with a Danish message at each field that is wrong
/// (docs/domain.md, "Diary notes and scores"). Only what makes a note unusable or untrue is
/// refused: a sub-goal note needs its sub-goal, a score or "Ikke vurderet", and what was done; a
/// resident note its context and type; a "Manglende arbejde med delmål" note its sub-goal and
/// reason; every note a Danish time that exists, is not in the future and not too far back.
/// </summary>
public static class DiaryNoteRules
{
    /// <summary>The value of the "Ikke vurderet" choice: the note is explicitly not scored.</summary>
    public const string NotScored = "ikke";

    /// <summary>The messages (field names as in <see cref="NoteDraft"/>); <paramref name="content"/> is usable only without any.</summary>
    public static IReadOnlyList<FieldError> Read(NoteDraft input, DiaryKind kind, NoteOptions choices, DateTime nowUtc, TimeZoneInfo zone, out NoteContent content)
    {
        var errors = new List<FieldError>();
        content = new NoteContent
        {
            Text = input.Text?.Trim() ?? string.Empty,
            Effect = FormText.Clean(input.Effect),
            CitizenExperience = FormText.Clean(input.CitizenExperience),
            ActorName = FormText.Clean(input.ActorName),
            IsInternal = input.IsInternal,
        };
        var subGoal = choices.SubGoal(input.SubGoalId);
        if (kind == DiaryKind.SubGoal)
        {
            ReadSubGoalNote(errors, input, content, subGoal);
        }
        else
        {
            ReadResidentNote(errors, input, content, choices, subGoal);
        }

        ReadObservation(errors, input, content, nowUtc, zone);
        return errors;
    }

    private static void ReadSubGoalNote(List<FieldError> errors, NoteDraft input, NoteContent content, NoteSubGoal? subGoal)
    {
        if (subGoal is null)
        {
            Add(errors, "SubGoalId", input.SubGoalId is null ? "Vælg det delmål, notatet handler om." : "Vælg et af borgerens delmål fra listen.");
        }
        else
        {
            content.SubGoalId = subGoal.Id;
            content.ThemeKeys = DiaryContent.JoinThemes([subGoal.ThemeKey]);
            ReadScore(errors, input.Score, content, subGoal);
        }

        if (content.Text.Length == 0)
        {
            Add(errors, "Text", "Skriv, hvad der blev gjort.");
        }
    }

    private static void ReadScore(List<FieldError> errors, string? score, NoteContent content, NoteSubGoal subGoal)
    {
        if (string.IsNullOrEmpty(score))
        {
            Add(errors, "Score", subGoal.ScaleVersionId is null
                ? "Vælg \"Ikke vurderet\": delmålet har ingen indikator at score på."
                : "Vælg borgerens støttebehov – eller \"Ikke vurderet\", hvis det ikke kunne vurderes.");
            return;
        }

        if (score == NotScored)
        {
            return;
        }

        if (subGoal.ScaleVersionId is { } versionId
            && int.TryParse(score, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            && subGoal.Levels.Any(l => l.Value == value))
        {
            content.ScoreValue = value;
            content.ScaleVersionId = versionId;
            return;
        }

        Add(errors, "Score", $"Vælg et trin på delmålets skala ({subGoal.ScaleName ?? "ingen skala"}) – eller \"Ikke vurderet\".");
    }

    private static void ReadResidentNote(List<FieldError> errors, NoteDraft input, NoteContent content, NoteOptions choices, NoteSubGoal? subGoal)
    {
        var context = choices.Contexts.FirstOrDefault(c => c.Id == input.ContextId);
        var type = choices.Types.FirstOrDefault(c => c.Id == input.NoteTypeId);
        if (context is null)
        {
            Add(errors, "ContextId", "Vælg en kontekst.");
        }

        if (type is null)
        {
            Add(errors, "NoteTypeId", "Vælg en notattype.");
        }

        content.ContextId = context?.Id;
        content.NoteTypeId = type?.Id;
        var unknownTheme = input.ThemeKeys.FirstOrDefault(k => !choices.ThemeKeys.Contains(k));
        if (unknownTheme is not null)
        {
            Add(errors, "ThemeKeys", "Vælg temaer fra planens liste.");
        }

        if (type is { IsMissingWork: true })
        {
            if (subGoal is null)
            {
                Add(errors, "SubGoalId", "Vælg det delmål, arbejdet ikke blev gjort med.");
            }

            if (input.MissingWorkReason is not { } reason || !Enum.IsDefined(reason))
            {
                Add(errors, "MissingWorkReason", "Vælg årsagen til, at arbejdet med delmålet ikke blev gjort.");
            }

            content.SubGoalId = subGoal?.Id;
            content.MissingWorkReason = input.MissingWorkReason;
        }
        else if (input.SubGoalId is not null && subGoal is null)
        {
            Add(errors, "SubGoalId", "Vælg et af borgerens delmål fra listen.");
        }
        else
        {
            // A resident note may name a sub-goal it concerns; the reason belongs to missing work only.
            content.SubGoalId = subGoal?.Id;
        }

        var themes = input.ThemeKeys.Concat(subGoal is null ? [] : [subGoal.ThemeKey]);
        content.ThemeKeys = DiaryContent.JoinThemes(themes);
        if (content.Text.Length == 0)
        {
            Add(errors, "Text", type is { IsMissingWork: true } ? "Skriv kort, hvad der skete." : "Skriv notatet.");
        }
    }

    private static void ReadObservation(List<FieldError> errors, NoteDraft input, NoteContent content, DateTime nowUtc, TimeZoneInfo zone)
    {
        if (input.ObservedDate is null && !input.DateFieldPosted)
        {
            Add(errors, "ObservedDate", "Skriv datoen for det, du noterer.");
        }

        TimeOnly time = default;
        if (string.IsNullOrWhiteSpace(input.ObservedTime))
        {
            Add(errors, "ObservedTime", "Skriv klokkeslættet, fx 14:30.");
        }
        else if (!TimeOnly.TryParseExact(input.ObservedTime.Trim().Replace('.', ':'), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            Add(errors, "ObservedTime", "Skriv klokkeslættet som timer og minutter, fx 14:30.");
        }

        if (input.ObservedDate is not { } date || input.TimeRefused || errors.Any(e => e.Field == "ObservedTime"))
        {
            return;
        }

        var local = DateTime.SpecifyKind(date.ToDateTime(time), DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            Add(errors, "ObservedTime", "Det klokkeslæt findes ikke den dag: uret blev stillet frem til sommertid. Skriv et andet.");
            return;
        }

        var observedUtc = TimeZoneInfo.ConvertTimeToUtc(local, zone);
        if (DiaryRules.ObservationTimeProblem(observedUtc, nowUtc) is { } problem)
        {
            Add(errors, "ObservedDate", problem);
            return;
        }

        content.ObservedAtUtc = observedUtc;
        content.ObservedOn = date;
    }

    /// <summary>A correction needs its reason (docs/domain.md, "Diary notes and scores"); the message is at "CorrectionReason".</summary>
    public static IReadOnlyList<FieldError> CheckCorrectionReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? [new FieldError("CorrectionReason", "Skriv, hvorfor notatet rettes.")] : [];

    private static void Add(List<FieldError> errors, string field, string message) => errors.Add(new(field, message));
}
