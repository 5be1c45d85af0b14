using Retning.Domain.Plans;

namespace Retning.Web.Pages.Admin.Skabeloner;

/// <summary>
/// The template form: per theme the three sub-headings and four help texts. Keys, names and order
/// come from the stored version, never from the form (keys link assessments and goals).
/// </summary>
public sealed class TemplateInput
{
    /// <summary>The template's concurrency version the form was opened on.</summary>
    public int Version { get; set; }

    public List<ThemeInput> Themes { get; set; } = [];

    public static TemplateInput From(PlanTemplate template, TemplateVersion version) => new()
    {
        Version = template.Version,
        Themes = [.. version.Themes.OrderBy(t => t.Order).Select(ThemeInput.From)],
    };
}

public sealed class ThemeInput
{
    [TextLimit(TextLimits.Code)]
    public string? Key { get; set; }
    [TextLimit(TemplateTheme.MaxHelp)]
    public string? HelpText { get; set; }
    [TextLimit(TemplateTheme.MaxLabel)]
    public string? ResourcesLabel { get; set; }
    [TextLimit(TemplateTheme.MaxHelp)]
    public string? ResourcesHelp { get; set; }
    [TextLimit(TemplateTheme.MaxLabel)]
    public string? ChallengesLabel { get; set; }
    [TextLimit(TemplateTheme.MaxHelp)]
    public string? ChallengesHelp { get; set; }
    [TextLimit(TemplateTheme.MaxLabel)]
    public string? SupportNeedLabel { get; set; }
    [TextLimit(TemplateTheme.MaxHelp)]
    public string? SupportNeedHelp { get; set; }

    public static ThemeInput From(TemplateTheme t) => new()
    {
        Key = t.Key,
        HelpText = t.HelpText,
        ResourcesLabel = t.ResourcesLabel,
        ResourcesHelp = t.ResourcesHelp,
        ChallengesLabel = t.ChallengesLabel,
        ChallengesHelp = t.ChallengesHelp,
        SupportNeedLabel = t.SupportNeedLabel,
        SupportNeedHelp = t.SupportNeedHelp,
    };

    /// <summary>The fields of a theme: name in the form, Danish label, whether it is a sub-heading, and its value.</summary>
    public IEnumerable<(string Field, string Label, bool IsHeading, string? Value)> Fields()
    {
        yield return (nameof(HelpText), "Hjælpetekst til temaet", false, HelpText);
        yield return (nameof(ResourcesLabel), "Underoverskrift for ressourcer", true, ResourcesLabel);
        yield return (nameof(ResourcesHelp), "Hjælpetekst til ressourcer", false, ResourcesHelp);
        yield return (nameof(ChallengesLabel), "Underoverskrift for udfordringer", true, ChallengesLabel);
        yield return (nameof(ChallengesHelp), "Hjælpetekst til udfordringer", false, ChallengesHelp);
        yield return (nameof(SupportNeedLabel), "Underoverskrift for støttebehov", true, SupportNeedLabel);
        yield return (nameof(SupportNeedHelp), "Hjælpetekst til støttebehov", false, SupportNeedHelp);
    }

    /// <summary>A new theme for the next version: the stored theme's key, name and order with this form's wording.</summary>
    public TemplateTheme ApplyTo(TemplateTheme stored) => new()
    {
        Key = stored.Key,
        Name = stored.Name,
        Order = stored.Order,
        HelpText = Clean(HelpText),
        ResourcesLabel = Clean(ResourcesLabel) ?? stored.ResourcesLabel,
        ResourcesHelp = Clean(ResourcesHelp),
        ChallengesLabel = Clean(ChallengesLabel) ?? stored.ChallengesLabel,
        ChallengesHelp = Clean(ChallengesHelp),
        SupportNeedLabel = Clean(SupportNeedLabel) ?? stored.SupportNeedLabel,
        SupportNeedHelp = Clean(SupportNeedHelp),
    };

    /// <summary>
    /// Trims and keeps inner line breaks; an empty text is no text. Unlike <see cref="FormText.Clean"/>
    /// it also writes every line break as "\n", so a wording posted with "\r\n" compares equal to the
    /// stored one and an unchanged theme does not count as a changed wording.
    /// </summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ReplaceLineEndings("\n");

    public static bool SameWording(TemplateTheme a, TemplateTheme b) =>
        a.HelpText == b.HelpText && a.ResourcesLabel == b.ResourcesLabel && a.ResourcesHelp == b.ResourcesHelp
        && a.ChallengesLabel == b.ChallengesLabel && a.ChallengesHelp == b.ChallengesHelp
        && a.SupportNeedLabel == b.SupportNeedLabel && a.SupportNeedHelp == b.SupportNeedHelp;
}
