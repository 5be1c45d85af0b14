using System.Globalization;
using Retning.Domain.Diary;

namespace Retning.Web.Api.Diary;

/// <summary>
/// The API's note bodies as the diary form's <see cref="NoteDraft"/>, so <see cref="DiaryNoteRules"/> reads them exactly
/// as it reads the page's form (one rule, docs/architecture.md "Validation"). Texts are cleaned like typed form text
/// (<see cref="TypedText"/>); the instant becomes the Danish date and minute the form has; the rules' field names
/// become the body's (ObservedDate/ObservedTime → observedAt).
/// </summary>
public static class NoteDrafts
{
    public static NoteDraft From(SubGoalNoteInput i) =>
        Draft(i.SubGoalId, ScoreOf(i.Score, i.NotScored), null, null, null, [], i.Text, i.Effect, i.CitizenExperience, i.ActorName, i.ObservedAt, i.IsInternal);

    public static NoteDraft From(ResidentNoteInput i) =>
        Draft(i.SubGoalId, null, i.ContextId, i.NoteTypeId, i.MissingWorkReason, i.ThemeKeys ?? [], i.Text, i.Effect, i.CitizenExperience, i.ActorName, i.ObservedAt, i.IsInternal);

    public static NoteDraft From(NoteCorrectionInput i, DiaryKind kind) =>
        Draft(i.SubGoalId, kind == DiaryKind.SubGoal ? ScoreOf(i.Score, i.NotScored) : null, i.ContextId, i.NoteTypeId, i.MissingWorkReason, i.ThemeKeys ?? [],
            i.Text, i.Effect, i.CitizenExperience, i.ActorName, i.ObservedAt, i.IsInternal);

    /// <summary>The rules' messages under the body's field names.</summary>
    public static IReadOnlyList<FieldError> AsBodyFields(IEnumerable<FieldError> errors) =>
        [.. errors.Select(e => e.Field is "ObservedDate" or "ObservedTime" ? e with { Field = "ObservedAt" } : e)
            .GroupBy(e => (e.Field, e.Message)).Select(g => g.First())];

    private static string? ScoreOf(int? score, bool notScored) =>
        notScored ? DiaryNoteRules.NotScored : score?.ToString(CultureInfo.InvariantCulture);

    private static NoteDraft Draft(Guid? subGoalId, string? score, Guid? contextId, Guid? typeId, MissingWorkReason? reason, IReadOnlyList<string> themes,
        string? text, string? effect, string? experience, string? actor, DateTimeOffset? observedAt, bool isInternal)
    {
        DateOnly? date = null;
        string? time = null;
        if (observedAt is { } at)
        {
            var local = TimeZoneInfo.ConvertTime(at, DanishTime.Zone);
            date = DateOnly.FromDateTime(local.DateTime);
            time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        return new NoteDraft(subGoalId, score, contextId, typeId, reason, Clean(text), Clean(effect), Clean(experience), Clean(actor),
            [.. themes.Select(TypedText.Clean)], date, time, isInternal, DateFieldPosted: false, TimeRefused: false);
    }

    private static string? Clean(string? text) => text is null ? null : TypedText.Clean(text);
}
