namespace Retning.Domain.Plans;

/// <summary>An offer's plan template of one kind. Editing it makes a new version; old versions stay.</summary>
public class PlanTemplate : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OfferId { get; set; }
    public TemplateKind Kind { get; set; }
    public required string Name { get; set; }
    public int Version { get; set; }

    /// <summary>The guideline the template implements (standard 1.3 indicator 2), if it names one.</summary>
    public Guid? GuidelineId { get; set; }

    public List<TemplateVersion> Versions { get; set; } = [];

    public TemplateVersion Current => Versions.OrderByDescending(v => v.Number).First();
}

/// <summary>A frozen wording of a template: its themes, sub-headings and help texts at one time.</summary>
public class TemplateVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid TemplateId { get; set; }
    public int Number { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? CreatedBy { get; set; }
    public List<TemplateTheme> Themes { get; set; } = [];
}
