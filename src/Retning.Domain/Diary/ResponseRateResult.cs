using Retning.Domain.Plans;

namespace Retning.Domain.Diary;

/// <summary>
/// The response rate (svarprocent) of one sub-goal in one period. <see cref="Expected"/> and
/// <see cref="Scored"/> are whole numbers of slots (days, ISO weeks or calendar months): the
/// partial-slot rule in <see cref="ResponseRate"/> decides whole slots, so nothing is rounded and
/// a leader can check the figure by counting days in a calendar.
/// </summary>
/// <param name="Frequency">The sub-goal's expected scoring frequency.</param>
/// <param name="CountingDays">Days in the period where the sub-goal was active and the citizen enrolled.</param>
/// <param name="Expected">Expected slots (days / weeks / months).</param>
/// <param name="Scored">Expected slots with at least one score on a counting day; never above <see cref="Expected"/>.</param>
/// <param name="Pending">Slots with counting days that have not ended yet and are not scored: not owed a score yet.</param>
public sealed record ResponseRateResult(ScoringFrequency Frequency, int CountingDays, int Expected, int Scored, int Pending = 0)
{
    /// <summary>The default threshold for a quantitative evaluation (docs/domain.md, "Diary notes and scores").</summary>
    public const double DefaultThreshold = 0.70;

    // Guards against binary floating point when the rate equals the threshold exactly (7/10 vs 0.70).
    private const double Tolerance = 1e-9;

    /// <summary>Scored ÷ expected in 0..1; null when nothing was expected (0/0 is not 0 %).</summary>
    public double? Rate => Expected == 0 ? null : (double)Scored / Expected;

    /// <summary>
    /// The rate as a whole percent, rounded DOWN (integer division), so the shown figure never
    /// overstates: 69.9 % shows "69 %" and is insufficient at a 70 % threshold, never "70 %" and
    /// insufficient. Null when nothing was expected.
    /// </summary>
    public int? Percent => Expected == 0 ? null : Scored * 100 / Expected;

    /// <summary>
    /// Nothing is owed yet, but something will be: e.g. a sub-goal created today, or a weekly one
    /// in its first week. Not "0 %", and not "nothing expected in the period" either.
    /// </summary>
    public bool NothingExpectedYet => Expected == 0 && Pending > 0;

    /// <summary>
    /// Whether the data suffice for a quantitative evaluation. A rate exactly at the threshold is
    /// sufficient ("at least 70 %"). The threshold is configurable per offer; it must be in (0, 1].
    /// </summary>
    public ResponseRateVerdict Verdict(double threshold = DefaultThreshold)
    {
        if (double.IsNaN(threshold) || threshold <= 0 || threshold > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "Tærsklen skal ligge over 0 og højst være 1.");
        }

        if (Rate is not { } rate)
        {
            return new(ResponseRateJudgement.NothingExpected, NothingExpectedYet ? "Ingen scoringer forventet endnu" : "Ingen scoringer forventet i perioden");
        }

        return rate + Tolerance >= threshold
            ? new(ResponseRateJudgement.Sufficient, $"Svarprocent {Percent} % – nok til en kvantitativ evaluering")
            : new(ResponseRateJudgement.Insufficient, $"Svarprocent {Percent} % – for få scoringer til en kvantitativ evaluering");
    }
}
