namespace Retning.Domain.Diary;

/// <summary>Whether the scores behind a quantitative evaluation are enough to lean on.</summary>
public enum ResponseRateJudgement
{
    /// <summary>The rate reached the threshold: the scores can carry a quantitative evaluation.</summary>
    Sufficient = 1,

    /// <summary>Below the threshold: evaluate qualitatively and say the numbers are thin.</summary>
    Insufficient = 2,

    /// <summary>No score was expected in the period (paused, not enrolled, or no full slot).</summary>
    NothingExpected = 3,
}

/// <summary>The judgement and the plain Danish sentence shown on the sub-goal.</summary>
public sealed record ResponseRateVerdict(ResponseRateJudgement Judgement, string Text);
