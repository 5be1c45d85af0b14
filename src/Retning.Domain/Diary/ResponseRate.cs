using Retning.Domain.Plans;

namespace Retning.Domain.Diary;

/// <summary>
/// Computes the response rate (svarprocent) of a sub-goal: scored slots ÷ expected slots.
/// <para>
/// A <b>counting day</b> is a day inside the period (both ends inclusive) where the sub-goal was
/// active AND the citizen enrolled — the intersection of the three. Only counting days create
/// expectations, and only scores dated on a counting day are counted: a score written while
/// the sub-goal was paused or the citizen discharged neither helps nor hurts.
/// </para>
/// <para>
/// <b>Daily</b>: one expected slot per counting day; several scores on one day count once.
/// <b>Weekly</b>: the slots are ISO weeks (Monday–Sunday, so weeks run across New Year).
/// <b>Monthly</b>: the slots are calendar months (28, 29, 30 or 31 days — 29 February included).
/// </para>
/// <para>
/// <b>Partial slots (majority rule)</b>: a week or month is expected only when MORE THAN HALF of
/// its calendar days are counting days — at least 4 of 7 days for a week; for a month at least
/// 15 of 28 or 29 days and at least 16 of 30 or 31 days. Why this rule and not pro rata:
/// (1) expectations stay whole numbers staff understand ("4 uger, 3 scoret"), where pro rata would
/// say "4,43 scoringer forventet"; (2) a week with only a day or two of work (period starts on a
/// Saturday, discharge on a Tuesday, a paused stretch) is not a fair demand for a weekly score,
/// while a week with 4+ days is; (3) it is the same majority idea ISO 8601 uses to give a week to
/// the year that holds 4 of its days, so when adjacent periods split a fully active week, the week is expected
/// in exactly one of them, never both and never neither (months of even length split exactly in
/// half, 15/15, are expected in neither). A week or month that falls below the majority is not
/// expected, and a score in it is not counted either — otherwise the rate could exceed 100 %.
/// </para>
/// <para>
/// <b>Running slots</b>: a day, week or month that has not ended yet (its last day is today or
/// later) is not yet owed a score — the shift may still write it. A running slot is expected only
/// once it is scored (and, for a week or month, passes the majority rule); until then it is
/// <see cref="ResponseRateResult.Pending"/>. So a sub-goal created today has nothing expected yet
/// ("ingen scoringer forventet endnu"), not 0 %, and a score given today still counts.
/// Without <c>today</c> the period is judged as past: every slot has ended.
/// </para>
/// <para>
/// Scored dates are observation dates in Danish local time (a note at 00:30 belongs to that
/// day), converted by the caller; the diary may store the instant in UTC.
/// </para>
/// </summary>
public static class ResponseRate
{
    /// <summary>Response rate over <paramref name="periodFrom"/>..<paramref name="periodTo"/> (inclusive).</summary>
    public static ResponseRateResult Of(
        ScoringFrequency frequency,
        IReadOnlyList<DateInterval> activeIntervals,
        IReadOnlyList<DateInterval> enrolmentIntervals,
        DateOnly periodFrom,
        DateOnly periodTo,
        IEnumerable<DateOnly> scoredDates,
        DateOnly? today = null) =>
        Of(frequency, new ActivityWindow(activeIntervals, enrolmentIntervals), periodFrom, periodTo, scoredDates, today);

    /// <summary>Response rate over <paramref name="periodFrom"/>..<paramref name="periodTo"/> (inclusive).</summary>
    public static ResponseRateResult Of(
        ScoringFrequency frequency,
        ActivityWindow window,
        DateOnly periodFrom,
        DateOnly periodTo,
        IEnumerable<DateOnly> scoredDates,
        DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(scoredDates);
        if (periodTo < periodFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(periodTo), periodTo, "Periodens slutdato ligger før startdatoen.");
        }

        if (!Enum.IsDefined(frequency))
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Ukendt scoringsfrekvens.");
        }

        // Day by day over arrays (a region's figures ask this of thousands of sub-goals): which days
        // count, how many counting days each slot holds, and which slots were scored. Slots are
        // numbered from the slot holding the period's first day.
        var counting = window.CountingDays(periodFrom, periodTo);
        var slots = new SlotNumbering(frequency, periodFrom, periodTo);
        var countingPerSlot = new int[slots.Count];
        var countingDays = 0;
        for (var i = 0; i < counting.Length; i++)
        {
            if (counting[i])
            {
                countingDays++;
                countingPerSlot[slots.Of(periodFrom.AddDays(i))]++;
            }
        }

        var majority = new bool[slots.Count];
        for (var slot = 0; slot < slots.Count; slot++)
        {
            majority[slot] = countingPerSlot[slot] * 2 > SlotLength(frequency, slots.Start(slot));
        }

        var scored = new bool[slots.Count];
        foreach (var date in scoredDates)
        {
            if (date >= periodFrom && date <= periodTo && counting[date.DayNumber - periodFrom.DayNumber] && majority[slots.Of(date)])
            {
                scored[slots.Of(date)] = true;
            }
        }

        int expected = 0, pending = 0, scoredSlots = 0;
        for (var slot = 0; slot < slots.Count; slot++)
        {
            var start = slots.Start(slot);
            var running = today is { } t && start.AddDays(SlotLength(frequency, start) - 1) >= t;
            scoredSlots += scored[slot] ? 1 : 0;
            expected += majority[slot] && (!running || scored[slot]) ? 1 : 0;
            pending += countingPerSlot[slot] > 0 && running && !scored[slot] ? 1 : 0;
        }

        return new ResponseRateResult(frequency, countingDays, expected, scoredSlots, pending);
    }

    /// <summary>The slots of a period numbered from 0, the slot holding its first day.</summary>
    private readonly struct SlotNumbering
    {
        private readonly ScoringFrequency _frequency;
        private readonly DateOnly _first;

        public SlotNumbering(ScoringFrequency frequency, DateOnly from, DateOnly to)
        {
            _frequency = frequency;
            _first = SlotStart(frequency, from);
            Count = Of(to) + 1;
        }

        public int Count { get; }

        public int Of(DateOnly day) => _frequency switch
        {
            ScoringFrequency.Daily => day.DayNumber - _first.DayNumber,
            ScoringFrequency.Weekly => (day.DayNumber - _first.DayNumber) / 7,
            _ => ((day.Year - _first.Year) * 12) + day.Month - _first.Month,
        };

        public DateOnly Start(int slot) => _frequency switch
        {
            ScoringFrequency.Daily => _first.AddDays(slot),
            ScoringFrequency.Weekly => _first.AddDays(7 * slot),
            _ => _first.AddMonths(slot),
        };
    }

    /// <summary>The first calendar day of the slot holding <paramref name="day"/>.</summary>
    internal static DateOnly SlotStart(ScoringFrequency frequency, DateOnly day) => frequency switch
    {
        ScoringFrequency.Daily => day,
        ScoringFrequency.Weekly => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), // back to Monday
        ScoringFrequency.Monthly => new DateOnly(day.Year, day.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };

    /// <summary>Calendar days in the slot starting at <paramref name="slotStart"/>.</summary>
    internal static int SlotLength(ScoringFrequency frequency, DateOnly slotStart) => frequency switch
    {
        ScoringFrequency.Daily => 1,
        ScoringFrequency.Weekly => 7,
        ScoringFrequency.Monthly => DateTime.DaysInMonth(slotStart.Year, slotStart.Month),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };
}
