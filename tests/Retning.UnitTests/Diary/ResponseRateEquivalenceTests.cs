using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Diary;

/// <summary>
/// The array-based response rate gives exactly what the day-by-day reference gives
/// (<see cref="ResponseRateReference"/>) over many generated windows: paused stretches, gaps in
/// enrolment, open intervals, scores outside the period, periods across New Year and leap days,
/// and "today" before, inside and after the period.
/// </summary>
public sealed class ResponseRateEquivalenceTests
{
    private static readonly DateOnly Origin = new(2023, 11, 1);

    [Theory]
    [InlineData(ScoringFrequency.Daily)]
    [InlineData(ScoringFrequency.Weekly)]
    [InlineData(ScoringFrequency.Monthly)]
    public void Agrees_with_the_day_by_day_reference(ScoringFrequency frequency)
    {
        var random = new Random(1403 + (int)frequency);
        for (var run = 0; run < 3000; run++)
        {
            var from = Origin.AddDays(random.Next(0, 900));
            var to = from.AddDays(random.Next(0, 800));
            var window = new ActivityWindow(Intervals(random), Intervals(random));
            var scores = Enumerable.Range(0, random.Next(0, 200)).Select(_ => Origin.AddDays(random.Next(-30, 1800))).ToList();
            DateOnly? today = random.Next(4) == 0 ? null : Origin.AddDays(random.Next(0, 1800));

            var expected = ResponseRateReference.Of(frequency, window, from, to, scores, today);
            var actual = ResponseRate.Of(frequency, window, from, to, scores, today);

            Assert.True(expected == actual, $"run {run}: {from}–{to}, today {today}: expected {expected}, was {actual}");
        }
    }

    private static DateInterval[] Intervals(Random random) =>
    [
        .. Enumerable.Range(0, random.Next(0, 4)).Select(_ =>
        {
            var start = Origin.AddDays(random.Next(-60, 1700));
            return random.Next(3) == 0 ? DateInterval.Ongoing(start) : new DateInterval(start, start.AddDays(random.Next(0, 400)));
        }),
    ];
}
