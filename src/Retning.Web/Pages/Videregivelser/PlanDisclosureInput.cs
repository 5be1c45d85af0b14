using Retning.Domain.Consents;

namespace Retning.Web.Pages.Videregivelser;

/// <summary>The plan disclosure form, in the order of its fields; kept as typed through an error.</summary>
public sealed class PlanDisclosureInput
{
    public List<string> PlanParts { get; set; } = [];
    public string? RecipientName { get; set; }
    public string? RecipientOrganisation { get; set; }
    public DateOnly? SentOn { get; set; }
    public DisclosureChannel? Channel { get; set; }
    public DisclosureBasis? Basis { get; set; }
    public Guid? ConsentId { get; set; }
    public string? RequestParagraph { get; set; }
    public DateOnly? RequestOn { get; set; }
    public string? RequestReference { get; set; }
    public string? Note { get; set; }

    public DisclosureRequest ToRequest() => new()
    {
        Subject = DisclosureSubject.Plan,
        PlanParts = Videregivelser.PlanParts.Normalise(PlanParts),
        RecipientName = RecipientName,
        RecipientOrganisation = RecipientOrganisation,
        SentOn = SentOn,
        Channel = Channel,
        Basis = Basis,
        ConsentId = ConsentId,
        RequestParagraph = RequestParagraph,
        RequestOn = RequestOn,
        RequestReference = RequestReference,
        Note = Note,
    };
}
