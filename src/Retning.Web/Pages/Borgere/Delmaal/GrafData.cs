using Retning.Documents.Charts;
using Retning.Domain.Diary;
using Retning.Domain.Plans;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Borgere.Delmaal;

/// <summary>
/// A sub-goal's figures as chart data and as the sentence that stands in for the chart for
/// screen readers (and is its alt text): the same numbers the table beside it lists.
/// </summary>
public static class GrafData
{
    /// <summary>The plan periods that start inside the range, labelled "Periode N".</summary>
    public static IReadOnlyList<ChartBoundary> Boundaries(IEnumerable<PlanPeriod> periods, DateOnly from, DateOnly to) =>
        [.. periods.Where(p => p.StartedOn >= from && p.StartedOn <= to).OrderBy(p => p.StartedOn)
            .Select(p => new ChartBoundary(p.StartedOn, $"Periode {p.Number}"))];

    public static SubGoalChartData Chart(SubGoalFigures figures, IEnumerable<PlanPeriod> periods) =>
        new([.. figures.Scores.Select(s => new ScorePoint(s.ObservedOn, s.Value))], figures.Levels, figures.From, figures.To,
            Boundaries(periods, figures.From, figures.To));

    /// <summary>E.g. "Graf over støttebehovet 02-03-2026 – 11-03-2026: 7 scoringer. Første: Højt (02-03-2026). …".</summary>
    public static string Summary(SubGoalFigures figures, IEnumerable<PlanPeriod> periods)
    {
        var range = $"{Date(figures.From)} – {Date(figures.To)}";
        if (figures.Scores.Count == 0)
        {
            return $"Graf over støttebehovet {range}: ingen scoringer i perioden.";
        }

        var first = figures.Scores[0];
        var latest = figures.Scores[^1];
        var count = figures.Scores.Count == 1 ? "1 scoring" : $"{figures.Scores.Count} scoringer";
        var text = figures.Scores.Count == 1
            ? $"Graf over støttebehovet {range}: {count}, {first.Label} ({Date(first.ObservedOn)})."
            : $"Graf over støttebehovet {range}: {count}. Første: {first.Label} ({Date(first.ObservedOn)}). Seneste: {latest.Label} ({Date(latest.ObservedOn)}). {figures.TrendText}.";
        var boundaries = Boundaries(periods, figures.From, figures.To);
        return boundaries.Count == 0
            ? text
            : $"{text} Periodestart: {string.Join(", ", boundaries.Select(b => $"{b.Label} {Date(b.On)}"))}.";
    }

    public static string Date(DateOnly day) => day.ToDanishDate();

    /// <summary>"dage", "uger" or "måneder": the unit of the expected slots.</summary>
    public static string Unit(ScoringFrequency frequency, int count) => frequency switch
    {
        ScoringFrequency.Daily => count == 1 ? "dag" : "dage",
        ScoringFrequency.Weekly => count == 1 ? "uge" : "uger",
        ScoringFrequency.Monthly => count == 1 ? "måned" : "måneder",
        _ => string.Empty,
    };
}
