using System.Text.Json;

namespace Retning.Domain.Vocabulary;

/// <summary>
/// KL's Fælles Faglige Begreber (FFB) as a FHIR CodeSystem, read once from the JSON kept in the
/// repository exactly as hl7dk/kl-term publishes it (docs/adr/0018-ffb-vocabulary.md). Pure data:
/// look a code up, walk to its parent, list the concepts a kind of mapping may use.
/// </summary>
public sealed class FfbCodeSystem
{
    public const string SystemUri = "urn:oid:1.2.208.176.2.22";
    public const string ExpectedVersion = "20240530";
    public const string ResourceName = "Retning.Domain.Vocabulary.CodeSystem-FFB-20240530.json";

    // The roots of the branches each kind may use (their displays are checked in the unit tests).
    public const string ConditionsRoot = "b3ddc7d7-f6c1-4d47-8280-456992cbe0a6";
    public const string SupportNeedRoot = "7ac451dc-773b-4877-baaf-1e6b1d5c8e28";
    public const string GoalTypeRoot = "b5257b2d-0fbf-4d00-bf38-d298c8568116";
    public const string InterventionStatusRoot = "90479ffa-bf46-4b3a-a172-91f2798e2a43";

    private static readonly Lazy<FfbCodeSystem> Loaded = new(Load);

    private readonly Dictionary<string, FfbConcept> byCode;

    private FfbCodeSystem(string system, string version, IReadOnlyList<FfbConcept> concepts)
    {
        System = system;
        Version = version;
        Concepts = concepts;
        byCode = concepts.ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>The code system shipped with Retning, loaded on first use.</summary>
    public static FfbCodeSystem Current => Loaded.Value;

    public string System { get; }
    public string Version { get; }

    /// <summary>Every concept, parents before their children, in the order of the JSON.</summary>
    public IReadOnlyList<FfbConcept> Concepts { get; }

    /// <summary>The concept with this code; null for a code the system does not have (codes are case-sensitive).</summary>
    public FfbConcept? Find(string? code) => code is not null && byCode.TryGetValue(code, out var c) ? c : null;

    public FfbConcept? Parent(string code) => Find(Find(code)?.ParentCode);

    public IEnumerable<FfbConcept> Children(string code) => Concepts.Where(c => c.ParentCode == code);

    /// <summary>The code as an exchange carries it; null for an unknown code.</summary>
    public FfbCoding? Coding(string? code) => Find(code) is { } c ? new FfbCoding(System, Version, c.Code, c.Display) : null;

    /// <summary>True when the code may be used for this kind (it lies in the kind's branch).</summary>
    public bool Allows(FfbKind kind, string? code) => Find(code) is { } c && Allowed(kind, c);

    /// <summary>The concepts a mapping of this kind may choose, in the order of the JSON.</summary>
    public IReadOnlyList<FfbConcept> OfKind(FfbKind kind) => [.. Concepts.Where(c => Allowed(kind, c))];

    private bool Allowed(FfbKind kind, FfbConcept c) => kind switch
    {
        // Themes sit two levels under "FFB tilstande" (via "Funktioner og forhold", "Aktivitet og
        // deltagelse", "Omgivelsesfaktorer"); their conditions one more.
        FfbKind.Theme => c.Depth is 2 or 3 && Root(c) == ConditionsRoot,
        FfbKind.SupportNeedLevel => c.ParentCode == SupportNeedRoot,
        FfbKind.GoalType => c.ParentCode == GoalTypeRoot,
        FfbKind.EvaluationDecision => c.ParentCode == InterventionStatusRoot,
        _ => false,
    };

    private string Root(FfbConcept c)
    {
        while (c.ParentCode is not null)
        {
            c = byCode[c.ParentCode];
        }

        return c.Code;
    }

    private static FfbCodeSystem Load()
    {
        using var stream = typeof(FfbCodeSystem).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The FFB code system {ResourceName} is not embedded.");
        return Parse(stream);
    }

    /// <summary>Reads a FHIR CodeSystem JSON with nested concepts.</summary>
    public static FfbCodeSystem Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var concepts = new List<FfbConcept>();
        Walk(root.GetProperty("concept"), null, 0, concepts);
        return new FfbCodeSystem(root.GetProperty("url").GetString()!, root.GetProperty("version").GetString()!, concepts);
    }

    private static void Walk(JsonElement list, string? parent, int depth, List<FfbConcept> into)
    {
        foreach (var item in list.EnumerateArray())
        {
            var code = item.GetProperty("code").GetString()!;
            var definition = item.TryGetProperty("definition", out var d) ? d.GetString() : null;
            into.Add(new FfbConcept(code, item.GetProperty("display").GetString()!, parent, depth, definition));
            if (item.TryGetProperty("concept", out var children))
            {
                Walk(children, code, depth + 1, into);
            }
        }
    }
}
