namespace Retning.Domain.Plans;

/// <summary>
/// The citizen's one living, forward-looking individual plan, written on a template version.
/// </summary>
public class Plan : IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CitizenId { get; set; }
    public Guid TemplateVersionId { get; set; }
    public TemplateVersion? TemplateVersion { get; set; }

    /// <summary>The citizen's own perspective and wishes.</summary>
    public string? CitizenPerspective { get; set; }

    /// <summary>A documented "the citizen has no wishes for goals" (not the same as an empty field).</summary>
    public bool NoWishes { get; set; }

    /// <summary>How and how far the citizen, custody holders, guardian or network took part.</summary>
    public string? Participation { get; set; }

    /// <summary>"Tilbuddets tilføjelser til formålet med indsatsen".</summary>
    public string? OfferAdditions { get; set; }

    /// <summary>Professional approaches and methods and how they are practised for this citizen (free text).</summary>
    public string? ApproachesText { get; set; }

    public string? SympatheticComfort { get; set; }
    public string? SympatheticDiscomfort { get; set; }
    public string? ParasympatheticComfort { get; set; }
    public string? ParasympatheticDiscomfort { get; set; }
    public DateOnly? CompassUpdatedOn { get; set; }

    public DateOnly? RevisionOn { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public int Version { get; set; }

    public List<ThemeAssessment> Assessments { get; set; } = [];
    public List<PlanMethod> Methods { get; set; } = [];
    public List<DpuEntry> DpuEntries { get; set; } = [];
    public List<Goal> Goals { get; set; } = [];
    public List<PlanPeriod> Periods { get; set; } = [];
}

/// <summary>The assessment (udredning) of one theme: resources, challenges, need for support and effort.</summary>
public class ThemeAssessment : IVersioned, ITimestamped
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PlanId { get; set; }
    public required string ThemeKey { get; set; }
    public string? Resources { get; set; }
    public string? Challenges { get; set; }
    public string? SupportNeed { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>An approach or method (from the offer's catalogue or free text) and how it is practised here.</summary>
public class PlanMethod
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PlanId { get; set; }
    public required string Name { get; set; }
    public string? HowPractised { get; set; }
}

/// <summary>An offer's catalogue of professional approaches and methods.</summary>
public class MethodCatalogueItem
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OfferId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
}

/// <summary>A DPU (Dansk pædagogisk udviklingsbeskrivelse) made on a date.</summary>
public class DpuEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PlanId { get; set; }
    public DateOnly MadeOn { get; set; }
    public string? Summary { get; set; }
}
