using System.Globalization;
using Retning.Domain.Deadlines;
using Retning.Domain.Quality;

namespace Retning.Documents.Quality;

/// <summary>
/// The words the improvement plan and the round's report use for numbers (docs/domain.md, "Quality monitoring"):
/// a finding from an indicator's count, a share, a reading of the figure an action aims at, whether it moved, and
/// where an action's deadline stands. Pure, so the page, the DOCX and the PDF say the same.
/// </summary>
public static class ImprovementText
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>How many days before its deadline an open action shows as due soon (as the citizens' deadlines).</summary>
    public const int WarnDays = 14;

    /// <summary>"37,5 %"; "Ingen relevante planer" when none was relevant.</summary>
    public static string Share(decimal? percent) => percent is { } p ? $"{Number(p)} %" : "Ingen relevante planer";

    /// <summary>"37,5" (Danish decimal comma, no trailing zeros).</summary>
    public static string Number(decimal value) => value.ToString("0.##", Danish);

    /// <summary>"Indikator 7: 3 af 8 planer opfyldt (37,5 %)" — the finding an action is written from.</summary>
    public static string Finding(IndicatorCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        var text = $"{count.Indicator.Number()}: {count.Of(ReviewRating.Met)} af {count.Relevant} {(count.Relevant == 1 ? "plan" : "planer")} opfyldt ({Share(count.ShareMet)})";
        var partly = count.Of(ReviewRating.PartlyMet);
        return partly > 0 ? $"{text}; {partly} delvist opfyldt" : text;
    }

    /// <summary>"3 af 8 (37,5 %)" for a count's share met.</summary>
    public static string MetOf(IndicatorCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        return count.Relevant == 0 ? "Ingen relevante planer" : $"{count.Of(ReviewRating.Met)} af {count.Relevant} ({Share(count.ShareMet)})";
    }

    /// <summary>A reading: "55 % (læst 2. marts 2026)"; a count without the percent sign.</summary>
    public static string Reading(FigureReading? reading, bool percent) => reading is null
        ? "Ikke angivet"
        : $"{Number(reading.Value)}{(percent ? " %" : string.Empty)} (læst {reading.ReadOn.ToDanishDate()})";

    /// <summary>"op" or "ned": the way the figure should move.</summary>
    public static string Direction(FigureDirection direction) => direction == FigureDirection.Up ? "op" : "ned";

    /// <summary>
    /// Whether the figure moved as the action meant it to (<see cref="ImprovementActionRules.Moved"/>), in words;
    /// null while the before or after reading is missing.
    /// </summary>
    public static string? Moved(FigureReading? before, FigureReading? after, FigureDirection direction, bool percent)
    {
        if (before is null || after is null)
        {
            return null;
        }

        var unit = percent ? " %" : string.Empty;
        var change = after.Value > before.Value ? "steget" : after.Value < before.Value ? "faldet" : "uændret";
        var from = $"{Number(before.Value)}{unit} → {Number(after.Value)}{unit}";
        return ImprovementActionRules.Moved(before, after, direction)
            ? $"Tallet har bevæget sig som ønsket ({change}: {from})."
            : $"Tallet har ikke bevæget sig som ønsket ({change}: {from}; det skulle {Direction(direction)}).";
    }

    /// <summary>
    /// Where the action's deadline stands on <paramref name="today"/>: done once the action is done (or judged),
    /// otherwise as every deadline (<see cref="Deadlines.StateOn"/>, <see cref="WarnDays"/> days' warning).
    /// </summary>
    public static DeadlineState DueState(ImprovementActionStatus status, DateOnly dueOn, DateOnly today) =>
        status is ImprovementActionStatus.Planned or ImprovementActionStatus.InProgress
            ? Deadlines.StateOn(dueOn, today, WarnDays)
            : DeadlineState.Done;

    /// <summary>"Indikator 5, Indikator 7".</summary>
    public static string Indicators(int set)
    {
        var list = IndicatorSet.In(set);
        return list.Count == 0 ? "Ingen" : string.Join(", ", list.Select(i => i.Number()));
    }

    /// <summary>Agreement in words: "90 % (9 af 10), kappa 0,78"; "Ingen dobbeltvurderinger" without pairs.</summary>
    public static string Agreement(RaterAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (agreement.Pairs == 0)
        {
            return "Ingen dobbeltvurderinger";
        }

        var share = Number(Math.Round((decimal)agreement.Share!.Value * 100, 1, MidpointRounding.AwayFromZero));
        var kappa = agreement.Kappa is { } k ? Number(Math.Round((decimal)k, 2, MidpointRounding.AwayFromZero)) : "kan ikke beregnes";
        return $"{share} % ({agreement.Agreeing} af {agreement.Pairs}), kappa {kappa}";
    }
}
