namespace Retning.Domain.Diary;

/// <summary>
/// When a score on a sub-goal could be expected at all: the days the sub-goal was
/// <see cref="Plans.GoalState.Active"/> and the citizen was enrolled in the offer. Both are lists
/// of intervals, because both can be interrupted: a sub-goal set Passive for a while is simply
/// absent from <see cref="ActiveIntervals"/> for that stretch, and a citizen discharged and later
/// re-admitted has a gap in <see cref="EnrolmentIntervals"/>. Staff must not be measured on days
/// they could not work with the sub-goal (docs/domain.md, "Diary notes and scores"). Overlapping intervals in one
/// list are harmless: a day counts once.
/// </summary>
public sealed record ActivityWindow(IReadOnlyList<DateInterval> ActiveIntervals, IReadOnlyList<DateInterval> EnrolmentIntervals)
{
    /// <summary>True when the sub-goal was active AND the citizen enrolled on <paramref name="day"/>.</summary>
    public bool IsCountingDay(DateOnly day)
    {
        var active = false;
        foreach (var interval in ActiveIntervals)
        {
            if (interval.Contains(day))
            {
                active = true;
                break;
            }
        }

        if (!active)
        {
            return false;
        }

        foreach (var interval in EnrolmentIntervals)
        {
            if (interval.Contains(day))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For each day from <paramref name="from"/> to <paramref name="to"/> (both inclusive, in
    /// order), whether it is a counting day (<see cref="IsCountingDay"/>), marked interval by interval.
    /// </summary>
    public bool[] CountingDays(DateOnly from, DateOnly to)
    {
        var length = to.DayNumber - from.DayNumber + 1;
        var active = Mark(ActiveIntervals, from, to, length);
        var enrolled = Mark(EnrolmentIntervals, from, to, length);
        for (var i = 0; i < length; i++)
        {
            active[i] &= enrolled[i];
        }

        return active;
    }

    private static bool[] Mark(IReadOnlyList<DateInterval> intervals, DateOnly from, DateOnly to, int length)
    {
        var days = new bool[length];
        foreach (var interval in intervals)
        {
            var first = interval.From > from ? interval.From : from;
            var last = interval.To is { } end && end < to ? end : to;
            for (var day = first.DayNumber; day <= last.DayNumber; day++)
            {
                days[day - from.DayNumber] = true;
            }
        }

        return days;
    }
}
