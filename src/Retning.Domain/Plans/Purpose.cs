namespace Retning.Domain.Plans;

/// <summary>Where a purpose comes from: the municipality's action plan or order.</summary>
public enum PurposeSource
{
    ActionPlan140 = 1,
    ActionPlan141 = 2,
    Order = 3,
    Other = 4,
}

public static class PurposeSourceText
{
    public static string Danish(this PurposeSource source) => source switch
    {
        PurposeSource.ActionPlan140 => "Handleplan (§ 140)",
        PurposeSource.ActionPlan141 => "Handleplan (§ 141)",
        PurposeSource.Order => "Bestilling",
        PurposeSource.Other => "Andet",
        _ => source.ToString(),
    };
}

/// <summary>
/// A purpose of the effort (formål) from the municipality. Not measurable; goals serve it.
/// Every revision is kept; the newest is the basis.
/// </summary>
public class Purpose : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CitizenId { get; set; }

    /// <summary>A short name staff use to link goals, e.g. "Styre egen økonomi".</summary>
    public required string Title { get; set; }

    public int Version { get; set; }
    public List<PurposeRevision> Revisions { get; set; } = [];

    /// <summary>The newest revision: the latest received, and of those the latest entered.</summary>
    public PurposeRevision? Current => Revisions.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.EnteredUtc).FirstOrDefault();
}

/// <summary>One wording of a purpose as received from the municipality.</summary>
public class PurposeRevision
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PurposeId { get; set; }
    public required string Text { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public PurposeSource Source { get; set; }

    /// <summary>
    /// The region's <see cref="PurposeCategory"/> this wording was given; the newest revision's is
    /// the purpose's. Null for purposes registered before categories existed ("Ikke kategoriseret").
    /// </summary>
    public Guid? CategoryId { get; set; }

    /// <summary>The category itself, when loaded (a query reaches its name as <c>Category.Name</c>).</summary>
    public PurposeCategory? Category { get; set; }

    /// <summary>E.g. the action plan's date or case number.</summary>
    public string? SourceReference { get; set; }

    public Guid? EnteredByUserId { get; set; }
    public required string EnteredByName { get; set; }
    public DateTime EnteredUtc { get; set; }
}
