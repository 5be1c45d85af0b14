using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Retning.Domain.Diary;
using Retning.Web.Services.Diary;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Borgere.Dagbog;

/// <summary>
/// Reads the diary form into a note's content, with a Danish message at each field that is
/// wrong. Only what makes a note unusable or untrue is refused.
/// </summary>
public static class DiaryNoteForm
{
    /// <summary>The content to save, or null when the form has errors (added to <paramref name="state"/>).</summary>
    public static NoteContent? Read(ModelStateDictionary state, DiaryNoteInput input, DiaryKind kind, DiaryChoices choices, DateTime nowUtc)
    {
        var content = new NoteContent
        {
            Text = input.Text?.Trim() ?? string.Empty,
            Effect = Clean(input.Effect),
            CitizenExperience = Clean(input.CitizenExperience),
            ActorName = Clean(input.ActorName),
            IsInternal = input.IsInternal,
        };
        var subGoal = choices.SubGoal(input.SubGoalId);
        if (kind == DiaryKind.SubGoal)
        {
            ReadSubGoalNote(state, input, content, subGoal);
        }
        else
        {
            ReadResidentNote(state, input, content, choices, subGoal);
        }

        ReadObservation(state, input, content, nowUtc);
        return state.IsValid ? content : null;
    }

    private static void ReadSubGoalNote(ModelStateDictionary state, DiaryNoteInput input, NoteContent content, SubGoalChoice? subGoal)
    {
        if (subGoal is null)
        {
            Add(state, "Input.SubGoalId", input.SubGoalId is null ? "Vælg det delmål, notatet handler om." : "Vælg et af borgerens delmål fra listen.");
        }
        else
        {
            content.SubGoalId = subGoal.Id;
            content.ThemeKeys = DiaryContent.JoinThemes([subGoal.ThemeKey]);
            ReadScore(state, input.Score, content, subGoal);
        }

        if (content.Text.Length == 0)
        {
            Add(state, "Input.Text", "Skriv, hvad der blev gjort.");
        }
    }

    private static void ReadScore(ModelStateDictionary state, string? score, NoteContent content, SubGoalChoice subGoal)
    {
        if (string.IsNullOrEmpty(score))
        {
            Add(state, "Input.Score", subGoal.ScaleVersionId is null
                ? "Vælg \"Ikke vurderet\": delmålet har ingen indikator at score på."
                : "Vælg borgerens støttebehov – eller \"Ikke vurderet\", hvis det ikke kunne vurderes.");
            return;
        }

        if (score == DiaryNoteInput.NotScored)
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

        Add(state, "Input.Score", $"Vælg et trin på delmålets skala ({subGoal.ScaleName ?? "ingen skala"}) – eller \"Ikke vurderet\".");
    }

    private static void ReadResidentNote(ModelStateDictionary state, DiaryNoteInput input, NoteContent content, DiaryChoices choices, SubGoalChoice? subGoal)
    {
        var context = choices.Contexts.FirstOrDefault(c => c.Id == input.ContextId);
        var type = choices.Types.FirstOrDefault(c => c.Id == input.NoteTypeId);
        if (context is null)
        {
            Add(state, "Input.ContextId", "Vælg en kontekst.");
        }

        if (type is null)
        {
            Add(state, "Input.NoteTypeId", "Vælg en notattype.");
        }

        content.ContextId = context?.Id;
        content.NoteTypeId = type?.Id;
        var unknownTheme = input.ThemeKeys.FirstOrDefault(k => choices.Themes.All(t => t.Key != k));
        if (unknownTheme is not null)
        {
            Add(state, "Input.ThemeKeys", "Vælg temaer fra planens liste.");
        }

        if (type is { IsMissingWork: true })
        {
            if (subGoal is null)
            {
                Add(state, "Input.SubGoalId", "Vælg det delmål, arbejdet ikke blev gjort med.");
            }

            if (input.MissingWorkReason is not { } reason || !Enum.IsDefined(reason))
            {
                Add(state, "Input.MissingWorkReason", "Vælg årsagen til, at arbejdet med delmålet ikke blev gjort.");
            }

            content.SubGoalId = subGoal?.Id;
            content.MissingWorkReason = input.MissingWorkReason;
        }
        else if (input.SubGoalId is not null && subGoal is null)
        {
            Add(state, "Input.SubGoalId", "Vælg et af borgerens delmål fra listen.");
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
            Add(state, "Input.Text", type is { IsMissingWork: true } ? "Skriv kort, hvad der skete." : "Skriv notatet.");
        }
    }

    private static void ReadObservation(ModelStateDictionary state, DiaryNoteInput input, NoteContent content, DateTime nowUtc)
    {
        if (input.ObservedDate is null && !state.ContainsKey("Input.ObservedDate"))
        {
            Add(state, "Input.ObservedDate", "Skriv datoen for det, du noterer.");
        }

        TimeOnly time = default;
        if (string.IsNullOrWhiteSpace(input.ObservedTime))
        {
            Add(state, "Input.ObservedTime", "Skriv klokkeslættet, fx 14:30.");
        }
        else if (!TimeOnly.TryParseExact(input.ObservedTime.Trim().Replace('.', ':'), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            Add(state, "Input.ObservedTime", "Skriv klokkeslættet som timer og minutter, fx 14:30.");
        }

        if (input.ObservedDate is not { } date || state.ContainsKey("Input.ObservedTime") && state["Input.ObservedTime"]!.Errors.Count > 0)
        {
            return;
        }

        if (DanishTime.IsSkipped(date.ToDateTime(time)))
        {
            Add(state, "Input.ObservedTime", "Det klokkeslæt findes ikke den dag: uret blev stillet frem til sommertid. Skriv et andet.");
            return;
        }

        var observedUtc = DanishTime.ToUtc(date.ToDateTime(time));
        if (DiaryRules.ObservationTimeProblem(observedUtc, nowUtc) is { } problem)
        {
            Add(state, "Input.ObservedDate", problem);
            return;
        }

        content.ObservedAtUtc = observedUtc;
        content.ObservedOn = date;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static void Add(ModelStateDictionary state, string key, string message)
    {
        if (!state.TryGetValue(key, out var entry) || entry.Errors.All(e => e.ErrorMessage != message))
        {
            state.AddModelError(key, message);
        }
    }
}
