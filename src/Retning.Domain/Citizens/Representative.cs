namespace Retning.Domain.Citizens;

public enum RepresentativeKind
{
    CustodyHolder = 1,
    Guardian = 2,
    Relative = 3,
}

public static class RepresentativeKindText
{
    public static string Danish(this RepresentativeKind kind) => kind switch
    {
        RepresentativeKind.CustodyHolder => "Forældremyndighedsindehaver",
        RepresentativeKind.Guardian => "Værge",
        RepresentativeKind.Relative => "Pårørende",
        _ => kind.ToString(),
    };
}

/// <summary>Someone who represents or is close to the citizen, with contact data; edited by leaders and the contact team, so versioned.</summary>
public class Representative : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CitizenId { get; set; }
    public RepresentativeKind Kind { get; set; }
    public required string Name { get; set; }

    /// <summary>The relation in the family's own words, e.g. "mor", "bror".</summary>
    public string? Relation { get; set; }

    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }

    public int Version { get; set; }
}
