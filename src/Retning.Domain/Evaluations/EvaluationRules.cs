using Retning.Domain.Plans;

namespace Retning.Domain.Evaluations;

/// <summary>
/// The rules of an evaluation: the next one at most 3 months ahead (seed 001: goals and
/// sub-goals are evaluated at least every 3 months), none after closing, and what the decision
/// does to the goal.
/// </summary>
public static class EvaluationRules
{
    public const int MaxMonthsToNext = 3;

    /// <summary>Problems with the decision and dates, keyed by field name; empty when fine.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(
        EvaluationDecision? decision, DateOnly? evaluatedOn, DateOnly? nextOn, DateOnly periodFrom, DateOnly today)
    {
        var problems = new List<(string, string)>();
        if (evaluatedOn is not { } on)
        {
            problems.Add(("EvaluatedOn", "Skriv datoen for evalueringen."));
        }
        else if (on > today)
        {
            problems.Add(("EvaluatedOn", "Evalueringen kan ikke dateres i fremtiden."));
        }
        else if (on < periodFrom)
        {
            problems.Add(("EvaluatedOn", $"Evalueringen kan ikke ligge før perioden, den evaluerer (fra {periodFrom:dd-MM-yyyy})."));
        }

        if (decision is not { } d || !Enum.IsDefined(d))
        {
            problems.Add(("Decision", "Vælg en beslutning: fortsæt, justér eller afslut."));
            return problems;
        }

        if (d.Closes())
        {
            if (nextOn is not null)
            {
                problems.Add(("NextEvaluationOn", "Et mål, der afsluttes, skal ikke evalueres igen. Fjern datoen."));
            }

            return problems;
        }

        if (nextOn is not { } next)
        {
            problems.Add(("NextEvaluationOn", "Skriv datoen for næste evaluering (højst 3 måneder frem)."));
        }
        else if (evaluatedOn is { } from && (next <= from || next > from.AddMonths(MaxMonthsToNext)))
        {
            problems.Add(("NextEvaluationOn", $"Næste evaluering skal ligge efter evalueringen og højst 3 måneder frem (senest {from.AddMonths(MaxMonthsToNext):dd-MM-yyyy})."));
        }

        return problems;
    }

    /// <summary>
    /// Writes the conclusion into the goal: the next evaluation date, or the closing state.
    /// Returns true when the goal's state changed (the caller records the state history).
    /// </summary>
    public static bool Apply(Evaluation evaluation, Goal goal)
    {
        var before = goal.State;
        switch (evaluation.Decision)
        {
            case EvaluationDecision.CloseAchieved:
                goal.State = GoalState.Achieved;
                goal.NextEvaluationOn = null;
                break;
            case EvaluationDecision.CloseNotAchieved:
                goal.State = GoalState.Closed;
                goal.NextEvaluationOn = null;
                break;
            default:
                goal.NextEvaluationOn = evaluation.NextEvaluationOn;
                break;
        }

        return goal.State != before;
    }

    /// <summary>The period an evaluation looks back on: since the latest evaluation, or since the goal began.</summary>
    public static DateOnly PeriodStart(DateOnly goalStart, DateOnly? lastEvaluatedOn) =>
        lastEvaluatedOn is { } last && last >= goalStart ? last : goalStart;
}
