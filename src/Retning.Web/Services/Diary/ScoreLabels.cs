using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.Web.Services.Diary;

/// <summary>
/// The scale versions a page's scores were given on, so each score is shown with the label it
/// had when it was given — not the scale's label today.
/// </summary>
public sealed class ScoreLabels(IReadOnlyDictionary<Guid, IndicatorScaleVersion> versions)
{
    public static readonly ScoreLabels None = new(new Dictionary<Guid, IndicatorScaleVersion>());

    public static async Task<ScoreLabels> ForAsync(AppDbContext db, IEnumerable<IDiaryContent> notes, CancellationToken ct)
    {
        var ids = notes.Where(n => n.ScaleVersionId is not null).Select(n => n.ScaleVersionId!.Value).Distinct().ToList();
        return ids.Count == 0
            ? None
            : new ScoreLabels(await db.IndicatorScaleVersions.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct));
    }

    /// <summary>"Moderat" (and the scale version when it is not the first); "Ikke vurderet" for an unscored sub-goal note.</summary>
    public string? Text(IDiaryContent note, DiaryKind kind)
    {
        if (note.ScoreValue is not { } value || note.ScaleVersionId is not { } versionId || !versions.TryGetValue(versionId, out var version))
        {
            return kind == DiaryKind.SubGoal ? "Ikke vurderet" : null;
        }

        return version.Number > 1 ? $"{version.LabelOf(value)} (skala version {version.Number})" : version.LabelOf(value);
    }
}
