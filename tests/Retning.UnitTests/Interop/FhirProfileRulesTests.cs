using System.Text.Json;
using Hl7.Fhir.Model;
using Retning.Interop.Fhir;

namespace Retning.UnitTests.Interop;

/// <summary>
/// The KL profiles' rules the base-spec validator cannot check, written out from their FSH
/// (hl7dk/kl-ffb-reporting input/fsh): the elements each profile closes (..0) stay empty, and the
/// ConditionRank invariants hold. Checked on the JSON a receiver gets.
/// </summary>
public sealed class FhirProfileRulesTests
{
    // Per profile: the top-level elements it leaves open and Retning fills; everything else is closed or unused.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [KlFfbProfiles.Citizen] = ["identifier", "managingOrganization"],
        [KlFfbProfiles.CarePlan] = ["extension", "status", "intent", "subject", "period", "careTeam", "addresses", "goal", "activity"],
        [KlFfbProfiles.InterventionGoal] = ["extension", "lifecycleStatus", "category", "description", "subject", "target", "addresses"],
        [KlFfbProfiles.Condition] = ["clinicalStatus", "verificationStatus", "severity", "code", "subject", "recordedDate"],
        [KlFfbProfiles.TargetGroup] = ["code", "subject", "recordedDate"],
        [KlFfbProfiles.CareEvaluation] = ["status", "code", "subject", "effectiveDateTime", "valueCodeableConcept"],
        [KlFfbProfiles.FollowUp] = ["status", "code", "subject", "focus", "effectiveDateTime", "valueCodeableConcept"],
        [KlFfbProfiles.FollowUpEncounter] = ["status", "class", "type", "subject", "period"],
        [KlFfbProfiles.ServicePerformer] = ["category", "subject"],
    };

    private static readonly string[] EveryResource = ["resourceType", "id", "meta", "text"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void No_resource_fills_an_element_its_profile_closes(bool includeText)
    {
        using var json = JsonDocument.Parse(FhirJson.Serialize(FhirPlanExport.Export(FhirPlanSample.Input(), includeText).Bundle));

        foreach (var entry in json.RootElement.GetProperty("entry").EnumerateArray())
        {
            var resource = entry.GetProperty("resource");
            var profile = resource.GetProperty("meta").GetProperty("profile")[0].GetString()!;
            var filled = resource.EnumerateObject().Select(p => p.Name).Except(EveryResource);
            Assert.Empty(filled.Except(Allowed[profile]));
        }
        Assert.Equal(["resourceType", "meta", "type", "timestamp", "entry"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Coded_elements_carry_no_text_of_their_own()
    {
        using var json = JsonDocument.Parse(FhirJson.Serialize(FhirPlanExport.Export(FhirPlanSample.Input(), includeText: true).Bundle));

        foreach (var entry in json.RootElement.GetProperty("entry").EnumerateArray())
        {
            var resource = entry.GetProperty("resource");
            foreach (var coded in new[] { "code", "valueCodeableConcept", "severity" })
            {
                if (resource.TryGetProperty(coded, out var concept))
                {
                    Assert.False(concept.TryGetProperty("text", out _), $"{coded}.text in {resource.GetProperty("id")}");
                }
            }
        }
    }

    [Fact]
    public void Each_goal_addresses_one_rank_one_condition_and_the_plan_at_most_one()
    {
        var input = FhirPlanSample.Input();
        var twoPrimary = input with
        {
            TargetGroups = [.. input.TargetGroups, input.TargetGroups[0] with { Id = Guid.NewGuid(), Primary = true }],
        };
        var bundle = FhirPlanExport.Export(twoPrimary, includeText: false).Bundle;

        var ranks = bundle.Entry.Select(e => e.Resource).OfType<CarePlan>().Single().Addresses
            .Select(a => ((PositiveInt)a.GetExtension(KlFfbProfiles.ConditionRankExtension)!.Value!).Value).ToList();
        Assert.Equal([1, 2], ranks);
        Assert.All(bundle.Entry.Select(e => e.Resource).OfType<Goal>(), goal => Assert.Single(goal.Addresses,
            a => ((PositiveInt)a.GetExtension(KlFfbProfiles.ConditionRankExtension)!.Value!).Value == 1));
    }
}
