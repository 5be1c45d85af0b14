using Retning.Domain.Plans;

namespace Retning.Domain.Insight;

/// <summary>
/// Change in support need, paired per sub-goal (the regional guideline's indicator results; the
/// documentation foundation's "reduceret støttebehov"): the first and the latest score of the period
/// on the sub-goal's own scale. On the FFB scale a higher value is more support, so a fall is an
/// improvement. Whether the change is a success depends on the goal type: to develop, less
/// support; to maintain, no more support; to limit a loss of function, at most
/// <see cref="LimitLossAllowedSteps"/> step more over the period (a slowed decline).
/// </summary>
public static class SupportNeedChange
{
    public const string Better = "Mindre støttebehov";
    public const string Same = "Uændret støttebehov";
    public const string Worse = "Større støttebehov";
    public const string OnlyNotAssessed = "Kun \"Ikke vurderet\"";
    public const string TooFewScores = "Færre end to scoringer";
    public const string ScaleChanged = "Skalaen er skiftet i perioden";

    /// <summary>The most a limit-loss sub-goal's support need may rise over the period and still count as a success.</summary>
    public const int LimitLossAllowedSteps = 1;

    /// <summary>
    /// Every sub-goal with a scale that was active in the period: classified by its change, or
    /// left out (listed) when it cannot be paired.
    /// </summary>
    public static IEnumerable<CountedItem> Classify(IEnumerable<GoalFact> goals, IReadOnlyDictionary<Guid, ScorePair> scores,
        IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period)
    {
        foreach (var goal in goals.Where(g => g.IsSubGoal && g.HasScale))
        {
            if (!citizens.TryGetValue(goal.CitizenId, out var citizen) || !VolumeFigures.Enrolled(citizen, period)
                || citizen.DepartmentAtEndOf(period) is not { } department || !VolumeFigures.ActiveDuring(goal, period))
            {
                continue;
            }

            var on = VolumeFigures.LastEnrolledDay(citizen, period);
            var pair = scores.GetValueOrDefault(goal.Id);
            if (Unpaired(pair) is { } reason)
            {
                yield return CountedItem.LeftOut(SubjectKind.SubGoal, goal.Id, citizen.Id, department, on, reason, goal.ThemeKey, goal.Type);
                continue;
            }

            var change = pair!.Latest!.Value - pair.First!.Value;
            yield return new CountedItem(SubjectKind.SubGoal, goal.Id, citizen.Id, department, on,
                change < 0 ? Better : change == 0 ? Same : Worse, Success: IsSuccess(goal.Type, change), ThemeKey: goal.ThemeKey, GoalType: goal.Type);
        }
    }

    /// <summary>Whether a change (latest − first, in scale steps) is a success for the goal type.</summary>
    public static bool IsSuccess(GoalType type, int change) => type switch
    {
        GoalType.Maintain => change <= 0,
        GoalType.LimitLoss => change <= LimitLossAllowedSteps,
        _ => change < 0,
    };

    /// <summary>Why a sub-goal's scores cannot be paired, or null when they can.</summary>
    public static string? Unpaired(ScorePair? pair) => pair switch
    {
        null or { ScoredNotes: 0, UnscoredNotes: 0 } => TooFewScores,
        { ScoredNotes: 0 } => OnlyNotAssessed,
        { ScoredNotes: < 2 } => TooFewScores,
        _ when pair.First is null || pair.Latest is null => TooFewScores,
        _ when pair.FirstVersionId != pair.LatestVersionId => ScaleChanged,
        _ => null,
    };
}
