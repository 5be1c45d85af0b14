namespace Retning.Domain.Organisation;

/// <summary>The owner of offers (a region, municipality or private owner).</summary>
public class Region
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public List<Offer> Offers { get; set; } = [];
}
