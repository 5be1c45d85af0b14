using Retning.Domain.Diary;
using Retning.Domain.Plans;
using Retning.Domain.Vocabulary;
using Retning.Interop.Fhir;

namespace Retning.Web.Services.Fhir;

/// <summary>
/// The support-need scores the FHIR export carries: the newest score of each sub-goal (the citizen's current
/// support need on it; docs/fhir.md), with its level's FFB code on the scale version it was given on. One row per
/// sub-goal, never the whole diary; a note marked as written on the wrong citizen does not count.
/// </summary>
internal static class FhirPlanScores
{
    public static async Task<IReadOnlyList<FhirScoreInput>> NewestAsync(AppDbContext db, IReadOnlyList<Goal> goals, FfbResolver resolver, CancellationToken ct)
    {
        var scaleOf = goals.Where(g => g.ParentGoalId != null && g.IndicatorScaleId != null).ToDictionary(g => g.Id, g => g.IndicatorScaleId!.Value);
        var subGoalIds = scaleOf.Keys.ToList();
        if (subGoalIds.Count == 0)
        {
            return [];
        }

        var newest = await db.DiaryEntries.AsNoTracking()
            .Where(e => e.Kind == DiaryKind.SubGoal && e.SubGoalId != null && subGoalIds.Contains(e.SubGoalId.Value)
                        && e.ScoreValue != null && e.WrongCitizenMarkedUtc == null)
            .GroupBy(e => e.SubGoalId)
            .Select(g => g.OrderByDescending(e => e.ObservedAtUtc).ThenByDescending(e => e.Id)
                .Select(e => new { e.Id, SubGoalId = e.SubGoalId!.Value, e.ObservedOn, e.ScoreValue, e.ScaleVersionId, e.Text }).First())
            .ToListAsync(ct);
        var versionIds = newest.Where(n => n.ScaleVersionId != null).Select(n => n.ScaleVersionId!.Value).Distinct().ToList();
        var levels = await db.IndicatorScaleVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Levels, ct);

        return [.. newest.OrderBy(n => n.ObservedOn).Select(n =>
        {
            var scaleLevels = n.ScaleVersionId is { } v && levels.TryGetValue(v, out var l) ? l : [];
            var label = scaleLevels.FirstOrDefault(x => x.Value == n.ScoreValue)?.Label ?? n.ScoreValue!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new FhirScoreInput(n.Id, n.SubGoalId, n.ObservedOn, resolver.ScaleLevel(scaleOf[n.SubGoalId], scaleLevels, n.ScoreValue), label, n.Text);
        })];
    }
}
