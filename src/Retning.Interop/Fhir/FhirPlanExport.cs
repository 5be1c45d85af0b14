namespace Retning.Interop.Fhir;

/// <summary>
/// A citizen's plan as a FHIR R4 Bundle in the shapes of KL's FFB reporting profiles
/// (docs/adr/0019-fhir-export.md; what does not fit: docs/fhir.md). Pure: the same input gives
/// the same Bundle, with ids from Retning's Guids.
/// </summary>
public static class FhirPlanExport
{
    /// <param name="includeText">
    /// True only for a caller with the "text" right: free texts then go into the resources'
    /// narratives and the goals' descriptions. False: no free text anywhere in the Bundle.
    /// </param>
    public static FhirPlanExportResult Export(FhirPlanInput input, bool includeText)
    {
        var context = new ExportContext(input, includeText);
        CitizenMapping.Add(context);
        var targetGroups = ConditionMapping.AddTargetGroups(context);
        var themeConditions = ConditionMapping.AddThemes(context);
        var goals = GoalMapping.Add(context, themeConditions);
        var newestScore = ObservationMapping.AddScores(context);
        CarePlanMapping.Add(context, targetGroups, goals, newestScore);
        ObservationMapping.AddEvaluations(context);
        return new FhirPlanExportResult(context.Bundle, context.Unmapped);
    }
}
