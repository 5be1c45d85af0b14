using Retning.Domain.Consents;

namespace Retning.Web.Pages.Status;

/// <summary>Recording that an approved status (with the agenda) was sent to the municipality's caseworker.</summary>
public sealed class SendStatusInput
{
    public string? RecipientName { get; set; }
    public string? RecipientOrganisation { get; set; }
    public DateOnly? SentOn { get; set; }
    public DisclosureChannel? Channel { get; set; }
    public DisclosureBasis? Basis { get; set; }
    public Guid? ConsentId { get; set; }
    public string? InformedWhom { get; set; }
    public DateOnly? InformedOn { get; set; }
    public bool? ConsentSought { get; set; }
    public bool? ConsentGiven { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }

    public DisclosureRequest ToRequest(bool approved) => new()
    {
        Subject = DisclosureSubject.Status, StatusApproved = approved, RecipientName = RecipientName, RecipientOrganisation = RecipientOrganisation,
        SentOn = SentOn, Channel = Channel, Basis = Basis, ConsentId = ConsentId, InformedWhom = InformedWhom, InformedOn = InformedOn,
        ConsentSought = ConsentSought, ConsentGiven = ConsentGiven, Note = Note,
    };
}
