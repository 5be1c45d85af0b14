namespace Retning.Domain.Insight;

/// <summary>
/// What a figure counts, in the words of its definition card on the page (docs/domain.md,
/// "Management information"): the rows counted (<see cref="Counts"/>), the share shown
/// (<see cref="Rate"/>, null for a figure that only counts), how the period is read, and what is
/// left out. <see cref="Slug"/> is the figure's address under /ledelsesinformation.
/// </summary>
public sealed record FigureDefinition(
    FigureKey Key,
    FigureGroup Group,
    string Slug,
    string Title,
    string Unit,
    string Counts,
    string? Rate,
    string Period,
    string LeftOut,
    bool ByGoal)
{
    /// <summary>True when the figure shows a share (numerator ÷ denominator), not only a count.</summary>
    public bool HasRate => Rate is not null;

    /// <summary>The unit for <paramref name="count"/> rows: "1 plan", "2 planer" (Danish has the same word for one and more of some).</summary>
    public string UnitFor(int count) => count == 1 && Singular.TryGetValue(Unit, out var one) ? one : Unit;

    private static readonly Dictionary<string, string> Singular = new(StringComparer.Ordinal)
    {
        ["borgere"] = "borger", ["planer"] = "plan", ["evalueringer"] = "evaluering", ["statusmøder"] = "statusmøde", ["DPU-frister"] = "DPU-frist",
    };
}
