using Hl7.Fhir.Model;
using Retning.Domain.Vocabulary;
using GoalState = Retning.Domain.Plans.GoalState;

namespace Retning.Interop.Fhir;

/// <summary>
/// Goals and sub-goals as InterventionGoals: the FFB goal type and target function level as the
/// profile's two target slices, the theme's Condition as the addressed condition (rank 1), and a
/// sub-goal tied to its goal as a milestone (R4's goal-relationship extension).
/// </summary>
internal static class GoalMapping
{
    /// <returns>The ids of every goal and sub-goal added.</returns>
    public static List<Guid> Add(ExportContext context, IReadOnlyDictionary<string, Guid> themeConditions)
    {
        var added = new List<Guid>();
        foreach (var goal in context.Input.Goals)
        {
            var resource = AddOne(context, goal, themeConditions, added);
            foreach (var subGoal in goal.SubGoals)
            {
                AddOne(context, subGoal, themeConditions, added);
                var relation = new Extension { Url = KlFfbProfiles.GoalRelationshipExtension };
                relation.Extension.Add(new Extension("type", new CodeableConcept("http://hl7.org/fhir/goal-relationship-type", "milestone")));
                relation.Extension.Add(new Extension("target", FhirIds.Reference(subGoal.Id)));
                resource.Extension.Add(relation);
            }
        }
        return added;
    }

    private static Goal AddOne(ExportContext context, FhirGoalInput input, IReadOnlyDictionary<string, Guid> themeConditions, List<Guid> added)
    {
        var goal = new Goal
        {
            LifecycleStatus = Lifecycle(input.State),
            Category = [new CodeableConcept { Coding = [new Coding(KlFfbProfiles.KlCommonSystem, KlFfbProfiles.InterventionGoalCategoryCode, "FFB indsatsmål")] }],
            Description = new CodeableConcept(KlFfbProfiles.SnomedSystem, KlFfbProfiles.GoalDescriptionSnomed),
            Subject = context.Citizen,
        };
        if (context.IncludeText && !string.IsNullOrWhiteSpace(input.Text))
        {
            goal.Description.Text = input.Text;
        }

        var changeValue = Target(KlFfbProfiles.GoalTypeMeasureCode, input.GoalType);
        if (input.EndOn is { } end)
        {
            changeValue.Due = new Date(FhirIds.Date(end));
        }
        if (input.GoalType is null)
        {
            context.Miss(input.Id, "Goal.target[changeValueSlice].detail", "Målet har ingen FFB-måltype (udvikle/fastholde/begrænse tab).");
        }
        var severity = Target(KlFfbProfiles.FunctionLevelMeasureCode, input.TargetLevel);
        if (input.TargetLevel is null)
        {
            context.Miss(input.Id, "Goal.target[severitySlice].detail", "Målet har intet FFB-funktionsevneniveau (målSværhedsgrad).");
        }
        goal.Target = [severity, changeValue];

        if (themeConditions.TryGetValue(input.ThemeKey, out var conditionId))
        {
            var addresses = FhirIds.Reference(conditionId);
            addresses.Extension.Add(ConditionMapping.Rank(1));
            goal.Addresses.Add(addresses);
        }
        else
        {
            context.Miss(input.Id, "Goal.addresses", "Målets tema har ingen FFB-tilstand i eksporten; målet peger ikke på en tilstand.");
        }

        context.AddText(goal, input.Texts);
        context.Add(goal, input.Id, KlFfbProfiles.InterventionGoal);
        added.Add(input.Id);
        return goal;
    }

    // The measure codes are fixed by the profile; their displays are left to the code system.
    private static Goal.TargetComponent Target(string measureCode, FfbCoding? detail) => new()
    {
        Measure = new CodeableConcept(KlFfbProfiles.KlCommonSystem, measureCode),
        Detail = detail?.ToConcept(),
    };

    private static Goal.GoalLifecycleStatus Lifecycle(GoalState state) => state switch
    {
        GoalState.Active => Goal.GoalLifecycleStatus.Active,
        GoalState.Passive => Goal.GoalLifecycleStatus.OnHold,
        GoalState.Achieved => Goal.GoalLifecycleStatus.Completed,
        GoalState.Closed => Goal.GoalLifecycleStatus.Cancelled,
        _ => Goal.GoalLifecycleStatus.Active,
    };
}
