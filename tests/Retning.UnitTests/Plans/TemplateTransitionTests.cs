using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

public sealed class TemplateTransitionTests
{
    private static readonly IReadOnlyList<TemplateTheme> Ics = TemplateCatalog.Themes(TemplateKind.Ics);
    private static readonly IReadOnlyList<TemplateTheme> Vum = TemplateCatalog.Themes(TemplateKind.Vum);
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void The_shared_keys_carry_over_with_their_new_names()
    {
        var report = TemplateTransition.Map(Ics, Vum, ["sundhed", "kommunikation", "indflydelse"]);

        Assert.Equal(
            [
                new CarriedTheme("sundhed", "Sundhedsforhold", "Sundhed og trivsel"),
                new CarriedTheme("kommunikation", "Kommunikationsforhold", "Kommunikation"),
                new CarriedTheme("indflydelse", "Indflydelse på eget liv", "Indflydelse på eget liv"),
            ],
            report.CarriedOver);
        Assert.Empty(report.KeptFromEarlier);
    }

    [Fact]
    public void Assessments_without_a_matching_theme_are_kept_in_the_order_of_the_old_template()
    {
        var report = TemplateTransition.Map(Ics, Vum, ["skole", "sundhed", "familie", "foelelser"]);

        Assert.Equal(["sundhed"], report.CarriedOver.Select(c => c.Key));
        Assert.Equal(
            [
                new EarlierTheme("foelelser", "Følelses- og adfærdsmæssige forhold"),
                new EarlierTheme("skole", "Skoleforhold"),
                new EarlierTheme("familie", "Familieforhold"),
            ],
            report.KeptFromEarlier);
        Assert.Equal(4, report.AssessedCount);
    }

    [Fact]
    public void Nothing_is_lost_every_assessed_key_is_either_carried_or_kept()
    {
        var keys = Ics.Select(t => t.Key).ToList();
        var report = TemplateTransition.Map(Ics, Vum, keys);

        Assert.Equal(keys.Count, report.AssessedCount);
        Assert.Equal(keys.Order(StringComparer.Ordinal), report.CarriedOver.Select(c => c.Key).Concat(report.KeptFromEarlier.Select(k => k.Key)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_new_templates_themes_without_an_assessment_are_listed_in_template_order()
    {
        var report = TemplateTransition.Map(Ics, Vum, ["sundhed"]);

        Assert.Equal(["kommunikation", "indflydelse", "socialt", "mobilitet", "egenomsorg", "praktisk", "samfund"], report.NewThemes.Select(t => t.Key));
    }

    [Fact]
    public void A_plan_without_assessments_moves_with_nothing_to_carry()
    {
        var report = TemplateTransition.Map(Ics, Vum, []);

        Assert.Empty(report.CarriedOver);
        Assert.Empty(report.KeptFromEarlier);
        Assert.Equal(Vum.Count, report.NewThemes.Count);
    }

    [Fact]
    public void Keys_from_a_still_earlier_template_keep_their_name_from_the_given_names_or_the_key()
    {
        var names = new Dictionary<string, string> { ["skole"] = "Skoleforhold" };

        var report = TemplateTransition.Map(Vum, TemplateCatalog.Themes(TemplateKind.Ffb), ["skole", "ukendt", "socialt"], names);

        Assert.Contains(new EarlierTheme("skole", "Skoleforhold"), report.KeptFromEarlier);
        Assert.Contains(new EarlierTheme("ukendt", "ukendt"), report.KeptFromEarlier);
        Assert.Contains(new EarlierTheme("socialt", "Socialt liv"), report.KeptFromEarlier);
    }

    [Fact]
    public void A_newer_version_of_the_same_template_carries_everything()
    {
        var renamed = Vum.Select(t => new TemplateTheme { Key = t.Key, Name = t.Name + " (ny)", Order = t.Order }).ToList();

        var report = TemplateTransition.Map(Vum, renamed, ["socialt", "samfund"]);

        Assert.Equal([new CarriedTheme("socialt", "Socialt liv", "Socialt liv (ny)"), new CarriedTheme("samfund", "Samfundsliv", "Samfundsliv (ny)")], report.CarriedOver);
        Assert.Empty(report.KeptFromEarlier);
    }

    [Fact]
    public void Duplicate_keys_count_once() =>
        Assert.Single(TemplateTransition.Map(Ics, Vum, ["sundhed", "sundhed"]).CarriedOver);

    [Theory]
    [InlineData(TemplateKind.Ics, -18, 0, true)]    // 18 today
    [InlineData(TemplateKind.Ics, -25, 0, true)]    // an adult still on the children's template
    [InlineData(TemplateKind.Ics, -18, 3, true)]    // turns 18 in exactly 3 months
    [InlineData(TemplateKind.Ics, -18, 1, true)]    // turns 18 next month
    [InlineData(TemplateKind.Ics, -17, 4, false)]   // 18 in 4 months: not yet
    [InlineData(TemplateKind.Ics, -10, 0, false)]   // a child
    [InlineData(TemplateKind.Vum, -25, 0, false)]   // already on the adults' template
    [InlineData(TemplateKind.Ffb, -18, 1, false)]   // on FFB: no move to VUM offered
    public void The_adults_template_is_offered_from_three_months_before_the_18th_birthday(TemplateKind kind, int yearsAgo, int monthsAhead, bool offered)
    {
        var birth = Today.AddYears(yearsAgo).AddMonths(monthsAhead);

        Assert.Equal(offered, TemplateTransition.OffersAdultTemplate(kind, birth, Today));
    }

    [Fact]
    public void Three_months_and_a_day_before_the_birthday_is_too_early()
    {
        var birth = Today.AddMonths(3).AddDays(1).AddYears(-18);

        Assert.False(TemplateTransition.OffersAdultTemplate(TemplateKind.Ics, birth, Today));
        Assert.True(TemplateTransition.OffersAdultTemplate(TemplateKind.Ics, birth, Today.AddDays(1)));
    }
}
