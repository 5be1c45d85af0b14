namespace Retning.Domain.Insight;

/// <summary>How many rows had one outcome; <see cref="InDenominator"/> false for a reason a row was left out.</summary>
public sealed record OutcomeCount(string Outcome, int Count, bool InDenominator);

/// <summary>
/// A figure's number over a set of counted rows: the rows, the percentage's denominator (n: the rows
/// in it, or for the response rate the scores owed) and numerator (the successes, or the scores given), the distinct citizens behind them, and the count per outcome. The
/// percentage is rounded down (never overstated) and is null with no denominator — shown as
/// "Ingen data", never as 0 %.
/// </summary>
public sealed record FigureValue(int Rows, int Denominator, int Successes, int Citizens, IReadOnlyList<OutcomeCount> Outcomes)
{
    public static readonly FigureValue Empty = new(0, 0, 0, 0, []);

    public int? Percent => Denominator == 0 ? null : Successes * 100 / Denominator;

    /// <summary>The share of the denominator with one outcome, rounded down; null with no denominator or for a left-out reason.</summary>
    public int? PercentOf(OutcomeCount outcome) => Denominator == 0 || !outcome.InDenominator ? null : outcome.Count * 100 / Denominator;

    public static FigureValue Of(IEnumerable<CountedItem> rows)
    {
        var list = rows as IReadOnlyCollection<CountedItem> ?? [.. rows];
        var outcomes = list.GroupBy(r => (r.Outcome, r.InDenominator))
            .Select(g => new OutcomeCount(g.Key.Outcome, g.Count(), g.Key.InDenominator))
            .OrderByDescending(o => o.InDenominator).ThenByDescending(o => o.Count).ThenBy(o => o.Outcome, StringComparer.Ordinal)
            .ToList();
        return new FigureValue(list.Count, list.Sum(r => r.DenominatorWeight), list.Sum(r => r.NumeratorWeight),
            list.Select(r => r.CitizenId).Distinct().Count(), outcomes);
    }
}
