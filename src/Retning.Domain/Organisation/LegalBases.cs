namespace Retning.Domain.Organisation;

/// <summary>The legal bases offered when an offer is created; stored as text on the offer.</summary>
public static class LegalBases
{
    public static readonly IReadOnlyList<string> Known = ["§ 66", "§ 107", "§ 108"];

    public static string Describe(string legalBasis) => legalBasis switch
    {
        "§ 66" => "§ 66 – anbringelsessted for børn og unge",
        "§ 107" => "§ 107 – midlertidigt botilbud for voksne",
        "§ 108" => "§ 108 – længerevarende botilbud for voksne",
        _ => legalBasis,
    };
}
