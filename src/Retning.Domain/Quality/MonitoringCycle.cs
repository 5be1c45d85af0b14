using Retning.Domain.Deadlines;

namespace Retning.Domain.Quality;

/// <summary>
/// The standard's rhythm (seed 000, step 3): "Minimum hvert tredje år kvalitetsovervåges" — an offer is monitored
/// at least every third year. The next round is due three years after the last completed one (or, before the
/// first, three years after the offer began to count: when it was registered in Retning); it is "snart" from
/// <see cref="WarnMonths"/> months before, so there is time to plan a round, and overdue the day after.
/// </summary>
public static class MonitoringCycle
{
    public const int Years = 3;

    /// <summary>Months ahead the due round shows on the leaders' and the quality officer's lists.</summary>
    public const int WarnMonths = 6;

    public static DateOnly DueOn(DateOnly? lastCompletedOn, DateOnly countingFrom) => (lastCompletedOn ?? countingFrom).AddYears(Years);

    /// <summary>As every deadline (<see cref="Deadlines.Deadlines.StateOn"/>), with a window of <see cref="WarnMonths"/> calendar months.</summary>
    public static DeadlineState StateOn(DateOnly dueOn, DateOnly today) =>
        Deadlines.Deadlines.StateOn(dueOn, today, dueOn.DayNumber - dueOn.AddMonths(-WarnMonths).DayNumber);
}
