using Hl7.Fhir.Model;
using Retning.Interop.Fhir;
using static Retning.UnitTests.Interop.FhirPlanSample;

namespace Retning.UnitTests.Interop;

/// <summary>A missing coding is never made up: the coded element is left out and the Unmapped list says what and why.</summary>
public sealed class FhirUnmappedTests
{
    private static readonly Guid UncodedScore = Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a0d");
    private static readonly Guid UncodedEvaluation = Guid.Parse("4a7c2a0e-8f4e-4c33-9a51-0c1f6f3b1a0e");

    [Fact]
    public void The_sample_lists_exactly_what_it_lacks()
    {
        var unmapped = FhirPlanExport.Export(Input(), includeText: false).Unmapped;

        Assert.Equal(
        [
            (UncodedTheme, "Condition.code"),
            (GoalId, "Goal.target[severitySlice].detail"),
            (SecondGoalId, "Goal.target[changeValueSlice].detail"),
            (SecondGoalId, "Goal.target[severitySlice].detail"),
            (UncodedScore, "Observation.valueCodeableConcept"),
            (UncodedEvaluation, "Observation.valueCodeableConcept"),
        ], unmapped.Select(u => (u.SourceId, u.Element)));
        Assert.All(unmapped, u => Assert.False(string.IsNullOrWhiteSpace(u.Reason)));
    }

    [Fact]
    public void Uncoded_themes_scores_and_decisions_are_left_out_and_uncoded_goal_types_leave_the_detail_empty()
    {
        var bundle = FhirPlanExport.Export(Input(), includeText: false).Bundle;
        var ids = bundle.Entry.Select(e => e.Resource!.Id).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(UncodedTheme.ToString(), ids);
        Assert.DoesNotContain(UncodedScore.ToString(), ids);
        Assert.DoesNotContain(UncodedEvaluation.ToString(), ids);
        var goal = (Goal)bundle.Entry.Single(e => e.Resource!.Id == SecondGoalId.ToString()).Resource!;
        Assert.All(goal.Target, t => Assert.Null(t.Detail));
        Assert.Equal(2, goal.Target.Count);
    }

    [Fact]
    public void A_goal_whose_theme_has_no_condition_addresses_nothing_and_says_so()
    {
        var input = Input();
        var onUncodedTheme = input with { Goals = [input.Goals[1] with { ThemeKey = "autonomt-kompas" }] };

        var result = FhirPlanExport.Export(onUncodedTheme, includeText: false);

        Assert.Contains(result.Unmapped, u => u.SourceId == SecondGoalId && u.Element == "Goal.addresses");
        Assert.Empty(((Goal)result.Bundle.Entry.Single(e => e.Resource is Goal).Resource!).Addresses);
    }

    [Fact]
    public void What_the_profiles_require_but_Retning_lacks_is_listed_without_revealing_values()
    {
        var input = Input();
        var lacking = input with
        {
            Citizen = input.Citizen with { Cpr = "0102O3-1234", KombitOrganisationId = null },
            Plan = input.Plan with { CaseNumber = null, Service = null, NextFollowUpOn = null },
            TargetGroups = [.. input.TargetGroups.Select(g => g with { Coding = null })],
        };

        var result = FhirPlanExport.Export(lacking, includeText: false);

        Assert.Equal(
            ["Patient.identifier", "Patient.managingOrganization", "Condition.code", "CarePlan.extension[municipalityCaseNumber]", "CarePlan.careTeam"],
            result.Unmapped.Where(u => u.SourceId == CitizenId || u.SourceId == PlanId || u.SourceId == TargetGroupId).Select(u => u.Element));
        Assert.All(result.Unmapped, u => Assert.DoesNotContain("0102", u.Reason, StringComparison.Ordinal));
        var patient = (Patient)result.Bundle.Entry[0].Resource!;
        Assert.Empty(patient.Identifier);
        Assert.Null(patient.ManagingOrganization);
        var plan = (CarePlan)result.Bundle.Entry.Single(e => e.Resource is CarePlan).Resource!;
        Assert.Empty(plan.Extension);
        Assert.Empty(plan.CareTeam);
        Assert.Empty(plan.Addresses);
        Assert.DoesNotContain(result.Bundle.Entry, e => e.Resource is Encounter or CareTeam);
    }

    [Fact]
    public void A_completed_plan_and_closed_goals_map_to_FHIR_statuses()
    {
        var input = Input();
        var ended = input with
        {
            Plan = input.Plan with { End = new DateOnly(2026, 3, 1) },
            Goals = [input.Goals[1] with { State = Retning.Domain.Plans.GoalState.Closed }, input.Goals[0] with { State = Retning.Domain.Plans.GoalState.Passive, SubGoals = [] }],
        };

        var bundle = FhirPlanExport.Export(ended, includeText: false).Bundle;

        var plan = (CarePlan)bundle.Entry.Single(e => e.Resource is CarePlan).Resource!;
        Assert.Equal((RequestStatus.Completed, "2026-03-01"), (plan.Status, plan.Period!.End));
        Assert.Equal([Goal.GoalLifecycleStatus.Cancelled, Goal.GoalLifecycleStatus.OnHold],
            bundle.Entry.Select(e => e.Resource).OfType<Goal>().Select(g => g.LifecycleStatus));
    }
}
