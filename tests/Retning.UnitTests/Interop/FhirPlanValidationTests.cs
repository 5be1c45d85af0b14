using Hl7.Fhir.Model;
using Retning.Interop.Fhir;

namespace Retning.UnitTests.Interop;

/// <summary>
/// The exported Bundle is valid FHIR R4 against the base specification, with and without text.
/// KL's profiles cannot be loaded here (only FSH in hl7dk/kl-ffb-reporting, no package registry),
/// so the validator is asked twice: once with meta.profile removed (pure base spec: no errors),
/// and once as exported, where the only errors allowed are "cannot resolve KL's profile".
/// </summary>
public sealed class FhirPlanValidationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_full_plan_validates_against_the_R4_base_spec_with_no_errors(bool includeText)
    {
        var bundle = WithoutProfiles(FhirPlanExport.Export(FhirPlanSample.Input(), includeText).Bundle);

        var outcome = FhirValidation.Validate(bundle);

        output.WriteLine(FhirValidation.Describe(outcome.Issue));
        var errors = FhirValidation.Errors(outcome);
        Assert.True(errors.Count == 0, FhirValidation.Describe(errors));
        // The only warnings: KL's extensions, which the base spec cannot know.
        Assert.All(outcome.Issue.Where(i => i.Severity == OperationOutcome.IssueSeverity.Warning), w =>
            Assert.Matches("^Unable to resolve reference to extension 'http://fhir\\.kl\\.dk/", w.Details?.Text ?? ""));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void With_the_KL_profiles_claimed_the_only_errors_are_the_profiles_the_validator_cannot_load(bool includeText)
    {
        var bundle = FhirPlanExport.Export(FhirPlanSample.Input(), includeText).Bundle;

        var outcome = FhirValidation.Validate(bundle);

        var errors = FhirValidation.Errors(outcome);
        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.Equal(OperationOutcome.IssueType.Incomplete, e.Code);
            Assert.StartsWith("Unable to resolve reference to profile 'http://fhir.kl.dk/ffbreporting/StructureDefinition/", e.Details?.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_plan_with_nothing_coded_still_validates_against_the_base_spec()
    {
        var input = FhirPlanSample.Input();
        var bare = input with
        {
            Citizen = input.Citizen with { Cpr = null, KombitOrganisationId = null },
            Plan = input.Plan with { CaseNumber = null, Service = null, NextFollowUpOn = null },
            Themes = [.. input.Themes.Select(t => t with { Condition = null, Severity = null })],
            TargetGroups = [.. input.TargetGroups.Select(g => g with { Coding = null })],
            Goals = [.. input.Goals.Select(g => g with { GoalType = null, TargetLevel = null })],
            Scores = [.. input.Scores.Select(s => s with { Level = null })],
            Evaluations = [.. input.Evaluations.Select(e => e with { Decision = null })],
        };
        var bundle = WithoutProfiles(FhirPlanExport.Export(bare, includeText: false).Bundle);

        var errors = FhirValidation.Errors(FhirValidation.Validate(bundle));

        Assert.True(errors.Count == 0, FhirValidation.Describe(errors));
    }

    private static Bundle WithoutProfiles(Bundle exported)
    {
        var bundle = (Bundle)exported.DeepCopy();
        bundle.Meta = null;
        foreach (var entry in bundle.Entry)
        {
            entry.Resource!.Meta = null;
        }
        return bundle;
    }
}
