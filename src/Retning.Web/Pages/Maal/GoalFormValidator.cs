using Microsoft.AspNetCore.Mvc.ModelBinding;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Maal;

/// <summary>
/// The server-side checks of the goal form, with Danish messages at the fields. Only what
/// makes a goal unusable is refused; the SMORT letters advise and never block a save.
/// </summary>
public static class GoalFormValidator
{
    public static void Validate(ModelStateDictionary state, GoalInput input, bool isSubGoal, IReadOnlyCollection<string> themeKeys,
        IReadOnlyCollection<Guid> purposeIds, IReadOnlyCollection<Guid> scaleIds, DateOnly today)
    {
        var what = isSubGoal ? "delmålet" : "målet";
        if (string.IsNullOrWhiteSpace(input.ThemeKey))
        {
            Add(state, "Input.ThemeKey", "Vælg tema.");
        }
        else if (!themeKeys.Contains(input.ThemeKey))
        {
            Add(state, "Input.ThemeKey", "Vælg et tema fra listen.");
        }

        if (input.PurposeId is { } purposeId && !purposeIds.Contains(purposeId))
        {
            Add(state, "Input.PurposeId", "Vælg et af borgerens formål fra listen, eller \"Intet formål valgt\".");
        }

        if (string.IsNullOrWhiteSpace(input.Text))
        {
            Add(state, "Input.Text", $"Skriv, hvad {what} er.");
        }

        if (input.Type is not { } type || !Enum.IsDefined(type))
        {
            Add(state, "Input.Type", "Vælg måltype.");
        }

        if (input.State is not { } goalState || !Enum.IsDefined(goalState))
        {
            Add(state, "Input.State", "Vælg tilstand.");
        }

        if (input.StartOn is null)
        {
            Add(state, "Input.StartOn", "Angiv startdato.");
        }

        if (input.StartOn is { } start && input.EndOn is { } end && end <= start)
        {
            Add(state, "Input.EndOn", "Slutdatoen skal ligge efter startdatoen.");
        }

        switch (input.EvaluationIntervalMonths)
        {
            case null:
                Add(state, "Input.EvaluationIntervalMonths", $"Angiv, hvor ofte {what} evalueres: hver 1., 2. eller 3. måned.");
                break;
            case > GoalRules.MaxEvaluationIntervalMonths:
                Add(state, "Input.EvaluationIntervalMonths",
                    $"Mål og delmål evalueres mindst hver {GoalRules.MaxEvaluationIntervalMonths}. måned. Vælg 1, 2 eller 3 måneder.");
                break;
            case < GoalRules.MinEvaluationIntervalMonths:
                Add(state, "Input.EvaluationIntervalMonths", "Evalueringsintervallet skal være mindst 1 måned. Vælg 1, 2 eller 3 måneder.");
                break;
        }

        if (input.NextEvaluationOn is { } next && input.StartOn is { } from)
        {
            var latest = GoalRules.LatestNextEvaluation(today, from);
            if (next < from)
            {
                Add(state, "Input.NextEvaluationOn", "Næste evaluering kan ikke ligge før startdatoen.");
            }
            else if (next > latest)
            {
                Add(state, "Input.NextEvaluationOn",
                    $"Næste evaluering må højst ligge {GoalRules.MaxEvaluationIntervalMonths} måneder fremme, dvs. senest {latest.ToDanishDate()}.");
            }
        }

        if (input.Realistic is not (GoalInput.RealisticYes or GoalInput.RealisticNo or GoalInput.RealisticNotJudged))
        {
            Add(state, "Input.Realistic", "Vælg Ja, Nej eller Ikke vurderet.");
        }

        if (isSubGoal)
        {
            if (input.IndicatorScaleId is not { } scaleId)
            {
                Add(state, "Input.IndicatorScaleId", "Vælg den indikator, delmålet scores på.");
            }
            else if (!scaleIds.Contains(scaleId))
            {
                Add(state, "Input.IndicatorScaleId", "Vælg en indikator fra listen.");
            }

            if (input.ScoringFrequency is not { } frequency || !Enum.IsDefined(frequency))
            {
                Add(state, "Input.ScoringFrequency", "Vælg, hvor ofte delmålet scores: dagligt, ugentligt eller månedligt.");
            }
        }
    }

    public static void ValidateIntervention(ModelStateDictionary state, InterventionInput input)
    {
        if (string.IsNullOrWhiteSpace(input.What))
        {
            Add(state, "NewIntervention.What", "Skriv, hvad medarbejderne gør.");
        }
    }

    public static void ValidateCollaborator(ModelStateDictionary state, CollaboratorInput input)
    {
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            Add(state, "NewCollaborator.Kind", "Vælg, hvilken samarbejdspartner det er.");
        }

        if (string.IsNullOrWhiteSpace(input.HowTheyTakePart))
        {
            Add(state, "NewCollaborator.HowTheyTakePart", "Skriv, hvordan samarbejdspartneren indgår i arbejdet med målet.");
        }
    }

    /// <summary>One message per field: a binder error (e.g. an unreadable date) is not repeated.</summary>
    private static void Add(ModelStateDictionary state, string key, string message)
    {
        if (state.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            return;
        }

        state.AddModelError(key, message);
    }
}
