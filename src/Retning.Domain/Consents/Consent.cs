namespace Retning.Domain.Consents;

/// <summary>What a consent covers. The disclosure rules look for <see cref="PlanToMunicipality"/>.</summary>
public enum ConsentScope
{
    /// <summary>"Videregive den individuelle plan til kommunen".</summary>
    PlanToMunicipality = 1,

    /// <summary>"Videregive status og referater til andre end kommunen" (e.g. school, psychiatry).</summary>
    StatusToOthers = 2,

    /// <summary>"Indhente oplysninger" from e.g. the doctor or school.</summary>
    ObtainInformation = 3,

    /// <summary>Something else, described in the text.</summary>
    Other = 4,
}

/// <summary>Who gave a consent.</summary>
public enum ConsentGiver
{
    Citizen = 1,
    CustodyHolder = 2,
    Guardian = 3,
}

/// <summary>
/// A consent in the citizen's registry (docs/domain.md, "Consents and disclosures"): who gave it, for what, from/to,
/// the yearly review date, withdrawn when it is, and the signed document when scanned.
/// </summary>
public class Consent : IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CitizenId { get; set; }
    public ConsentScope Scope { get; set; }

    /// <summary>For what, in words (e.g. "Statusrapporter og den individuelle plan til Aalborg Kommune").</summary>
    public required string Description { get; set; }

    public ConsentGiver GivenBy { get; set; }
    public required string GivenByName { get; set; }
    public DateOnly GivenOn { get; set; }
    public DateOnly ValidFrom { get; set; }

    /// <summary>The last day it is valid; null means until withdrawn.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>When it is to be reviewed (default a year after it was given).</summary>
    public DateOnly ReviewOn { get; set; }

    public DateOnly? WithdrawnOn { get; set; }
    public string? WithdrawnNote { get; set; }

    /// <summary>The scanned signed document, when attached.</summary>
    public string? DocumentName { get; set; }
    public string? DocumentContentType { get; set; }
    public byte[]? Document { get; set; }

    public string RecordedBy { get; set; } = string.Empty;
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public int Version { get; set; }
}
