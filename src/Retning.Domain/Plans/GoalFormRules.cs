namespace Retning.Domain.Plans;

/// <summary>A goal or sub-goal as typed into its form (what the checks read of it).</summary>
public sealed record GoalFormValues(
    string? ThemeKey,
    Guid? PurposeId,
    string? Text,
    GoalType? Type,
    GoalState? State,
    DateOnly? StartOn,
    DateOnly? EndOn,
    int? EvaluationIntervalMonths,
    DateOnly? NextEvaluationOn,
    string? Realistic,
    Guid? IndicatorScaleId,
    ScoringFrequency? ScoringFrequency);

/// <summary>
/// The checks of the goal form and of its interventions and collaborators, with the Danish
/// message at each field. Only what makes a goal unusable is refused; the SMORT letters advise
/// and never block a save (docs/domain.md, "Goals and sub-goals").
/// </summary>
public static class GoalFormRules
{
    /// <summary>The staff's judgement of realism (O in SMORT) as the form posts it.</summary>
    public const string RealisticYes = "ja";
    public const string RealisticNo = "nej";
    public const string RealisticNotJudged = "ikke-vurderet";

    /// <summary>
    /// Problems with a goal's fields against the citizen's plan (<paramref name="themeKeys"/>),
    /// purposes and scales; at most one per field, empty when fine.
    /// </summary>
    public static IReadOnlyList<FieldError> Check(GoalFormValues input, bool isSubGoal, IReadOnlyCollection<string> themeKeys,
        IReadOnlyCollection<Guid> purposeIds, IReadOnlyCollection<Guid> scaleIds, DateOnly today)
    {
        var what = isSubGoal ? "delmålet" : "målet";
        var errors = new List<FieldError>();
        void Add(string field, string message) => errors.Add(new FieldError(field, message));

        if (string.IsNullOrWhiteSpace(input.ThemeKey))
        {
            Add("ThemeKey", "Vælg tema.");
        }
        else if (!themeKeys.Contains(input.ThemeKey))
        {
            Add("ThemeKey", "Vælg et tema fra listen.");
        }

        if (input.PurposeId is { } purposeId && !purposeIds.Contains(purposeId))
        {
            Add("PurposeId", "Vælg et af borgerens formål fra listen, eller \"Intet formål valgt\".");
        }

        if (string.IsNullOrWhiteSpace(input.Text))
        {
            Add("Text", $"Skriv, hvad {what} er.");
        }

        if (input.Type is not { } type || !Enum.IsDefined(type))
        {
            Add("Type", "Vælg måltype.");
        }

        if (input.State is not { } goalState || !Enum.IsDefined(goalState))
        {
            Add("State", "Vælg tilstand.");
        }

        if (input.StartOn is null)
        {
            Add("StartOn", "Angiv startdato.");
        }

        if (input.StartOn is { } start && input.EndOn is { } end && end <= start)
        {
            Add("EndOn", "Slutdatoen skal ligge efter startdatoen.");
        }

        if (IntervalProblem(input.EvaluationIntervalMonths, what) is { } intervalProblem)
        {
            Add("EvaluationIntervalMonths", intervalProblem);
        }

        if (input.NextEvaluationOn is { } next && input.StartOn is { } from && NextEvaluationProblem(next, from, today) is { } nextProblem)
        {
            Add("NextEvaluationOn", nextProblem);
        }

        if (input.Realistic is not (RealisticYes or RealisticNo or RealisticNotJudged))
        {
            Add("Realistic", "Vælg Ja, Nej eller Ikke vurderet.");
        }

        if (isSubGoal)
        {
            if (input.IndicatorScaleId is not { } scaleId)
            {
                Add("IndicatorScaleId", "Vælg den indikator, delmålet scores på.");
            }
            else if (!scaleIds.Contains(scaleId))
            {
                Add("IndicatorScaleId", "Vælg en indikator fra listen.");
            }

            if (input.ScoringFrequency is not { } frequency || !Enum.IsDefined(frequency))
            {
                Add("ScoringFrequency", "Vælg, hvor ofte delmålet scores: dagligt, ugentligt eller månedligt.");
            }
        }

        return errors;
    }

    /// <summary>An intervention needs what staff do; how often and who are optional.</summary>
    public static IReadOnlyList<FieldError> CheckIntervention(string? what) =>
        string.IsNullOrWhiteSpace(what) ? [new FieldError("What", "Skriv, hvad medarbejderne gør.")] : [];

    /// <summary>A collaborator needs its kind and how it takes part; the name is optional.</summary>
    public static IReadOnlyList<FieldError> CheckCollaborator(CollaboratorKind? kind, string? howTheyTakePart)
    {
        var errors = new List<FieldError>();
        if (kind is not { } k || !Enum.IsDefined(k))
        {
            errors.Add(new FieldError("Kind", "Vælg, hvilken samarbejdspartner det er."));
        }

        if (string.IsNullOrWhiteSpace(howTheyTakePart))
        {
            errors.Add(new FieldError("HowTheyTakePart", "Skriv, hvordan samarbejdspartneren indgår i arbejdet med målet."));
        }

        return errors;
    }

    private static string? IntervalProblem(int? months, string what) => months switch
    {
        null => $"Angiv, hvor ofte {what} evalueres: hver 1., 2. eller 3. måned.",
        > GoalRules.MaxEvaluationIntervalMonths =>
            $"Mål og delmål evalueres mindst hver {GoalRules.MaxEvaluationIntervalMonths}. måned. Vælg 1, 2 eller 3 måneder.",
        < GoalRules.MinEvaluationIntervalMonths => "Evalueringsintervallet skal være mindst 1 måned. Vælg 1, 2 eller 3 måneder.",
        _ => null,
    };

    private static string? NextEvaluationProblem(DateOnly next, DateOnly from, DateOnly today)
    {
        var latest = GoalRules.LatestNextEvaluation(today, from);
        if (next < from)
        {
            return "Næste evaluering kan ikke ligge før startdatoen.";
        }

        return next > latest
            ? $"Næste evaluering må højst ligge {GoalRules.MaxEvaluationIntervalMonths} måneder fremme, dvs. senest {latest.ToDanishDate()}."
            : null;
    }
}
