namespace Retning.Domain.Plans;

/// <summary>
/// One theme of a template version with its sub-headings and help texts (configurable per
/// offer). Stored inside the template version, so a plan keeps the wording it was written on.
/// </summary>
public sealed class TemplateTheme
{
    // The longest text of each field (docs/architecture.md, "Validation").
    public const int MaxLabel = 100;
    public const int MaxHelp = 2000;

    public required string Key { get; set; }
    public required string Name { get; set; }
    public int Order { get; set; }
    public string? HelpText { get; set; }
    public string ResourcesLabel { get; set; } = "Ressourcer";
    public string? ResourcesHelp { get; set; }
    public string ChallengesLabel { get; set; } = "Udfordringer";
    public string? ChallengesHelp { get; set; }
    public string SupportNeedLabel { get; set; } = "Behov for støtte og indsats";
    public string? SupportNeedHelp { get; set; }
}
