namespace Retning.Domain.Consents;

/// <summary>
/// The parts of the individual plan that can be chosen for a disclosure ("only the parts
/// needed"), by the key stored in <see cref="Disclosure.PlanParts"/>. The order
/// is the plan's own; the DOCX follows it whatever order the keys were chosen in.
/// </summary>
public static class PlanParts
{
    public const string Purpose = "formaal";
    public const string Perspective = "perspektiv";
    public const string Assessment = "vurdering";
    public const string Goals = "maal";
    public const string Methods = "metoder";
    public const string Compass = "kompas";
    public const string Dpu = "dpu";

    public sealed record Part(string Key, string Label, string Hint);

    public static IReadOnlyList<Part> All { get; } =
    [
        new(Purpose, "Formålet med indsatsen", "Formålene fra handleplanen og tilbuddets tilføjelser (målgruppe, kategori, støtteniveau)."),
        new(Perspective, "Borgerens perspektiv", "Borgerens egne ønsker og hvordan borgeren og netværket har deltaget."),
        new(Assessment, "Udredning", "Temaernes ressourcer, udfordringer og behov for støtte."),
        new(Goals, "Mål og delmål", "Med begrundelse, indsatser, samarbejdspartnere og seneste evaluering."),
        new(Methods, "Faglige tilgange og metoder", "Metoderne og hvordan de praktiseres for borgeren."),
        new(Compass, "Autonomt kompas", "Sympatisk og parasympatisk behag og ubehag."),
        new(Dpu, "DPU", "Dansk pædagogisk udviklingsbeskrivelse: datoer og resuméer."),
    ];

    public static bool IsKnown(string key) => All.Any(p => p.Key == key);

    /// <summary>The chosen keys in the plan's order, without duplicates or unknown keys.</summary>
    public static IReadOnlyList<string> Normalise(IEnumerable<string> keys)
    {
        var chosen = keys.ToHashSet(StringComparer.Ordinal);
        return [.. All.Where(p => chosen.Contains(p.Key)).Select(p => p.Key)];
    }

    /// <summary>The stored comma-separated keys as a list.</summary>
    public static IReadOnlyList<string> Parse(string? stored) =>
        Normalise((stored ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The Danish names of the keys, for the log and the document ("Mål og delmål, DPU").</summary>
    public static string Labels(IEnumerable<string> keys) =>
        string.Join(", ", All.Where(p => keys.Contains(p.Key)).Select(p => p.Label));
}
