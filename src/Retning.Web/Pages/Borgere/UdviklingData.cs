using Retning.Documents.Charts;
using Retning.Domain.Plans;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Borgere;

/// <summary>
/// "Udvikling i støttebehov" on the citizen's overview: the first and latest score of each
/// active sub-goal, as chart, as table rows and as the sentence that stands in for the chart.
/// </summary>
public sealed record Udvikling(IReadOnlyList<OverviewFigure> Rows, IReadOnlyList<ScaleLevel> Levels)
{
    /// <summary>The citizen's development, or null when the citizen has no plan (then there is nothing to show).</summary>
    public static async Task<Udvikling?> LoadAsync(AppDbContext db, DiaryFigures figures, Guid citizenId, CancellationToken ct)
    {
        var planId = await db.Plans.AsNoTracking().Where(p => p.CitizenId == citizenId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        if (planId is not { } id)
        {
            return null;
        }

        return new Udvikling(await figures.OverviewAsync(id, ct), await figures.OverviewLevelsAsync(id, ct));
    }

    public OverviewChartData Chart => new([.. Rows.Select(r => new OverviewRow(r.Text, r.First?.Value, r.Latest?.Value))], Levels);

    /// <summary>The change from first to latest in words; on a support-need scale a fall is progress.</summary>
    public static string Change(OverviewFigure row) => (row.First, row.Latest) switch
    {
        (null, _) or (_, null) => "Ingen scoringer endnu",
        ({ } first, { } latest) when first.EntryId == latest.EntryId => "Kun én scoring – ingen udvikling at vise endnu",
        ({ } first, { } latest) when latest.Value < first.Value => $"Støttebehovet er faldet fra {first.Label} til {latest.Label}",
        ({ } first, { } latest) when latest.Value > first.Value => $"Støttebehovet er steget fra {first.Label} til {latest.Label}",
        (_, { } latest) => $"Uændret ({latest.Label})",
    };

    /// <summary>What the chart shows, for screen readers: one clause per sub-goal.</summary>
    public string Summary => Rows.Count == 0
        ? "Graf over udviklingen i støttebehov: borgeren har ingen aktive delmål."
        : "Graf over udviklingen i støttebehov, første og seneste scoring pr. aktivt delmål. "
          + string.Join(" ", Rows.Select(r => $"{r.Text}: {Change(r)}."));

    public static string Reading(ScoreRow? score) =>
        score is null ? "–" : $"{score.Label} ({score.ObservedOn.ToDanishDate()})";
}
