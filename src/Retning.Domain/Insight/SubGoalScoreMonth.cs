namespace Retning.Domain.Insight;

/// <summary>
/// One sub-goal's diary scores in one calendar month, kept beside the notes so that the management
/// figures read a row per sub-goal and month instead of every note (docs/adr/0014). It is what
/// <see cref="Of"/> makes of the month's notes — the notes written on the sub-goal and not marked
/// as written on the wrong citizen — and is rewritten from them in the transaction that writes,
/// edits or marks a note. No text, only dates, counts and scores.
/// </summary>
public sealed class SubGoalScoreMonth
{
    public Guid SubGoalId { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    public Guid CitizenId { get; set; }

    /// <summary>Bit d − 1 is set when a score on the scale (a value and its scale version) was observed on day d: the response rate's scored days.</summary>
    public int ScoredDays { get; set; }

    /// <summary>Notes with a score.</summary>
    public int ScoredNotes { get; set; }

    /// <summary>Notes that said "Ikke vurderet" (no score).</summary>
    public int UnscoredNotes { get; set; }

    /// <summary>The month's first score by time observed (then time written), with its scale version.</summary>
    public int? FirstScore { get; set; }

    public Guid? FirstScaleVersionId { get; set; }

    /// <summary>The month's latest score by time observed (then time written), with its scale version.</summary>
    public int? LatestScore { get; set; }

    public Guid? LatestScaleVersionId { get; set; }

    /// <summary>The first day of the month holding <paramref name="day"/>.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>
    /// The month's facts from its notes on the sub-goal (only those still on the citizen), or null
    /// when there are none: the row is then removed.
    /// </summary>
    public static SubGoalScoreMonth? Of(Guid subGoalId, Guid citizenId, DateOnly month, IEnumerable<MonthNote> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var inMonth = notes.Where(n => MonthOf(n.ObservedOn) == month).ToList();
        if (inMonth.Count == 0)
        {
            return null;
        }

        var scored = inMonth.Where(n => n.ScoreValue is not null).OrderBy(n => n.ObservedAtUtc).ThenBy(n => n.CreatedUtc).ToList();
        var days = inMonth.Where(n => n.ScoreValue is not null && n.ScaleVersionId is not null)
            .Aggregate(0, (mask, n) => mask | (1 << (n.ObservedOn.Day - 1)));
        return new SubGoalScoreMonth
        {
            SubGoalId = subGoalId,
            Month = month,
            CitizenId = citizenId,
            ScoredDays = days,
            ScoredNotes = scored.Count,
            UnscoredNotes = inMonth.Count - scored.Count,
            FirstScore = scored.FirstOrDefault()?.ScoreValue,
            FirstScaleVersionId = scored.FirstOrDefault()?.ScaleVersionId,
            LatestScore = scored.LastOrDefault()?.ScoreValue,
            LatestScaleVersionId = scored.LastOrDefault()?.ScaleVersionId,
        };
    }

    /// <summary>The days of the month whose bit is set in <see cref="ScoredDays"/>.</summary>
    public IEnumerable<DateOnly> ScoredDates()
    {
        for (var day = 1; day <= DateTime.DaysInMonth(Month.Year, Month.Month); day++)
        {
            if ((ScoredDays & (1 << (day - 1))) != 0)
            {
                yield return Month.AddDays(day - 1);
            }
        }
    }
}

/// <summary>What <see cref="SubGoalScoreMonth.Of"/> reads of a note: when it was observed and written, and its score.</summary>
public sealed record MonthNote(DateOnly ObservedOn, DateTime ObservedAtUtc, DateTime CreatedUtc, int? ScoreValue, Guid? ScaleVersionId);
