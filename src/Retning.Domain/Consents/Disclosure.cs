namespace Retning.Domain.Consents;

/// <summary>What was disclosed.</summary>
public enum DisclosureSubject
{
    /// <summary>An approved status revision (with the agenda).</summary>
    Status = 1,

    /// <summary>Chosen parts of the individual plan.</summary>
    Plan = 2,

    /// <summary>The minutes of a status meeting.</summary>
    Minutes = 3,
}

/// <summary>On what basis it was disclosed.</summary>
public enum DisclosureBasis
{
    /// <summary>Necessary for the municipality's decision on the effort (a status may go without consent; the citizen is informed).</summary>
    NecessaryForMunicipality = 1,

    /// <summary>A valid consent covering it.</summary>
    Consent = 2,

    /// <summary>The municipality's request under retssikkerhedsloven § 11 a–c.</summary>
    MunicipalRequest = 3,
}

/// <summary>How it was sent (recorded, not integrated).</summary>
public enum DisclosureChannel
{
    SecureMail = 1,
    DigitalPost = 2,
    Letter = 3,
    HandedOver = 4,
    Other = 5,
}

/// <summary>
/// One disclosure of citizen data outside the offer (docs/domain.md, "Consents and disclosures"): what, to whom, when,
/// how and on what basis; for a status also whether the citizen (or custody holder/guardian) was
/// informed and whether consent was sought and given. Never changed after it is recorded.
/// </summary>
public class Disclosure
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CitizenId { get; set; }
    public DisclosureSubject Subject { get; set; }

    /// <summary>The status report and its revision number, for a status.</summary>
    public Guid? StatusReportId { get; set; }
    public int? StatusRevisionNumber { get; set; }

    /// <summary>The meeting, for minutes (and for the agenda that goes with a status).</summary>
    public Guid? MeetingId { get; set; }

    /// <summary>The chosen plan parts (keys, comma-separated), for the plan.</summary>
    public string? PlanParts { get; set; }

    public required string RecipientName { get; set; }
    public string? RecipientOrganisation { get; set; }
    public DateOnly SentOn { get; set; }
    public DisclosureChannel Channel { get; set; }
    public DisclosureBasis Basis { get; set; }

    /// <summary>The consent relied on (basis Consent).</summary>
    public Guid? ConsentId { get; set; }

    /// <summary>The municipality's request: which paragraph (a, b or c), its date and reference (basis MunicipalRequest).</summary>
    public string? RequestParagraph { get; set; }
    public DateOnly? RequestOn { get; set; }
    public string? RequestReference { get; set; }

    /// <summary>Who was informed of the disclosure (citizen, custody holder, guardian) and when.</summary>
    public string? InformedWhom { get; set; }
    public DateOnly? InformedOn { get; set; }
    public bool? ConsentSought { get; set; }
    public bool? ConsentGiven { get; set; }

    public string? Note { get; set; }
    public Guid RecordedById { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedUtc { get; set; }
}
