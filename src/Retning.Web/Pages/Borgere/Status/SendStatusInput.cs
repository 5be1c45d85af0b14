using Retning.Domain.Consents;
using Retning.Domain.Status;

namespace Retning.Web.Pages.Borgere.Status;

/// <summary>Recording that an approved status (with the agenda) was sent to the municipality's caseworker.</summary>
public sealed class SendStatusInput
{
    [TextLimit(StatusWorkflow.MaxRecipient)]
    public string? RecipientName { get; set; }
    [TextLimit(StatusWorkflow.MaxRecipient)]
    public string? RecipientOrganisation { get; set; }
    public DateOnly? SentOn { get; set; }
    public DisclosureChannel? Channel { get; set; }
    public DisclosureBasis? Basis { get; set; }
    public Guid? ConsentId { get; set; }
    [TextLimit(StatusWorkflow.MaxInformedWhom)]
    public string? InformedWhom { get; set; }
    public DateOnly? InformedOn { get; set; }

    /// <summary>"ja"/"nej" (<see cref="YesNo"/>); empty when not answered.</summary>
    public string? ConsentSought { get; set; }

    /// <summary>"ja"/"nej" (<see cref="YesNo"/>); answered when consent was sought.</summary>
    public string? ConsentGiven { get; set; }

    [TextLimit(StatusWorkflow.MaxNote)]
    public string? Note { get; set; }
    public int Version { get; set; }

    public DisclosureRequest ToRequest(bool approved) => new()
    {
        Subject = DisclosureSubject.Status, StatusApproved = approved, RecipientName = RecipientName, RecipientOrganisation = RecipientOrganisation,
        SentOn = SentOn, Channel = Channel, Basis = Basis, ConsentId = ConsentId, InformedWhom = InformedWhom, InformedOn = InformedOn,
        ConsentSought = YesNo.Parse(ConsentSought), ConsentGiven = YesNo.Parse(ConsentGiven), Note = Note,
    };
}
