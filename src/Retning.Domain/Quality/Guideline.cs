namespace Retning.Domain.Quality;

/// <summary>Regional guidelines hold for every offer of the region; a local one for an offer, often extending a regional one.</summary>
public enum GuidelineLevel
{
    Regional = 1,
    Local = 2,
}

/// <summary>The indicators of step 1 a guiding document covers (seed 000): 1 guidelines for goals etc., 2 the plan template, 3 status material.</summary>
[Flags]
public enum GuidelineIndicators
{
    None = 0,
    Goals = 1,
    PlanTemplate = 2,
    StatusMaterial = 4,
}

/// <summary>
/// A guiding document of standard 1.3, step 1 (docs/domain.md, "Quality monitoring"): a regional or local guideline
/// with the offers it applies to, the indicators it covers, its owner and its next revision; its text lives in its
/// versions (<see cref="GuidelineVersion"/>), of which the approved one that began last is in force
/// (<see cref="GuidelineRules.InForce"/>). Not citizen data: no department scoping.
/// </summary>
public class Guideline : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegionId { get; set; }
    public required string Title { get; set; }
    public GuidelineLevel Level { get; set; }

    /// <summary>The regional guideline a local one extends, if any.</summary>
    public Guid? ExtendsId { get; set; }

    public GuidelineIndicators Indicators { get; set; }

    /// <summary>Who answers for the guideline: its revision and approval are on this user's task list.</summary>
    public Guid OwnerUserId { get; set; }

    /// <summary>When it must be revised at the latest (set at each approval).</summary>
    public DateOnly? RevisionDueOn { get; set; }

    public int Version { get; set; }

    /// <summary>The offers a local guideline applies to (a regional one applies to all the region's offers).</summary>
    public List<GuidelineOffer> Offers { get; set; } = [];

    public List<GuidelineVersion> Versions { get; set; } = [];
}

/// <summary>An offer a guideline applies to.</summary>
public class GuidelineOffer
{
    public Guid GuidelineId { get; set; }
    public Guid OfferId { get; set; }
}

/// <summary>
/// One version of a guideline: text written in Retning or an uploaded PDF/DOCX (checked by content,
/// <see cref="GuidelineDocument"/>), with what changed. A draft can be edited; once approved it is never changed
/// (the data layer refuses it), so what staff read and acknowledged stays what it was.
/// </summary>
public class GuidelineVersion : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid GuidelineId { get; set; }

    /// <summary>1 for the first version, then one more for each.</summary>
    public int Number { get; set; }

    public string? Text { get; set; }

    /// <summary>What changed from the version before (empty for the first).</summary>
    public string? ChangeNote { get; set; }

    public byte[]? Document { get; set; }
    public string? DocumentContentType { get; set; }
    public string? DocumentName { get; set; }

    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedUtc { get; set; }

    public DateOnly? ApprovedOn { get; set; }
    public Guid? ApprovedByUserId { get; set; }
    public DateOnly? ValidFrom { get; set; }

    public int Version { get; set; }

    public GuidelineVersionFacts Facts => new(Id, Number, ApprovedOn, ValidFrom);
}

/// <summary>A member of staff's "læst og forstået" of a version of a guideline.</summary>
public class GuidelineAcknowledgement
{
    public Guid VersionId { get; set; }
    public Guid UserId { get; set; }
    public DateTime AcknowledgedUtc { get; set; }
}
