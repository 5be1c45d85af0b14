using Retning.Documents.Model;
using Retning.Domain.Quality;

namespace Retning.Documents.Quality;

/// <summary>
/// The tables of a round's report, one way for the print view, the PDF and the DOCX: the results per indicator
/// (each rating counted, and the share met of the relevant plans), per department and offer, the reviewers'
/// agreement, and the improvement plan.
/// </summary>
public static class RoundReportTables
{
    private static readonly ReviewRating[] Ratings = Enum.GetValues<ReviewRating>();

    public static DataTable Indicators(RoundResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new DataTable(
            ["Indikator", .. Ratings.Select(r => r.Danish()), "Opfyldt af de relevante"],
            [.. results.Round.Select(c => (IReadOnlyList<string>)[$"{c.Indicator.Number()}: {c.Indicator.Danish()}",
                .. Ratings.Select(r => c.Of(r).ToString(System.Globalization.CultureInfo.InvariantCulture)), ImprovementText.MetOf(c)])],
            $"Resultater pr. indikator ({results.Rated} vurderede planer)");
    }

    /// <summary>The share met per indicator for each line (department or offer).</summary>
    public static DataTable PerLine(string caption, string lineHeader, IReadOnlyDictionary<Guid, IReadOnlyList<IndicatorCount>> lines, IReadOnlyDictionary<Guid, string> names)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(names);
        return new DataTable(
            [lineHeader, .. QualityIndicatorText.Monitored.Select(i => i.Number())],
            [.. lines.OrderBy(l => names.GetValueOrDefault(l.Key) ?? string.Empty, StringComparer.Ordinal)
                .Select(l => (IReadOnlyList<string>)[names.GetValueOrDefault(l.Key) ?? "Ukendt",
                    .. QualityIndicatorText.Monitored.Select(i => l.Value.FirstOrDefault(c => c.Indicator == i) is { } c ? ImprovementText.MetOf(c) : "–")])],
            caption);
    }

    public static DataTable Agreement(RoundResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new DataTable(
            ["Indikator", "Enighed mellem bedømmerne"],
            [.. QualityIndicatorText.Monitored.Select(i => (IReadOnlyList<string>)[i.Number(), ImprovementText.Agreement(results.Agreement[i])]),
                ["Alle indikatorer", ImprovementText.Agreement(results.OverallAgreement)]],
            "Enighed mellem bedømmerne (procent og Cohens kappa)");
    }

    public static DataTable Actions(IReadOnlyList<ActionLine> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        return new DataTable(
            ["Tiltag", "Indikatorer", "Fund", "Ansvarlig og frist", "Status", "Sådan sikres det implementeret", "Tal før → efter"],
            [.. actions.Select(a => (IReadOnlyList<string>)[a.Title, a.Indicators, a.Finding, $"{a.Owner}, {a.DueOn}", a.Status, a.MadeToLast,
                $"{a.Figure}: {a.Before} → {a.After}{(a.Moved.Length > 0 ? ". " + a.Moved : string.Empty)}"])],
            "Forbedringsplan (indikator 9)");
    }
}
