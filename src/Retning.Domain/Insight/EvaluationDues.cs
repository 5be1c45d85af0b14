using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.Domain.Insight;

/// <summary>One evaluation a goal owed: when it was due, and when (if) it was made.</summary>
public sealed record EvaluationDue(DateOnly DueOn, DateOnly? DoneOn, Guid? EvaluationId);

/// <summary>
/// The evaluations a goal owed over its life, as the deadlines compute them (docs/domain.md,
/// "Evaluations"): the first is due one interval (1–3 months) after the start; each evaluation
/// answers the one due before it and sets the next (its own next date, or one interval on; never
/// more than 3 months on). An evaluation that closes the goal ends the chain, as does a closing
/// outside an evaluation (the goal's state history).
/// </summary>
public static class EvaluationDues
{
    public static IReadOnlyList<EvaluationDue> Of(GoalFact goal, IEnumerable<EvaluationFact> evaluations, DateOnly until)
    {
        var interval = Math.Clamp(goal.IntervalMonths ?? GoalRules.MaxEvaluationIntervalMonths,
            GoalRules.MinEvaluationIntervalMonths, GoalRules.MaxEvaluationIntervalMonths);
        var closedOn = goal.History.Where(h => h.State is GoalState.Achieved or GoalState.Closed).Select(h => (DateOnly?)h.FromOn).Min();
        var dues = new List<EvaluationDue>();
        var due = Next(goal.StartOn, null, interval);
        foreach (var evaluation in evaluations.Where(e => e.GoalId == goal.Id).OrderBy(e => e.EvaluatedOn))
        {
            dues.Add(new EvaluationDue(due, evaluation.EvaluatedOn, evaluation.Id));
            if (evaluation.Decision.Closes())
            {
                return dues;
            }

            due = Next(evaluation.EvaluatedOn, evaluation.NextEvaluationOn, interval);
        }

        // The one still owed: not when the goal was closed before it fell due, nor beyond the horizon.
        if (due <= until && (closedOn is null || closedOn.Value > due))
        {
            dues.Add(new EvaluationDue(due, null, null));
        }

        return dues;
    }

    private static DateOnly Next(DateOnly from, DateOnly? chosen, int interval)
    {
        var latest = from.AddMonths(GoalRules.MaxEvaluationIntervalMonths);
        var next = chosen is { } n && n > from ? n : GoalRules.DefaultNextEvaluation(from, interval);
        return next < latest ? next : latest;
    }
}
