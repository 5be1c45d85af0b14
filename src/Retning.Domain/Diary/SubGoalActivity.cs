using Retning.Domain.Plans;

namespace Retning.Domain.Diary;

/// <summary>
/// The stretches of days a sub-goal was <see cref="GoalState.Active"/>, from its start date, its
/// state history and its end date. Without a history (goals from before the history was kept)
/// the current state is taken to have held since the start.
/// </summary>
public static class SubGoalActivity
{
    public static IReadOnlyList<DateInterval> ActiveIntervals(
        DateOnly startOn, DateOnly? endOn, GoalState currentState, IEnumerable<(DateOnly FromOn, GoalState State)> history)
    {
        var changes = history.OrderBy(h => h.FromOn).ToList();
        if (changes.Count == 0 || changes[0].FromOn > startOn)
        {
            // The state before the first recorded change: the first change's opposite is unknown,
            // so assume the goal started active when it has history, else its current state.
            changes.Insert(0, (startOn, changes.Count == 0 ? currentState : GoalState.Active));
        }

        var intervals = new List<DateInterval>();
        DateOnly? openFrom = null;
        foreach (var (fromOn, state) in changes)
        {
            var day = fromOn < startOn ? startOn : fromOn;
            if (state == GoalState.Active && openFrom is null)
            {
                openFrom = day;
            }
            else if (state != GoalState.Active && openFrom is { } from)
            {
                // Several changes on one day: the last one decides that day.
                if (day > from)
                {
                    intervals.Add(new DateInterval(from, day.AddDays(-1)));
                }

                openFrom = null;
            }
        }

        if (openFrom is { } stillOpen && (endOn is null || endOn.Value >= stillOpen))
        {
            intervals.Add(new DateInterval(stillOpen, endOn));
        }

        return intervals.Where(i => endOn is null || i.From <= endOn.Value)
            .Select(i => endOn is { } end && (i.To is null || i.To > end) ? new DateInterval(i.From, end) : i)
            .ToList();
    }

    /// <summary>
    /// The citizen's enrolment: every stay in a department of the offer, the open one ending at
    /// the discharge date when there is one.
    /// </summary>
    public static IReadOnlyList<DateInterval> Enrolment(IEnumerable<(DateOnly From, DateOnly? To)> placements, DateOnly? dischargedOn) =>
        placements.Where(p => dischargedOn is null || p.From <= dischargedOn.Value)
            .OrderBy(p => p.From)
            .Select(p => new DateInterval(p.From, p.To ?? dischargedOn))
            .ToList();
}
