namespace Retning.Domain.Plans;

/// <summary>The letters of SMORT (regional) / SMARTE (local): Specifikt, Målbart, Opnåeligt, Relevant, Tidsbestemt, Evaluering.</summary>
public enum SmortLetter
{
    S = 1,
    M = 2,
    O = 3,
    R = 4,
    T = 5,
    E = 6,
}

public enum SmortVerdict
{
    /// <summary>Checked and in order.</summary>
    Met = 1,

    /// <summary>Only the staff can judge; the assistant asks the question.</summary>
    Ask = 2,

    /// <summary>Points the wrong way or is missing; the reason says what to do.</summary>
    NotMet = 3,
}

/// <summary>The assistant's word on one letter, with its reason in plain Danish.</summary>
public sealed record SmortFinding(SmortLetter Letter, SmortVerdict Verdict, string Reason)
{
    /// <summary>The letter's name in the default (regional) naming; an offer's own naming is <see cref="SmortNaming.Name"/>.</summary>
    public string LetterName => SmortNaming.Default.Name(Letter);
}
