using System.Text.Json;
using Hl7.Fhir.Model;
using Retning.Interop.Fhir;
using static Retning.UnitTests.Interop.FhirPlanSample;

namespace Retning.UnitTests.Interop;

/// <summary>The shape of the exported Bundle: profiles, ids, references and what each part of the plan became.</summary>
public sealed class FhirPlanExportTests
{
    private static Bundle Export(bool includeText = false) => FhirPlanExport.Export(Input(), includeText).Bundle;

    private static T Resource<T>(Bundle bundle, Guid id) where T : Resource =>
        Assert.IsType<T>(Assert.Single(bundle.Entry, e => e.Resource!.Id == id.ToString()).Resource);

    [Fact]
    public void The_bundle_is_a_KL_delivery_report_collection_with_its_timestamp()
    {
        var bundle = Export();

        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        Assert.Equal(Input().ExportedAt, bundle.Timestamp);
        Assert.Equal([KlFfbProfiles.DeliveryReport], bundle.Meta!.Profile);
    }

    [Fact]
    public void Every_resource_claims_its_KL_profile()
    {
        var bundle = Export();

        Assert.Equal([KlFfbProfiles.Citizen], Resource<Patient>(bundle, CitizenId).Meta!.Profile);
        Assert.Equal([KlFfbProfiles.CarePlan], Resource<CarePlan>(bundle, PlanId).Meta!.Profile);
        Assert.Equal([KlFfbProfiles.Condition], Resource<Condition>(bundle, EatingTheme).Meta!.Profile);
        Assert.Equal([KlFfbProfiles.TargetGroup], Resource<Condition>(bundle, TargetGroupId).Meta!.Profile);
        Assert.Equal([KlFfbProfiles.InterventionGoal], Resource<Goal>(bundle, GoalId).Meta!.Profile);
        Assert.Equal([KlFfbProfiles.InterventionGoal], Resource<Goal>(bundle, SubGoalId).Meta!.Profile);
        Assert.Equal([KlFfbProfiles.CareEvaluation], Resource<Observation>(bundle, NewerScore).Meta!.Profile);
        Assert.Equal([KlFfbProfiles.FollowUp], Resource<Observation>(bundle, EvaluationId).Meta!.Profile);
        Assert.Equal([KlFfbProfiles.FollowUpEncounter], Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Encounter>()).Meta!.Profile);
        Assert.Equal([KlFfbProfiles.ServicePerformer], Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<CareTeam>()).Meta!.Profile);
        Assert.All(bundle.Entry, e => Assert.StartsWith("http://fhir.kl.dk/ffbreporting/StructureDefinition/kl-reporting-ffb-",
            Assert.Single(e.Resource!.Meta!.Profile), StringComparison.Ordinal));
    }

    [Fact]
    public void Ids_are_Retnings_guids_and_the_same_in_every_export()
    {
        var first = Export();
        var second = Export();

        Assert.Equal(FhirJson.Serialize(first), FhirJson.Serialize(second));
        Assert.All(first.Entry, e => Assert.Equal("urn:uuid:" + e.Resource!.Id, e.FullUrl));
        Assert.Equal($"urn:uuid:{CitizenId}", first.Entry[0].FullUrl);
        var derived = first.Entry.Where(e => e.Resource is Encounter or CareTeam).Select(e => Guid.Parse(e.Resource!.Id!)).ToList();
        Assert.Equal(2, derived.Distinct().Count());
        var otherPlan = FhirPlanExport.Export(Input() with { Plan = Input().Plan with { Id = Guid.NewGuid() } }, false).Bundle;
        Assert.Empty(otherPlan.Entry.Where(e => e.Resource is Encounter or CareTeam).Select(e => Guid.Parse(e.Resource!.Id!)).Intersect(derived));
    }

    [Fact]
    public void Every_reference_points_at_an_entry_of_the_bundle()
    {
        var bundle = Export();
        var fullUrls = bundle.Entry.Select(e => e.FullUrl).ToHashSet(StringComparer.Ordinal);

        using var json = JsonDocument.Parse(FhirJson.Serialize(bundle));
        var references = References(json.RootElement).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.Contains(r, fullUrls));
    }

    [Fact]
    public void The_citizen_is_the_CPR_number_and_the_responsible_organisation_only()
    {
        var patient = Resource<Patient>(Export(includeText: true), CitizenId);

        var identifier = Assert.Single(patient.Identifier);
        Assert.Equal((KlFfbProfiles.CprSystem, "0102031234"), (identifier.System, identifier.Value));
        Assert.Equal(KlFfbProfiles.KombitOrganisationSystem, patient.ManagingOrganization!.Identifier!.System);
        Assert.Empty(patient.Name);
        Assert.Null(patient.BirthDate);
    }

    [Fact]
    public void A_goal_carries_its_FFB_type_its_end_date_and_its_themes_condition_with_rank_one()
    {
        var bundle = Export();
        var goal = Resource<Goal>(bundle, GoalId);

        Assert.Equal(Goal.GoalLifecycleStatus.Active, goal.LifecycleStatus);
        Assert.Equal(KlFfbProfiles.InterventionGoalCategoryCode, Assert.Single(Assert.Single(goal.Category).Coding).Code);
        Assert.Equal(KlFfbProfiles.GoalDescriptionSnomed, Assert.Single(goal.Description!.Coding).Code);
        var changeValue = Assert.Single(goal.Target, t => t.Measure!.Coding[0].Code == KlFfbProfiles.GoalTypeMeasureCode);
        Assert.Equal("d41c8072-52f8-42b5-9375-ddbea454d27f", ((CodeableConcept)changeValue.Detail!).Coding[0].Code);
        Assert.Equal(Ffb, ((CodeableConcept)changeValue.Detail!).Coding[0].System);
        Assert.Equal("2026-06-30", ((Date)changeValue.Due!).Value);
        var addresses = Assert.Single(goal.Addresses);
        Assert.Equal($"urn:uuid:{EatingTheme}", addresses.Reference);
        Assert.Equal(1, ((PositiveInt)addresses.GetExtension(KlFfbProfiles.ConditionRankExtension)!.Value!).Value);
        var milestone = goal.GetExtension(KlFfbProfiles.GoalRelationshipExtension)!;
        Assert.Equal($"urn:uuid:{SubGoalId}", ((ResourceReference)milestone.GetExtension("target")!.Value!).Reference);
        Assert.Equal(Goal.GoalLifecycleStatus.Completed, Resource<Goal>(bundle, SecondGoalId).LifecycleStatus);
    }

    [Fact]
    public void The_care_plan_points_at_goals_target_groups_service_follow_up_and_newest_score()
    {
        var bundle = Export();
        var plan = Resource<CarePlan>(bundle, PlanId);

        Assert.Equal((RequestStatus.Active, CarePlan.CarePlanIntent.Plan), (plan.Status, plan.Intent));
        Assert.Equal("2025-09-01", plan.Period!.Start);
        Assert.Equal([$"urn:uuid:{GoalId}", $"urn:uuid:{SubGoalId}", $"urn:uuid:{SecondGoalId}"], plan.Goal.Select(g => g.Reference));
        Assert.Equal($"urn:uuid:{TargetGroupId}", Assert.Single(plan.Addresses).Reference);
        Assert.Equal($"urn:uuid:{NewerScore}", Assert.Single(Assert.Single(plan.Activity).OutcomeReference).Reference);
        var caseNumber = plan.GetExtension(KlFfbProfiles.MunicipalityCaseNumberExtension)!.GetExtension("municipalitySpecific")!;
        Assert.Equal("Sag154689", ((Identifier)caseNumber.Value!).Value);
        var encounter = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Encounter>());
        Assert.Equal(FhirIds(encounter), ((ResourceReference)plan.GetExtension(KlFfbProfiles.FollowUpDateExtension)!.Value!).Reference);
        Assert.Equal("2026-04-01", encounter.Period!.Start);
        Assert.Equal(Encounter.EncounterStatus.Planned, encounter.Status);
    }

    [Fact]
    public void Scores_and_evaluations_become_care_evaluations_and_follow_ups_on_the_plan()
    {
        var bundle = Export();

        var score = Resource<Observation>(bundle, OlderScore);
        Assert.Equal(KlFfbProfiles.SupportNeedAssessmentCode, score.Code!.Coding[0].Code);
        Assert.Equal("dd628e73-d6c9-4837-a2b8-aa62d73bd6ae", ((CodeableConcept)score.Value!).Coding[0].Code);
        Assert.Equal("2026-02-01", ((FhirDateTime)score.Effective!).Value);
        var followUp = Resource<Observation>(bundle, EvaluationId);
        Assert.Equal(ObservationStatus.Final, followUp.Status);
        Assert.Equal(KlFfbProfiles.FollowUpSnomed, followUp.Code!.Coding[0].Code);
        Assert.Equal($"urn:uuid:{PlanId}", Assert.Single(followUp.Focus).Reference);
        Assert.Equal("1e971d84-10a4-4ef8-a8b3-0daa4c7d088a", ((CodeableConcept)followUp.Value!).Coding[0].Code);
    }

    private static string FhirIds(Resource resource) => "urn:uuid:" + resource.Id;

    // Every "reference" property anywhere in the JSON, however deep (extensions included).
    private static IEnumerable<string> References(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "reference" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : References(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(References),
        _ => [],
    };
}
