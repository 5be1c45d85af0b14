namespace Retning.Domain.Plans;

/// <summary>
/// The SMORT assistant's word on a goal in one line, for lists: "SMORT: 4 af 6 i orden", and
/// the letters to correct (Ret) and to consider (Overvej).
/// </summary>
public sealed record SmortSummary(int Met, int Total, IReadOnlyList<SmortLetter> NotMet, IReadOnlyList<SmortLetter> Ask)
{
    public static SmortSummary Of(IReadOnlyList<SmortFinding> findings) => new(
        findings.Count(f => f.Verdict == SmortVerdict.Met),
        findings.Count,
        [.. findings.Where(f => f.Verdict == SmortVerdict.NotMet).Select(f => f.Letter)],
        [.. findings.Where(f => f.Verdict == SmortVerdict.Ask).Select(f => f.Letter)]);

    public static SmortSummary Of(Goal goal) => Of(Smort.Check(goal.ToDraft()));

    public bool AllMet => Met == Total;

    /// <summary>"SMORT: 4 af 6 i orden".</summary>
    public string Headline => HeadlineIn(SmortNaming.Default);

    /// <summary>"Ret: O, R · Overvej: M", or empty when every letter is in order.</summary>
    public string Details => DetailsIn(SmortNaming.Default);

    /// <summary>The headline in an offer's naming: "SMARTE: 4 af 6 i orden".</summary>
    public string HeadlineIn(SmortNaming naming) => $"{naming.Word}: {Met} af {Total} i orden";

    /// <summary>The letters to correct and consider in an offer's naming: "Ret: A, R · Overvej: M".</summary>
    public string DetailsIn(SmortNaming naming) => string.Join(" · ", new[]
    {
        NotMet.Count > 0 ? $"{SmortVerdict.NotMet.Danish()}: {string.Join(", ", NotMet.Select(naming.Letter))}" : null,
        Ask.Count > 0 ? $"{SmortVerdict.Ask.Danish()}: {string.Join(", ", Ask.Select(naming.Letter))}" : null,
    }.Where(s => s is not null));
}

public static class SmortVerdictText
{
    /// <summary>The verdict as the assistant shows it: I orden, Overvej, Ret.</summary>
    public static string Danish(this SmortVerdict verdict) => verdict switch
    {
        SmortVerdict.Met => "I orden",
        SmortVerdict.Ask => "Overvej",
        SmortVerdict.NotMet => "Ret",
        _ => verdict.ToString(),
    };

    /// <summary>The full Danish name of a letter: Specifikt, Målbart, Opnåeligt, Relevant, Tidsbestemt, Evaluering.</summary>
    public static string Danish(this SmortLetter letter) => SmortNaming.Default.Name(letter);
}
