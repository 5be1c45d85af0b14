namespace Retning.Domain.Plans;

/// <summary>
/// A category of the municipality's purposes (formål), from a list each region keeps, so leaders
/// can count purposes received per category and area (docs/domain.md, "Purposes"). A purpose's
/// category is that of its newest revision. Never deleted once used: a retired category is made
/// inactive, so old purposes keep it but new ones cannot choose it.
/// </summary>
public class PurposeCategory : IVersioned
{
    /// <summary>The longest name of a category (docs/architecture.md, "Validation").</summary>
    public const int MaxName = 100;

    /// <summary>The longest code: an FFB concept id is a 36-character UUID.</summary>
    public const int MaxCode = 64;

    /// <summary>What a purpose without a category shows.</summary>
    public const string Uncategorised = "Ikke kategoriseret";

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegionId { get; set; }
    public required string Name { get; set; }

    /// <summary>The place in the region's list (1 first); the purpose form offers the categories in this order.</summary>
    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>
    /// The FFB concept the category was made from (code system urn:oid:1.2.208.176.2.22), so an
    /// exchange can map it; null for a category a region added itself.
    /// </summary>
    public string? Code { get; set; }

    public int Version { get; set; }

    /// <summary>
    /// The list every region starts with (docs/domain.md, "Purposes"). KL's Fælles Faglige Begreber
    /// (FFB, code system urn:oid:1.2.208.176.2.22, version 20240530, as published in hl7dk/kl-term's
    /// CodeSystem-FFB.json) has no list of purposes as such; its themes of "Funktioner og forhold"
    /// and "Aktivitet og deltagelse" are what the socialområde's indsatsformål aim at, so the
    /// categories are those themes, with their FFB codes. Regions rename, reorder, add and retire.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Code)> DefaultList =
    [
        ("Egenomsorg", "da3f488f-1742-4d00-b247-a7d47500b36b"),
        ("Praktiske opgaver", "eef71492-65f5-4297-aa95-3c3a6866ddef"),
        ("Samfundsliv", "dfbe6ff6-223b-436a-b864-8ba29bda41e2"),
        ("Relationer", "3856b434-f72e-42a5-b9d1-0cc93f48434b"),
        ("Kommunikation", "c2b186f9-9c10-478e-8345-2d2c37ab4c46"),
        ("Mobilitet", "d1495b2c-1452-4e49-8dbe-8193af5d8823"),
        ("Mentale funktioner", "25c5c614-305f-46cd-9891-55d564fc30cf"),
        ("Sundhedsforhold", "4fb78b88-d3af-4cfb-84d7-f06daf423317"),
        ("Fysiske funktioner", "a134c31d-d316-46d4-935e-e500874dbbe1"),
        ("Sociale forhold", "e1836145-0c20-4e20-971e-d62dfe4ea1a0"),
    ];

    /// <summary>The shipped list for one region, in order.</summary>
    public static IEnumerable<PurposeCategory> Defaults(Guid regionId) =>
        DefaultList.Select((c, i) => new PurposeCategory { RegionId = regionId, Name = c.Name, Code = c.Code, SortOrder = i + 1 });
}
