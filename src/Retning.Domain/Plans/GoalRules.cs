namespace Retning.Domain.Plans;

/// <summary>
/// The plain rules of goal forms: the evaluation cadence (at least every 3 months, docs/domain.md,
/// "Goals and sub-goals"), the next evaluation date, closing a goal with open sub-goals, and the limits of
/// the service description (shown, not enforced: the staff decide).
/// </summary>
public static class GoalRules
{
    // The longest text of each field: the form refuses more (TextLimitAttribute), the column holds no more (docs/architecture.md, "Validation").
    public const int MaxText = TextLimits.Paragraph;
    public const int MaxRationale = TextLimits.Paragraph;
    public const int MaxMeasure = TextLimits.Paragraph;
    public const int MaxParticipation = TextLimits.Paragraph;
    public const int MaxSmortNote = TextLimits.Paragraph;
    public const int MaxInterventionWhat = TextLimits.Paragraph;
    public const int MaxShortText = TextLimits.Name;
    public const int MaxCollaboratorPart = TextLimits.Paragraph;

    public const int MinEvaluationIntervalMonths = 1;
    public const int MaxEvaluationIntervalMonths = Smort.MaxEvaluationIntervalMonths;

    /// <summary>The next evaluation when none is given: the start date plus the interval.</summary>
    public static DateOnly DefaultNextEvaluation(DateOnly startOn, int intervalMonths) => startOn.AddMonths(intervalMonths);

    /// <summary>The latest allowed next evaluation: 3 months after today, or after the start when it lies ahead.</summary>
    public static DateOnly LatestNextEvaluation(DateOnly today, DateOnly startOn) =>
        (startOn > today ? startOn : today).AddMonths(MaxEvaluationIntervalMonths);

    public static bool IsClosing(GoalState from, GoalState to) =>
        from is GoalState.Active or GoalState.Passive && to is GoalState.Achieved or GoalState.Closed;

    /// <summary>An open goal whose next evaluation date has passed.</summary>
    public static bool EvaluationOverdue(Goal goal, DateOnly today) => goal.IsOpen && goal.NextEvaluationOn is { } next && next < today;

    /// <summary>The open sub-goals of a goal, in the order they were started.</summary>
    public static IReadOnlyList<Goal> OpenSubGoals(Guid goalId, IEnumerable<Goal> goals) =>
        [.. goals.Where(g => g.ParentGoalId == goalId && g.IsOpen).OrderBy(g => g.StartOn).ThenBy(g => g.CreatedUtc)];

    /// <summary>
    /// What one more open goal (or sub-goal under <paramref name="parentGoalId"/>) does to the
    /// limits of the service description, in Danish; null when it stays within them.
    /// </summary>
    public static string? LimitWarning(OfferPlanRules? rules, IReadOnlyCollection<Goal> goals, Guid? parentGoalId)
    {
        if (rules is null)
        {
            return null;
        }

        if (parentGoalId is { } parent)
        {
            var subGoals = goals.Count(g => g.ParentGoalId == parent && g.IsOpen);
            return rules.MaxSubGoalsPerGoal is { } maxSub && subGoals + 1 > maxSub
                ? $"Målet får {subGoals + 1} aktive delmål; ydelsesbeskrivelsen giver plads til {maxSub}."
                : null;
        }

        var open = goals.Count(g => !g.IsSubGoal && g.IsOpen);
        return rules.MaxGoals is { } max && open + 1 > max
            ? $"Planen får {open + 1} aktive mål; ydelsesbeskrivelsen giver plads til {max}."
            : null;
    }
}
