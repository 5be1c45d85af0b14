using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.Domain.Insight;

/// <summary>
/// Goal attainment (the documentation foundation's results and the standard's indicator 6):
/// goals and sub-goals closed in the period, achieved or not, and the decisions of the period's
/// evaluations.
/// </summary>
public static class AttainmentFigures
{
    public const string Achieved = "Opnået";
    public const string NotAchieved = "Ikke opnået";

    /// <summary>
    /// Goals and sub-goals whose state became Opnået or Afsluttet on a day of the period (the
    /// latest such change counts, so a goal closed twice counts once).
    /// </summary>
    public static IEnumerable<CountedItem> Closed(IEnumerable<GoalFact> goals, IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period)
    {
        foreach (var goal in goals)
        {
            var closing = goal.History.Where(h => h.State is GoalState.Achieved or GoalState.Closed && period.Contains(h.FromOn))
                .OrderBy(h => h.FromOn).LastOrDefault();
            if (closing is null || !citizens.TryGetValue(goal.CitizenId, out var citizen) || citizen.DepartmentOn(closing.FromOn) is not { } department)
            {
                continue;
            }

            var achieved = closing.State == GoalState.Achieved;
            yield return new CountedItem(goal.IsSubGoal ? SubjectKind.SubGoal : SubjectKind.Goal, goal.Id, citizen.Id, department, closing.FromOn,
                achieved ? Achieved : NotAchieved, Success: achieved, ThemeKey: goal.ThemeKey, GoalType: goal.Type);
        }
    }

    /// <summary>Every evaluation made in the period, by its decision; a goal evaluated twice counts twice.</summary>
    public static IEnumerable<CountedItem> Decisions(IEnumerable<EvaluationFact> evaluations, IReadOnlyDictionary<Guid, GoalFact> goals,
        IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period)
    {
        foreach (var evaluation in evaluations.Where(e => period.Contains(e.EvaluatedOn)))
        {
            if (!goals.TryGetValue(evaluation.GoalId, out var goal) || !citizens.TryGetValue(evaluation.CitizenId, out var citizen)
                || citizen.DepartmentOn(evaluation.EvaluatedOn) is not { } department)
            {
                continue;
            }

            yield return new CountedItem(SubjectKind.Evaluation, evaluation.Id, citizen.Id, department, evaluation.EvaluatedOn,
                evaluation.Decision.Danish(), ThemeKey: goal.ThemeKey, GoalType: goal.Type);
        }
    }
}
