using Retning.Domain.Consents;

namespace Retning.Web.Pages.Borgere.Videregivelser;

/// <summary>The plan disclosure form, in the order of its fields; kept as typed through an error.</summary>
public sealed class PlanDisclosureInput
{
    public List<string> PlanParts { get; set; } = [];
    [TextLimit(DisclosureRules.MaxRecipient)]
    public string? RecipientName { get; set; }
    [TextLimit(DisclosureRules.MaxRecipient)]
    public string? RecipientOrganisation { get; set; }
    public DateOnly? SentOn { get; set; }
    public DisclosureChannel? Channel { get; set; }
    public DisclosureBasis? Basis { get; set; }
    public Guid? ConsentId { get; set; }
    [TextLimit(DisclosureRules.MaxRequestParagraph)]
    public string? RequestParagraph { get; set; }
    public DateOnly? RequestOn { get; set; }
    [TextLimit(DisclosureRules.MaxRequestReference)]
    public string? RequestReference { get; set; }
    [TextLimit(DisclosureRules.MaxNote)]
    public string? Note { get; set; }

    public DisclosureRequest ToRequest() => new()
    {
        Subject = DisclosureSubject.Plan,
        PlanParts = Retning.Domain.Consents.PlanParts.Normalise(PlanParts),
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
