namespace Retning.Domain.Insight;

/// <summary>
/// The citizen's part in the plan and the quality of the goals (the standard's indicator 4; the
/// SMORT letters that can be checked, docs/domain.md "Goals and sub-goals"). The plan's and the
/// goals' texts are read as they stand today: their history is not kept field by field.
/// </summary>
public static class ParticipationFigures
{
    public const string Documented = "Dokumenteret";
    public const string NotDocumented = "Ikke dokumenteret";
    public const string AllMet = "Alle kontrollerbare bogstaver opfyldt";
    public const string NoEndDate = "Mangler slutdato (T)";
    public const string RareEvaluation = "Evalueres sjældnere end hver 3. måned (E)";
    public const string NoPurpose = "Ikke knyttet til et formål (R)";
    public const string NoMeasure = "Mangler indikator eller mål (M)";

    /// <summary>Plans of the citizens enrolled in the period: are the citizen's perspective and participation written?</summary>
    public static IEnumerable<CountedItem> PlanPerspective(IEnumerable<PlanFact> plans, IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period)
    {
        foreach (var plan in plans)
        {
            if (citizens.TryGetValue(plan.CitizenId, out var citizen) && VolumeFigures.Enrolled(citizen, period) && citizen.DepartmentAtEndOf(period) is { } department)
            {
                var documented = plan.HasPerspective && plan.HasParticipation;
                yield return new CountedItem(SubjectKind.Plan, plan.Id, citizen.Id, department, VolumeFigures.LastEnrolledDay(citizen, period),
                    documented ? Documented : NotDocumented, Success: documented);
            }
        }
    }

    /// <summary>Goals and sub-goals active in the period: is the citizen's participation recorded?</summary>
    public static IEnumerable<CountedItem> GoalParticipation(IEnumerable<GoalFact> goals, IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period) =>
        ActiveGoals(goals, citizens, period, g => g.HasCitizenParticipation ? Documented : NotDocumented, Documented);

    /// <summary>Goals and sub-goals active in the period: are all SMORT letters that can be checked met? The first one missing is named.</summary>
    public static IEnumerable<CountedItem> Smort(IEnumerable<GoalFact> goals, IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period) =>
        ActiveGoals(goals, citizens, period, SmortOutcome, AllMet);

    /// <summary>The first checkable SMORT letter a goal misses, or <see cref="AllMet"/>.</summary>
    public static string SmortOutcome(GoalFact goal) =>
        goal.EndOn is null ? NoEndDate
        : goal.IntervalMonths is not (>= Plans.GoalRules.MinEvaluationIntervalMonths and <= Plans.GoalRules.MaxEvaluationIntervalMonths) ? RareEvaluation
        : !goal.HasPurpose ? NoPurpose
        : goal.IsSubGoal && !goal.HasMeasure ? NoMeasure
        : AllMet;

    private static IEnumerable<CountedItem> ActiveGoals(IEnumerable<GoalFact> goals, IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period,
        Func<GoalFact, string> outcomeOf, string success)
    {
        foreach (var goal in goals)
        {
            if (citizens.TryGetValue(goal.CitizenId, out var citizen) && VolumeFigures.Enrolled(citizen, period)
                && citizen.DepartmentAtEndOf(period) is { } department && VolumeFigures.ActiveDuring(goal, period))
            {
                var outcome = outcomeOf(goal);
                yield return new CountedItem(goal.IsSubGoal ? SubjectKind.SubGoal : SubjectKind.Goal, goal.Id, citizen.Id, department,
                    VolumeFigures.LastEnrolledDay(citizen, period), outcome, Success: outcome == success, ThemeKey: goal.ThemeKey, GoalType: goal.Type);
            }
        }
    }
}
