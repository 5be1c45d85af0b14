namespace Retning.Domain.Consents;

/// <summary>
/// Exactly what a disclosure sent, frozen when it was recorded (docs/domain.md, "Consents and disclosures"): for a plan disclosure the
/// DOCX with the chosen parts as they read that day. Never changed or deleted (the data layer refuses
/// it, as for the disclosure itself), so a later download shows what left the offer, not today's plan.
/// </summary>
public class DisclosureSnapshot
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DisclosureId { get; set; }

    /// <summary>The citizen, for department scoping without a join through the disclosure.</summary>
    public Guid CitizenId { get; set; }

    public required string ContentType { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
    public DateTime CreatedUtc { get; set; }
}
