using Retning.Domain.Evaluations;
using Retning.Domain.Plans;
using Retning.Domain.Vocabulary;

namespace Retning.UnitTests.Vocabulary;

/// <summary>The lookup's order: the built-in code first, then the administrator's mapping, else nothing.</summary>
public sealed class FfbResolverTests
{
    private static readonly Guid Template = Guid.Parse("00000000-0000-0000-0000-0000000000f1");
    private static readonly Guid Scale = Guid.Parse("00000000-0000-0000-0000-0000000000f2");
    private const string Memory = "61452fe5-cea2-4d92-b2f1-406e9a5d31cb";
    private const string Relations = "3856b434-f72e-42a5-b9d1-0cc93f48434b";
    private const string HighNeed = "b99a0790-4d70-4152-b149-3fe58b745583";

    private static FfbMapping Map(FfbKind kind, Guid owner, string key, string code) =>
        new() { Kind = kind, OwnerId = owner, ItemKey = key, Code = code, CodeSystemVersion = "20240530", ChangedByName = "Test" };

    private static FfbResolver With(params FfbMapping[] mappings) => new(FfbCodeSystem.Current, mappings);

    [Fact]
    public void A_theme_of_the_FFB_template_has_its_built_in_code_even_if_an_administrator_mapped_the_key()
    {
        var resolver = With(Map(FfbKind.Theme, Template, "mental", Memory));

        var coding = resolver.Theme(TemplateKind.Ffb, Template, "mental");

        Assert.Equal(new FfbCoding(FfbCodeSystem.SystemUri, "20240530", "25c5c614-305f-46cd-9891-55d564fc30cf", "Mentale funktioner"), coding);
    }

    [Fact]
    public void A_local_theme_has_the_administrators_code_or_none()
    {
        var resolver = With(Map(FfbKind.Theme, Template, "venskab", Relations));

        Assert.Equal("Relationer", resolver.Theme(TemplateKind.Ics, Template, "venskab")?.Display);
        Assert.Null(resolver.Theme(TemplateKind.Ics, Template, "skole"));
        Assert.Null(resolver.Theme(TemplateKind.Ics, Guid.NewGuid(), "venskab"));
        // The same key in an ICS template is local: "sundhed" is not the FFB template's theme there.
        Assert.Null(resolver.Theme(TemplateKind.Vum, Template, "sundhed"));
        // A theme added to the FFB template is local too.
        Assert.Null(resolver.Theme(TemplateKind.Ffb, Template, "egen-tema"));
    }

    [Fact]
    public void A_stored_code_of_the_wrong_kind_or_unknown_to_the_code_system_answers_nothing()
    {
        var resolver = With(Map(FfbKind.Theme, Template, "a", HighNeed), Map(FfbKind.Theme, Template, "b", "gone"));

        Assert.Null(resolver.Theme(TemplateKind.Ics, Template, "a"));
        Assert.Null(resolver.Theme(TemplateKind.Ics, Template, "b"));
    }

    [Fact]
    public void A_level_of_the_FFB_scale_has_its_built_in_code_and_a_local_level_the_administrators()
    {
        var ffb = IndicatorScale.FfbSupportNeed();
        List<ScaleLevel> local = [new() { Value = 1, Label = "Lidt" }, new() { Value = 2, Label = "Meget" }];
        var resolver = With(Map(FfbKind.SupportNeedLevel, Scale, "2", HighNeed), Map(FfbKind.SupportNeedLevel, Scale, "4", HighNeed));

        Assert.Equal("Fuldstændigt støttebehov", resolver.ScaleLevel(Scale, ffb, 4)?.Display);
        Assert.Equal("Intet støttebehov", resolver.ScaleLevel(Scale, ffb, 0)?.Display);
        Assert.Equal("Højt støttebehov", resolver.ScaleLevel(Scale, local, 2)?.Display);
        Assert.Null(resolver.ScaleLevel(Scale, local, 1));
    }

    [Fact]
    public void A_note_not_scored_is_not_assessed_on_any_scale()
    {
        var resolver = With();

        Assert.Equal("Ikke vurderet", resolver.ScaleLevel(Scale, IndicatorScale.FfbSupportNeed(), null)?.Display);
        Assert.Equal("2254dac8-8aa3-4334-8502-9720194f49ad", resolver.ScaleLevel(Scale, [], null)?.Code);
    }

    [Fact]
    public void Goal_types_and_decisions_are_built_in_and_adjust_has_none()
    {
        var resolver = With();

        Assert.Equal("Begrænse tab af funktionsevne", resolver.GoalType(GoalType.LimitLoss).Display);
        Assert.Equal("Træf afgørelse om fortsættelse af indsats", resolver.Decision(EvaluationDecision.Continue)?.Display);
        Assert.Equal("Træf afgørelse om afslutning af indsats", resolver.Decision(EvaluationDecision.CloseNotAchieved)?.Display);
        Assert.Null(resolver.Decision(EvaluationDecision.Adjust));
    }
}
