using Microsoft.AspNetCore.Mvc.ModelBinding;
using Retning.Domain.Diary;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Borgere.Dagbog;

/// <summary>
/// Reads the diary form into a note's content by <see cref="DiaryNoteRules"/>, each message shown
/// at its field (docs/architecture.md, "Validation").
/// </summary>
public static class DiaryNoteForm
{
    /// <summary>The content to save, or null when the form has errors (added to <paramref name="state"/>).</summary>
    public static NoteContent? Read(ModelStateDictionary state, DiaryNoteInput input, DiaryKind kind, DiaryChoices choices, DateTime nowUtc)
    {
        var draft = new NoteDraft(input.SubGoalId, input.Score, input.ContextId, input.NoteTypeId, input.MissingWorkReason,
            input.Text, input.Effect, input.CitizenExperience, input.ActorName, input.ThemeKeys, input.ObservedDate, input.ObservedTime, input.IsInternal,
            DateFieldPosted: state.ContainsKey("Input.ObservedDate"),
            TimeRefused: state.TryGetValue("Input.ObservedTime", out var time) && time.Errors.Count > 0);
        var errors = DiaryNoteRules.Read(draft, kind, choices.ForRules, nowUtc, DanishTime.Zone, out var content);
        state.AddFieldErrors(errors, "Input");
        return state.IsValid ? content : null;
    }
}
