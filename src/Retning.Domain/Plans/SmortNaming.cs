namespace Retning.Domain.Plans;

/// <summary>
/// Which name an offer's guideline gives the six goal criteria. The regional guideline
/// says SMORT(E) with O = Opnåeligt; the children's homes' local guideline says SMARTE
/// with A = Acceptabelt. Only the names differ: the assistant checks the same six things.
/// </summary>
public enum SmortVariant
{
    Smorte = 1,
    Smarte = 2,
}

/// <summary>The letters and names the SMORT assistant shows, from the offer's <see cref="SmortVariant"/>.</summary>
public sealed record SmortNaming(SmortVariant Variant)
{
    /// <summary>What an offer uses until it chooses otherwise: the regional SMORT(E).</summary>
    public static readonly SmortNaming Default = new(SmortVariant.Smorte);

    /// <summary>The word in headlines and headings: "SMORT" (as the regional guideline writes "SMORT-formuleret") or "SMARTE".</summary>
    public string Word => Variant == SmortVariant.Smarte ? "SMARTE" : "SMORT";

    /// <summary>The letter shown for a criterion: the third is O (Opnåeligt) or A (Acceptabelt).</summary>
    public string Letter(SmortLetter letter) => letter == SmortLetter.O && Variant == SmortVariant.Smarte ? "A" : letter.ToString();

    /// <summary>The Danish name of a criterion: Specifikt, Målbart, Opnåeligt/Acceptabelt, Relevant, Tidsbestemt, Evaluering.</summary>
    public string Name(SmortLetter letter) => letter switch
    {
        SmortLetter.S => "Specifikt",
        SmortLetter.M => "Målbart",
        SmortLetter.O => Variant == SmortVariant.Smarte ? "Acceptabelt" : "Opnåeligt",
        SmortLetter.R => "Relevant",
        SmortLetter.T => "Tidsbestemt",
        SmortLetter.E => "Evaluering",
        _ => letter.ToString(),
    };

    /// <summary>"specifikt, målbart, opnåeligt, relevant, tidsbestemt – og evalueret": the criteria in a sentence.</summary>
    public string Sentence => string.Join(", ", new[] { SmortLetter.S, SmortLetter.M, SmortLetter.O, SmortLetter.R, SmortLetter.T }
        .Select(l => Name(l).ToLowerInvariant())) + " – og evalueret";

    /// <summary>How the choice reads in the offer's settings.</summary>
    public static string Describe(SmortVariant variant) => variant switch
    {
        SmortVariant.Smarte => "SMARTE – specifikt, målbart, acceptabelt, relevant, tidsbestemt, evaluering (børnehjemmenes lokale retningslinje)",
        _ => "SMORTE – specifikt, målbart, opnåeligt, relevant, tidsbestemt, evaluering (regional retningslinje)",
    };
}
