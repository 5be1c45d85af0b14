using Hl7.Fhir.Model;
using Retning.Interop.Fhir;
using static Retning.UnitTests.Interop.FhirPlanSample;

namespace Retning.UnitTests.Interop;

/// <summary>Free text leaves Retning only for a caller with the "text" right (docs/adr/0019-fhir-export.md).</summary>
public sealed class FhirTextPolicyTests
{
    [Fact]
    public void Without_text_no_free_text_of_the_plan_appears_anywhere_in_the_bundle()
    {
        var bundle = FhirPlanExport.Export(Input(), includeText: false).Bundle;

        var json = FhirJson.Serialize(bundle);

        Assert.All(FreeTexts, text => Assert.DoesNotContain(text, json, StringComparison.Ordinal));
        Assert.All(bundle.Entry, e => Assert.Null(((DomainResource)e.Resource!).Text));
        Assert.All(bundle.Entry.Select(e => e.Resource).OfType<Goal>(), g => Assert.Null(g.Description!.Text));
        // Nor the labels only meant for the unmapped list.
        Assert.DoesNotContain("Autonomt kompas", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Ikke vurderet", json, StringComparison.Ordinal);
    }

    [Fact]
    public void With_text_every_free_text_of_the_plan_is_in_the_bundle()
    {
        var json = FhirJson.Serialize(FhirPlanExport.Export(Input(), includeText: true).Bundle);

        Assert.All(FreeTexts, text => Assert.Contains(text, json, StringComparison.Ordinal));
    }

    [Fact]
    public void With_text_the_goal_wording_is_its_description_and_other_texts_are_the_narrative()
    {
        var bundle = FhirPlanExport.Export(Input(), includeText: true).Bundle;
        var goal = (Goal)bundle.Entry.Single(e => e.Resource!.Id == GoalId.ToString()).Resource!;
        var theme = (Condition)bundle.Entry.Single(e => e.Resource!.Id == EatingTheme.ToString()).Resource!;

        Assert.Equal(FreeTexts[4], goal.Description!.Text);
        Assert.Contains(FreeTexts[5], goal.Text!.Div, StringComparison.Ordinal);
        Assert.Equal(Narrative.NarrativeStatus.Additional, theme.Text!.Status);
        Assert.Contains(FreeTexts[2], theme.Text.Div, StringComparison.Ordinal);
        Assert.Empty(theme.Note);
    }

    [Fact]
    public void Text_is_escaped_into_the_narratives_xhtml()
    {
        var input = Input();
        var risky = input with { Plan = input.Plan with { Texts = [new FhirText("Perspektiv", "<script>alert('x')</script> & mere")] } };
        var plan = (CarePlan)FhirPlanExport.Export(risky, includeText: true).Bundle.Entry.Single(e => e.Resource is CarePlan).Resource!;

        Assert.DoesNotContain("<script>", plan.Text!.Div, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", plan.Text.Div, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_XML_cannot_hold_are_dropped_and_the_rest_kept()
    {
        var input = Input();
        var odd = input with { Plan = input.Plan with { Texts = [new FhirText("Perspektiv", "Glad\u0001 for æbler 🍎")] } };
        var plan = (CarePlan)FhirPlanExport.Export(odd, includeText: true).Bundle.Entry.Single(e => e.Resource is CarePlan).Resource!;

        Assert.Contains("Glad for æbler 🍎", plan.Text!.Div, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0001", plan.Text.Div, StringComparison.Ordinal);
    }
}
