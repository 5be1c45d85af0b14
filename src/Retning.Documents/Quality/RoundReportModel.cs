using Retning.Domain.Quality;

namespace Retning.Documents.Quality;

/// <summary>
/// A monitoring round's report as it is handed to socialtilsynet (standard 1.3 steps 3–4; docs/domain.md,
/// "Quality monitoring"): aggregates only — no citizen, no plan, no comment — so reading or downloading it reads
/// no citizen data. <paramref name="DepartmentNames"/> and <paramref name="OfferNames"/> name the lines of the
/// results per department and offer.
/// </summary>
public sealed record RoundReportModel(
    MonitoringRound Round,
    string Scope,
    string Reviewers,
    RoundResults Results,
    IReadOnlyDictionary<Guid, string> DepartmentNames,
    IReadOnlyDictionary<Guid, string> OfferNames,
    IReadOnlyList<ActionLine> Actions,
    DateTimeOffset Made)
{
    public const string Title = "Kvalitetsopfølgning på individuelle planer";

    /// <summary>"1. januar 2025 – 31. december 2025".</summary>
    public string Period => $"{Round.PeriodFrom.ToDanishDate()} – {Round.PeriodTo.ToDanishDate()}";

    /// <summary>How the sample was drawn, in words, with the seed that draws it again.</summary>
    public string Sample => Round.SampleSize is { } size
        ? $"{size} planer udtrukket tilfældigt (frø {Round.Seed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "ukendt"}, så udtrækningen kan gentages)"
          + (Round.SecondSampleSize is { } second and > 0 ? $"; {second} af dem vurderet blindt af en anden bedømmer" : string.Empty)
          + (Results.Unrated > 0 ? $"; {Results.Unrated} endnu ikke vurderet" : string.Empty)
        : "Stikprøven er ikke udtrukket endnu";

    public string Status => Round.CompletedOn is { } done ? $"Afsluttet {done.ToDanishDate()}" : $"Ikke afsluttet (frist {Round.DueOn.ToDanishDate()})";

    /// <summary>The running header of every page.</summary>
    public string RunningHeader => $"{Round.Title} · {Period}";
}

/// <summary>One action of the improvement plan as the report shows it: finished texts.</summary>
public sealed record ActionLine(
    string Title,
    string Indicators,
    string Finding,
    string Owner,
    string DueOn,
    string Status,
    string MadeToLast,
    string Figure,
    string Before,
    string After,
    string Moved);
