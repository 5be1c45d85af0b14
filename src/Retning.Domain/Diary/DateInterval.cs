namespace Retning.Domain.Diary;

/// <summary>
/// A stretch of calendar days, both ends inclusive; <see cref="To"/> null means "still going"
/// (a sub-goal without an end date, a citizen not yet discharged). Whole days, because the
/// response rate asks "was this day one where a score could be expected?", and a sub-goal
/// paused at 14:00 or a citizen discharged in the afternoon is decided per day by the caller.
/// </summary>
public readonly record struct DateInterval
{
    public DateInterval(DateOnly from, DateOnly? to)
    {
        if (to is { } end && end < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "Slutdatoen ligger før startdatoen.");
        }

        From = from;
        To = to;
    }

    /// <summary>The first day, inclusive.</summary>
    public DateOnly From { get; }

    /// <summary>The last day, inclusive; null while the stretch is still open.</summary>
    public DateOnly? To { get; }

    /// <summary>An interval with no end yet (e.g. a sub-goal that is still active today).</summary>
    public static DateInterval Ongoing(DateOnly from) => new(from, null);

    public bool Contains(DateOnly day) => day >= From && (To is null || day <= To.Value);
}
