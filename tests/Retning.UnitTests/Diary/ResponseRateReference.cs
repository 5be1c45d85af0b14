using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Diary;

/// <summary>
/// The response rate as first written, day by day with a dictionary of slots: kept as the
/// reference the array-based <see cref="ResponseRate.Of(ScoringFrequency, ActivityWindow, DateOnly, DateOnly, IEnumerable{DateOnly}, DateOnly?)"/>
/// must agree with on every input (<see cref="ResponseRateEquivalenceTests"/>).
/// </summary>
internal static class ResponseRateReference
{
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

        // Counting days per slot; the slot key is the slot's first calendar day.
        var countingPerSlot = new Dictionary<DateOnly, int>();
        var countingDays = 0;
        for (var day = periodFrom; day <= periodTo; day = day.AddDays(1))
        {
            if (!window.IsCountingDay(day))
            {
                continue;
            }

            countingDays++;
            var slot = ReferenceSlotStart(frequency, day);
            countingPerSlot[slot] = countingPerSlot.GetValueOrDefault(slot) + 1;
        }

        var majoritySlots = new HashSet<DateOnly>();
        foreach (var (slot, days) in countingPerSlot)
        {
            if (days * 2 > ReferenceSlotLength(frequency, slot))
            {
                majoritySlots.Add(slot);
            }
        }

        var scoredSlots = new HashSet<DateOnly>();
        foreach (var date in scoredDates)
        {
            if (date < periodFrom || date > periodTo || !window.IsCountingDay(date))
            {
                continue;
            }

            var slot = ReferenceSlotStart(frequency, date);
            if (majoritySlots.Contains(slot))
            {
                scoredSlots.Add(slot);
            }
        }

        bool Running(DateOnly slot) => today is { } t && slot.AddDays(ReferenceSlotLength(frequency, slot) - 1) >= t;
        var expected = majoritySlots.Count(slot => !Running(slot) || scoredSlots.Contains(slot));
        var pending = countingPerSlot.Keys.Count(slot => Running(slot) && !scoredSlots.Contains(slot));
        return new ResponseRateResult(frequency, countingDays, expected, scoredSlots.Count, pending);
    }

    private static DateOnly ReferenceSlotStart(ScoringFrequency frequency, DateOnly day) => frequency switch
    {
        ScoringFrequency.Daily => day,
        ScoringFrequency.Weekly => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        ScoringFrequency.Monthly => new DateOnly(day.Year, day.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };

    private static int ReferenceSlotLength(ScoringFrequency frequency, DateOnly slotStart) => frequency switch
    {
        ScoringFrequency.Daily => 1,
        ScoringFrequency.Weekly => 7,
        ScoringFrequency.Monthly => DateTime.DaysInMonth(slotStart.Year, slotStart.Month),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };
}
