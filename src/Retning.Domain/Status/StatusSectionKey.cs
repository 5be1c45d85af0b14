namespace Retning.Domain.Status;

/// <summary>
/// The sections of a status (docs/domain.md, "Status reports"; the guidelines' "Status til den kommunale myndighed" and "Retningslinjer
/// for statusmateriale"): "oplysninger/indsats siden sidst i venstre side og fremadrettet indsats i
/// højre side". Sections with an "ahead" side are laid out in two columns.
/// </summary>
public enum StatusSectionKey
{
    Resources = 1,
    Goals = 2,
    Interventions = 3,
    Results = 4,
    Approaches = 5,
    TargetGroup = 6,
}

/// <summary>A section's titles in a given layout: the heading, and the two sides' titles (ahead is null for a one-column section).</summary>
public sealed record StatusSectionTitles(string Heading, string SinceTitle, string? AheadTitle);

public static class StatusSections
{
    public static IReadOnlyList<StatusSectionKey> All { get; } = Enum.GetValues<StatusSectionKey>();

    public static StatusSectionTitles Titles(StatusSectionKey key, StatusLayout layout)
    {
        var who = layout == StatusLayout.Ics ? "barnets/den unges" : "borgerens";
        return key switch
        {
            StatusSectionKey.Resources => new($"Ressourcer, udfordringer og behov for støtte", $"Siden sidste status: {who} ressourcer, udfordringer og støttebehov", "Fremadrettet: behov for støtte og indsats"),
            StatusSectionKey.Goals => new("Mål og delmål, der er arbejdet med i perioden", "Siden sidste status: begrundelse, fremgangsmåde, evaluering og indikatorer", "Overvejelser om mål, delmål og indsatser frem til næste status"),
            StatusSectionKey.Interventions => new("Indsatser", "Udførte indsatser", "Planlagte indsatser"),
            StatusSectionKey.Results => new("Opnåede resultater", "Opnåede resultater i perioden", null),
            StatusSectionKey.Approaches => new("Faglige tilgange og metoder", "Faglige tilgange og metoder", null),
            StatusSectionKey.TargetGroup => new($"Målgruppe, kategori og støttebehov", $"{char.ToUpperInvariant(who[0])}{who[1..]} målgruppe og kategori samt støttebehov jf. ydelsesbeskrivelsen", null),
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
        };
    }
}
