using Retning.Domain.Evaluations;
using Retning.Domain.Plans;
using Retning.Domain.Vocabulary;

namespace Retning.UnitTests.Vocabulary;

/// <summary>
/// Every built-in FFB code is in the shipped code system, of the right kind, with the display written
/// beside it; and everything that is left without a code says why (docs/adr/0018-ffb-vocabulary.md).
/// </summary>
public sealed class FfbCodesTests
{
    private static readonly FfbCodeSystem Ffb = FfbCodeSystem.Current;

    private static void AssertIn(FfbKind kind, FfbBuiltIn builtIn)
    {
        var concept = Ffb.Find(builtIn.Code);
        Assert.True(concept is not null, $"{builtIn.Code} ({builtIn.Display}) is not in FFB {Ffb.Version}");
        Assert.Equal(builtIn.Display, concept.Display);
        Assert.True(Ffb.Allows(kind, builtIn.Code), $"{builtIn.Display} is not a code of kind {kind}");
    }

    [Fact]
    public void Every_theme_of_the_FFB_template_has_an_FFB_theme_code_with_its_display()
    {
        var template = TemplateCatalog.Themes(TemplateKind.Ffb);

        Assert.Equal(template.Select(t => t.Key).Order(), FfbCodes.Themes.Keys.Order());
        Assert.All(FfbCodes.Themes.Values, c => AssertIn(FfbKind.Theme, c));
        // The theme codes are the FFB themes themselves (not their conditions) and all different.
        Assert.All(FfbCodes.Themes.Values, c => Assert.Equal(2, Ffb.Find(c.Code)!.Depth));
        Assert.Equal(11, FfbCodes.Themes.Values.Select(c => c.Code).Distinct().Count());
        // The template names each theme as FFB does.
        Assert.All(template, t => Assert.Equal(FfbCodes.Themes[t.Key].Display, t.Name));
    }

    [Fact]
    public void Every_level_of_the_FFB_support_need_scale_and_not_assessed_have_their_codes()
    {
        var scale = IndicatorScale.FfbSupportNeed();

        Assert.Equal(scale.Select(l => l.Value).Order(), FfbCodes.SupportNeedLevels.Keys.Order());
        Assert.All(FfbCodes.SupportNeedLevels.Values, c => AssertIn(FfbKind.SupportNeedLevel, c));
        Assert.All(scale, l => Assert.StartsWith(l.Label, FfbCodes.SupportNeedLevels[l.Value].Display, StringComparison.Ordinal));
        AssertIn(FfbKind.SupportNeedLevel, FfbCodes.NotAssessed);
        // Six FFB levels, six different codes: the five levels and "Ikke vurderet".
        Assert.Equal(6, FfbCodes.SupportNeedLevels.Values.Append(FfbCodes.NotAssessed).Select(c => c.Code).Distinct().Count());
    }

    [Fact]
    public void Every_goal_type_has_its_FFB_goal_type()
    {
        Assert.Equal(Enum.GetValues<GoalType>(), FfbCodes.GoalTypes.Keys.Order());
        Assert.All(FfbCodes.GoalTypes.Values, c => AssertIn(FfbKind.GoalType, c));
        Assert.Equal("Udvikle funktionsevne", FfbCodes.GoalTypes[GoalType.Develop].Display);
        Assert.Equal("Fastholde funktionsevne", FfbCodes.GoalTypes[GoalType.Maintain].Display);
        Assert.Equal("Begrænse tab af funktionsevne", FfbCodes.GoalTypes[GoalType.LimitLoss].Display);
    }

    [Fact]
    public void Every_evaluation_decision_has_a_code_or_a_stated_reason_never_both()
    {
        foreach (var decision in Enum.GetValues<EvaluationDecision>())
        {
            var hasCode = FfbCodes.Decisions.TryGetValue(decision, out var code);
            var hasReason = FfbCodes.DecisionsWithoutCode.TryGetValue(decision, out var reason);
            Assert.True(hasCode ^ hasReason, $"{decision}: exactly one of a code and a reason");
            if (hasCode)
            {
                AssertIn(FfbKind.EvaluationDecision, code!);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(reason));
            }
        }

        Assert.Equal("Træf afgørelse om fortsættelse af indsats", FfbCodes.Decisions[EvaluationDecision.Continue].Display);
        Assert.Contains(EvaluationDecision.Adjust, FfbCodes.DecisionsWithoutCode.Keys);
        Assert.Equal("Træf afgørelse om afslutning af indsats og visiter til ny", Ffb.Find(FfbCodes.EndAndReferCode)?.Display);
        Assert.DoesNotContain(FfbCodes.Decisions.Values, c => c.Code == FfbCodes.EndAndReferCode);
    }

    [Fact]
    public void The_purpose_categories_shipped_with_FFB_codes_use_FFB_themes_with_their_names()
    {
        Assert.All(PurposeCategory.DefaultList, c => AssertIn(FfbKind.Theme, new FfbBuiltIn(c.Code, c.Name)));
    }

    [Fact]
    public void A_scale_is_the_FFB_scale_only_with_the_same_values_and_labels()
    {
        Assert.True(FfbCodes.IsFfbSupportNeedScale(IndicatorScale.FfbSupportNeed()));
        Assert.True(FfbCodes.IsFfbSupportNeedScale(IndicatorScale.FfbSupportNeed().AsEnumerable().Reverse()));

        var renamed = IndicatorScale.FfbSupportNeed();
        renamed[0].Label = "Total";
        Assert.False(FfbCodes.IsFfbSupportNeedScale(renamed));
        Assert.False(FfbCodes.IsFfbSupportNeedScale(IndicatorScale.FfbSupportNeed().Take(4)));
    }
}
