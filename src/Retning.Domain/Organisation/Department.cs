namespace Retning.Domain.Organisation;

/// <summary>A department (afdeling) of an offer: the unit that scopes access to citizens.</summary>
public class Department : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OfferId { get; set; }
    public Offer? Offer { get; set; }
    public required string Name { get; set; }
    public int Version { get; set; }
}
