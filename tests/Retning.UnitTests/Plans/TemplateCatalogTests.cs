using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

public sealed class TemplateCatalogTests
{
    [Fact]
    public void The_childrens_template_has_the_seeds_ten_themes_in_order() =>
        Assert.Equal(
            ["Sundhedsforhold", "Kommunikationsforhold", "Indflydelse på eget liv", "Følelses- og adfærdsmæssige forhold", "Identitetsforhold",
             "Selvstændighedsforhold", "Skoleforhold", "Fritidsforhold", "Venskabsforhold", "Familieforhold"],
            TemplateCatalog.Themes(TemplateKind.Ics).OrderBy(t => t.Order).Select(t => t.Name));

    [Fact]
    public void The_adults_template_has_the_seeds_eight_themes() =>
        Assert.Equal(
            ["Sundhed og trivsel", "Kommunikation", "Indflydelse på eget liv", "Socialt liv", "Mobilitet", "Egenomsorg", "Praktiske opgaver", "Samfundsliv"],
            TemplateCatalog.Themes(TemplateKind.Vum).OrderBy(t => t.Order).Select(t => t.Name));

    [Fact]
    public void The_ffb_template_has_the_eleven_common_themes() =>
        Assert.Equal(11, TemplateCatalog.Themes(TemplateKind.Ffb).Count);

    [Theory]
    [InlineData(TemplateKind.Ics)]
    [InlineData(TemplateKind.Vum)]
    [InlineData(TemplateKind.Ffb)]
    public void Every_theme_has_a_unique_key_and_help_texts(TemplateKind kind)
    {
        var themes = TemplateCatalog.Themes(kind);
        Assert.Equal(themes.Count, themes.Select(t => t.Key).Distinct().Count());
        Assert.All(themes, t => Assert.False(string.IsNullOrWhiteSpace(t.HelpText)));
    }

    [Fact]
    public void The_required_childrens_goal_kinds_point_at_existing_themes()
    {
        var keys = TemplateCatalog.Themes(TemplateKind.Ics).Select(t => t.Key).ToHashSet();
        Assert.All(OfferPlanRules.ChildrenDefaults().SelectMany(k => k.ThemeKeys), key => Assert.Contains(key, keys));
    }

    [Fact]
    public void The_default_scale_is_the_ffb_support_need_scale() =>
        Assert.Equal(["Fuldstændigt", "Højt", "Moderat", "Let", "Intet"], IndicatorScale.FfbSupportNeed().Select(l => l.Label));
}
