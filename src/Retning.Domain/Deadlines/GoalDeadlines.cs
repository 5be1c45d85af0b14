using Retning.Domain.Plans;

namespace Retning.Domain.Deadlines;

/// <summary>
/// Evaluation of goals and sub-goals (docs/domain.md, "Evaluations"). The children's homes' guideline: "Mål og delmål evalueres min. hver 3. måned på
/// et teammøde" and "Ved oprettelse af nye mål/delmål gennemgås og evalueres de på førstkommende
/// teammøde". The contact team answers for both ("Kontaktteamet har ansvaret for, at mål og
/// delmål ... evalueres/revideres min. hver tredje måned").
/// </summary>
internal static class GoalDeadlines
{
    public static void Add(DeadlineList list, DeadlineInput input)
    {
        foreach (var goal in input.Goals)
        {
            var what = goal.IsSubGoal ? "delmål" : "mål";
            var text = Deadlines.Short(goal.Text);

            // The latest evaluation is the evidence of the evaluation it answered; it stays done
            // also when it closed the goal.
            if (goal.LastEvaluation is { } last)
            {
                list.Done(DeadlineKind.EvaluationDue, goal.Id, $"Evaluering af {what}: {text}", last.WasDueOn ?? last.On,
                    DeadlineResponsible.ContactTeam, last.On, last.EvidenceId);
            }

            // Achieved or closed goals are not evaluated again (EvaluationRules: no next date after closing).
            if (goal.State is not (GoalState.Active or GoalState.Passive))
            {
                continue;
            }

            if (goal.ReviewedAtTeamMeeting || goal.LastEvaluation is not null)
            {
                list.Open(DeadlineKind.EvaluationDue, goal.Id, $"Evaluering af {what}: {text}", NextEvaluationOn(goal), DeadlineResponsible.ContactTeam);
            }
            else
            {
                var title = goal.IsSubGoal ? $"Nyt delmål gennemgås på teammøde: {text}" : $"Nyt mål gennemgås på teammøde: {text}";
                list.Open(DeadlineKind.NewGoalReview, goal.Id, title, FirstReviewOn(goal, input.TeamMeetingsOn), DeadlineResponsible.ContactTeam);
            }
        }
    }

    /// <summary>
    /// The next evaluation: the goal's own next-evaluation date, or without one the latest
    /// evaluation (or the start) plus the interval (<see cref="GoalRules.DefaultNextEvaluation"/>);
    /// never later than 3 months after the latest evaluation or the start. A next date on or
    /// before the latest evaluation is stale and ignored. The interval is held to 1–3 months.
    /// </summary>
    private static DateOnly NextEvaluationOn(GoalFacts goal)
    {
        var from = goal.LastEvaluation?.On ?? goal.StartOn;
        var interval = Math.Clamp(goal.IntervalMonths ?? GoalRules.MaxEvaluationIntervalMonths,
            GoalRules.MinEvaluationIntervalMonths, GoalRules.MaxEvaluationIntervalMonths);
        var latest = from.AddMonths(GoalRules.MaxEvaluationIntervalMonths);
        var next = goal.NextEvaluationOn is { } n && (goal.LastEvaluation is null || n > from)
            ? n
            : GoalRules.DefaultNextEvaluation(from, interval);
        return next < latest ? next : latest;
    }

    /// <summary>
    /// A new goal is reviewed at the first team meeting on or after the day it was made, when the
    /// department's team meetings are known; never later than its first evaluation date.
    /// </summary>
    private static DateOnly FirstReviewOn(GoalFacts goal, IReadOnlyList<DateOnly> teamMeetings)
    {
        var firstEvaluation = NextEvaluationOn(goal);
        var made = goal.CreatedOn ?? goal.StartOn;
        var meetings = teamMeetings.Where(d => d >= made).ToList();
        return meetings.Count > 0 && meetings.Min() < firstEvaluation ? meetings.Min() : firstEvaluation;
    }
}
