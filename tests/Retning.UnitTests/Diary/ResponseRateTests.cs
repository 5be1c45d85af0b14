using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Diary;

/// <summary>Hand-computed response rates (docs/domain.md, "Diary notes and scores"). Calendars checked with `date`.</summary>
public sealed class ResponseRateTests
{
    private static readonly DateInterval[] Always = [DateInterval.Ongoing(new DateOnly(2000, 1, 1))];

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private static ResponseRateResult Daily(DateOnly from, DateOnly to, IEnumerable<DateOnly> scores,
        DateInterval[]? active = null, DateInterval[]? enrolled = null) =>
        ResponseRate.Of(ScoringFrequency.Daily, active ?? Always, enrolled ?? Always, from, to, scores);

    // ---- Daily ----

    [Fact]
    public void Daily_over_a_full_month_expects_every_day()
    {
        // March 2026 has 31 days; scored on 1..25 → 25/31 = 80.6 %, shown rounded down as 80 %.
        var result = Daily(D(2026, 3, 1), D(2026, 3, 31), Days(D(2026, 3, 1), D(2026, 3, 25)));

        Assert.Equal(31, result.CountingDays);
        Assert.Equal(31, result.Expected);
        Assert.Equal(25, result.Scored);
        Assert.Equal(25.0 / 31, result.Rate!.Value, 12);
        Assert.Equal(80, result.Percent);
        Assert.Equal(ResponseRateJudgement.Sufficient, result.Verdict().Judgement);
        Assert.Equal("Svarprocent 80 % – nok til en kvantitativ evaluering", result.Verdict().Text);
    }

    [Fact]
    public void Daily_with_a_paused_week_neither_expects_nor_counts_the_paused_days()
    {
        // Active 1–9 and 17–31 March (Passive 10–16: 7 days) → 24 expected; scored every day of March.
        DateInterval[] active = [new(D(2026, 3, 1), D(2026, 3, 9)), DateInterval.Ongoing(D(2026, 3, 17))];
        var result = Daily(D(2026, 3, 1), D(2026, 3, 31), Days(D(2026, 3, 1), D(2026, 3, 31)), active);

        Assert.Equal(24, result.Expected);
        Assert.Equal(24, result.Scored);
        Assert.Equal(1.0, result.Rate);
    }

    [Fact]
    public void Daily_with_an_enrolment_gap_skips_the_days_away()
    {
        // Enrolled 1–10 March, away 11–20, re-admitted 21 → 10 + 11 = 21 expected.
        DateInterval[] enrolled = [new(D(2026, 3, 1), D(2026, 3, 10)), DateInterval.Ongoing(D(2026, 3, 21))];
        DateOnly[] scores = [D(2026, 3, 2), D(2026, 3, 15), D(2026, 3, 16), D(2026, 3, 25)];
        var result = Daily(D(2026, 3, 1), D(2026, 3, 31), scores, enrolled: enrolled);

        Assert.Equal(21, result.Expected);
        Assert.Equal(2, result.Scored); // 15 and 16 March were in the gap
    }

    [Fact]
    public void Daily_with_discharge_mid_period_stops_at_the_discharge_day_inclusive()
    {
        DateInterval[] enrolled = [new(D(2025, 6, 1), D(2026, 3, 20))];
        DateOnly[] scores = [D(2026, 3, 20), D(2026, 3, 21), D(2026, 3, 31)];
        var result = Daily(D(2026, 3, 1), D(2026, 3, 31), scores, enrolled: enrolled);

        Assert.Equal(20, result.Expected);
        Assert.Equal(1, result.Scored);
    }

    [Fact]
    public void Only_the_intersection_of_active_enrolled_and_period_counts()
    {
        // Active 5–25, enrolled 1–20, period 10–31 March → 10..20 = 11 days.
        DateInterval[] active = [new(D(2026, 3, 5), D(2026, 3, 25))];
        DateInterval[] enrolled = [new(D(2026, 3, 1), D(2026, 3, 20))];
        var result = Daily(D(2026, 3, 10), D(2026, 3, 31), Days(D(2026, 3, 1), D(2026, 3, 31)), active, enrolled);

        Assert.Equal(11, result.CountingDays);
        Assert.Equal(11, result.Expected);
        Assert.Equal(11, result.Scored);
    }

    [Fact]
    public void Overlapping_intervals_count_a_day_once()
    {
        DateInterval[] active = [new(D(2026, 3, 1), D(2026, 3, 10)), new(D(2026, 3, 5), D(2026, 3, 15))];
        var result = Daily(D(2026, 3, 1), D(2026, 3, 31), [], active);

        Assert.Equal(15, result.Expected);
    }

    [Fact]
    public void Several_scores_on_one_day_count_once()
    {
        DateOnly[] scores = [D(2026, 3, 2), D(2026, 3, 2), D(2026, 3, 2), D(2026, 3, 3)];
        var result = Daily(D(2026, 3, 1), D(2026, 3, 10), scores);

        Assert.Equal(10, result.Expected);
        Assert.Equal(2, result.Scored);
        Assert.Equal(20, result.Percent);
    }

    [Fact]
    public void Scores_outside_the_period_are_ignored()
    {
        DateOnly[] scores = [D(2026, 2, 28), D(2026, 3, 1), D(2026, 4, 1)];
        var result = Daily(D(2026, 3, 1), D(2026, 3, 31), scores);

        Assert.Equal(1, result.Scored);
    }

    [Fact]
    public void Scores_outside_the_active_window_are_ignored()
    {
        // Sub-goal started 20 March; scores written before it was active do not count.
        DateInterval[] active = [DateInterval.Ongoing(D(2026, 3, 20))];
        var result = Daily(D(2026, 3, 1), D(2026, 3, 31), Days(D(2026, 3, 10), D(2026, 3, 21)), active);

        Assert.Equal(12, result.Expected);
        Assert.Equal(2, result.Scored);
    }

    [Fact]
    public void Rate_never_exceeds_100_percent()
    {
        var scores = Days(D(2026, 3, 1), D(2026, 3, 31)).Concat(Days(D(2026, 3, 1), D(2026, 3, 31)));
        var result = Daily(D(2026, 3, 1), D(2026, 3, 31), scores);

        Assert.Equal(1.0, result.Rate);
        Assert.Equal(100, result.Percent);
    }

    // ---- Leap years ----

    [Theory]
    [InlineData(2028, 29)] // leap year
    [InlineData(2027, 28)]
    [InlineData(2100, 28)] // divisible by 100, not by 400: common
    [InlineData(2000, 29)] // divisible by 400: leap
    public void Daily_in_February_follows_the_leap_year(int year, int days)
    {
        var to = new DateOnly(year, 3, 1).AddDays(-1);
        var result = Daily(D(year, 2, 1), to, Days(D(year, 2, 1), to));

        Assert.Equal(days, result.Expected);
        Assert.Equal(days, result.Scored);
    }

    [Fact]
    public void A_score_on_29_February_2028_counts()
    {
        var result = Daily(D(2028, 2, 1), D(2028, 2, 29), [D(2028, 2, 29)]);

        Assert.Equal(29, result.Expected);
        Assert.Equal(1, result.Scored);
    }

    [Theory]
    [InlineData(2028, 366)]
    [InlineData(2027, 365)]
    public void Daily_over_a_whole_year(int year, int days)
    {
        var result = Daily(D(year, 1, 1), D(year, 12, 31), []);

        Assert.Equal(days, result.Expected);
    }

    [Theory]
    [InlineData(2028, 1)] // active 15–29 Feb: 15 of 29 days, a majority → expected
    [InlineData(2027, 0)] // active 15–28 Feb: 14 of 28 days, exactly half → not expected
    public void Monthly_partial_February_depends_on_the_leap_year(int year, int expected)
    {
        DateInterval[] active = [DateInterval.Ongoing(D(year, 2, 15))];
        var to = new DateOnly(year, 3, 1).AddDays(-1);
        var result = ResponseRate.Of(ScoringFrequency.Monthly, active, Always, D(year, 2, 1), to, [to]);

        Assert.Equal(expected, result.Expected);
        Assert.Equal(expected, result.Scored);
    }

    // ---- Weekly ----

    [Theory]
    [InlineData(1, 4)]  // Monday 1 June 2026: four full weeks to Sunday 28 June
    [InlineData(3, 4)]  // Wednesday: 5 days in the first week → counts
    [InlineData(4, 4)]  // Thursday: exactly 4 days → counts
    [InlineData(5, 3)]  // Friday: 3 days → does not count
    [InlineData(7, 3)]  // Sunday: 1 day
    public void Weekly_first_week_counts_only_with_at_least_4_days(int startDay, int expected)
    {
        var result = ResponseRate.Of(ScoringFrequency.Weekly, Always, Always, D(2026, 6, startDay), D(2026, 6, 28), []);

        Assert.Equal(expected, result.Expected);
    }

    [Fact]
    public void Weekly_period_starting_mid_week_and_ending_mid_week()
    {
        // Wed 3 June – Tue 30 June 2026: week 1 (3–7 June, 5 days) counts; 8–14, 15–21, 22–28 full;
        // 29–30 June is 2 days of the week 29 June–5 July → not expected. Score on 29 June ignored.
        DateOnly[] scores = [D(2026, 6, 3), D(2026, 6, 6), D(2026, 6, 10), D(2026, 6, 22), D(2026, 6, 29)];
        var result = ResponseRate.Of(ScoringFrequency.Weekly, Always, Always, D(2026, 6, 3), D(2026, 6, 30), scores);

        Assert.Equal(28, result.CountingDays);
        Assert.Equal(4, result.Expected);
        Assert.Equal(3, result.Scored); // weeks of 1 June (two scores, once), 8 June, 22 June
        Assert.Equal(75, result.Percent);
    }

    [Fact]
    public void Weekly_score_in_a_too_short_first_week_does_not_count()
    {
        // Fri 5 June start: the week 1–7 June has 3 counting days and is not expected.
        DateOnly[] scores = [D(2026, 6, 6), D(2026, 6, 9)];
        var result = ResponseRate.Of(ScoringFrequency.Weekly, Always, Always, D(2026, 6, 5), D(2026, 6, 28), scores);

        Assert.Equal(3, result.Expected);
        Assert.Equal(1, result.Scored);
    }

    [Fact]
    public void Weekly_adjacent_periods_split_a_week_without_double_counting()
    {
        var a = ResponseRate.Of(ScoringFrequency.Weekly, Always, Always, D(2026, 6, 1), D(2026, 6, 3), []);
        var b = ResponseRate.Of(ScoringFrequency.Weekly, Always, Always, D(2026, 6, 4), D(2026, 6, 14), []);
        var whole = ResponseRate.Of(ScoringFrequency.Weekly, Always, Always, D(2026, 6, 1), D(2026, 6, 14), []);

        Assert.Equal(0, a.Expected);
        Assert.Equal(2, b.Expected);
        Assert.Equal(whole.Expected, a.Expected + b.Expected);
    }

    [Fact]
    public void Weekly_with_a_pause_in_the_week_uses_counting_days_not_calendar_days()
    {
        // Active Mon 1–Wed 3 June, paused, active again from Mon 8 June: the first week has 3 days.
        DateInterval[] active = [new(D(2026, 6, 1), D(2026, 6, 3)), DateInterval.Ongoing(D(2026, 6, 8))];
        DateOnly[] scores = [D(2026, 6, 2), D(2026, 6, 9)];
        var result = ResponseRate.Of(ScoringFrequency.Weekly, active, Always, D(2026, 6, 1), D(2026, 6, 28), scores);

        Assert.Equal(3, result.Expected);
        Assert.Equal(1, result.Scored);
    }

    [Fact]
    public void Weekly_ISO_weeks_run_across_new_year()
    {
        // Mon 28 Dec 2026 – Sun 10 Jan 2027: weeks 28 Dec–3 Jan and 4–10 Jan. Fri 1 Jan 2027
        // belongs to the week that began in 2026.
        DateOnly[] scores = [D(2027, 1, 1), D(2026, 12, 29)];
        var result = ResponseRate.Of(ScoringFrequency.Weekly, Always, Always, D(2026, 12, 28), D(2027, 1, 10), scores);

        Assert.Equal(2, result.Expected);
        Assert.Equal(1, result.Scored);
        Assert.Equal(50, result.Percent);
    }

    // ---- Monthly ----

    [Fact]
    public void Monthly_across_a_year_boundary()
    {
        // Nov 2026 – Feb 2027: 4 months; scored in Dec (once) and Jan (twice) → 2/4.
        DateOnly[] scores = [D(2026, 12, 15), D(2027, 1, 3), D(2027, 1, 30)];
        var result = ResponseRate.Of(ScoringFrequency.Monthly, Always, Always, D(2026, 11, 1), D(2027, 2, 28), scores);

        Assert.Equal(4, result.Expected);
        Assert.Equal(2, result.Scored);
        var verdict = result.Verdict();
        Assert.Equal(ResponseRateJudgement.Insufficient, verdict.Judgement);
        Assert.Equal("Svarprocent 50 % – for få scoringer til en kvantitativ evaluering", verdict.Text);
    }

    [Theory]
    [InlineData(16, 1)] // 16–31 March: 16 of 31 days → expected
    [InlineData(17, 0)] // 17–31 March: 15 of 31 days → not
    public void Monthly_partial_month_needs_more_than_half_its_days(int activeFrom, int expected)
    {
        DateInterval[] active = [DateInterval.Ongoing(D(2026, 3, activeFrom))];
        var result = ResponseRate.Of(ScoringFrequency.Monthly, active, Always, D(2026, 3, 1), D(2026, 3, 31), []);

        Assert.Equal(expected, result.Expected);
    }

    [Fact]
    public void Monthly_even_month_split_exactly_in_half_is_expected_in_neither_half()
    {
        var first = ResponseRate.Of(ScoringFrequency.Monthly, Always, Always, D(2026, 4, 1), D(2026, 4, 15), []);
        var second = ResponseRate.Of(ScoringFrequency.Monthly, Always, Always, D(2026, 4, 16), D(2026, 4, 30), []);

        Assert.Equal(0, first.Expected);
        Assert.Equal(0, second.Expected);
    }

    // ---- Nothing expected, verdicts, thresholds ----

    [Fact]
    public void Nothing_expected_when_the_sub_goal_was_passive_all_period()
    {
        var result = Daily(D(2026, 3, 1), D(2026, 3, 31), [D(2026, 3, 5)], active: []);

        Assert.Equal(0, result.Expected);
        Assert.Equal(0, result.Scored);
        Assert.Null(result.Rate);
        Assert.Null(result.Percent);
        var verdict = result.Verdict();
        Assert.Equal(ResponseRateJudgement.NothingExpected, verdict.Judgement);
        Assert.Equal("Ingen scoringer forventet i perioden", verdict.Text);
    }

    [Theory]
    [InlineData(7, 10, ResponseRateJudgement.Sufficient)]   // exactly 70 %
    [InlineData(14, 20, ResponseRateJudgement.Sufficient)]  // exactly 70 %
    [InlineData(21, 30, ResponseRateJudgement.Sufficient)]  // exactly 70 %
    [InlineData(6, 10, ResponseRateJudgement.Insufficient)]
    [InlineData(20, 30, ResponseRateJudgement.Insufficient)] // 66 %
    public void Threshold_of_70_percent_is_inclusive(int scored, int days, ResponseRateJudgement expected)
    {
        var from = D(2026, 3, 1);
        var result = Daily(from, from.AddDays(days - 1), Days(from, from.AddDays(scored - 1)));

        Assert.Equal(expected, result.Verdict().Judgement);
    }

    [Fact]
    public void Exactly_70_percent_reads_as_sufficient()
    {
        var from = D(2026, 3, 1);
        var result = Daily(from, from.AddDays(9), Days(from, from.AddDays(6)));

        Assert.Equal("Svarprocent 70 % – nok til en kvantitativ evaluering", result.Verdict().Text);
    }

    [Fact]
    public void Percent_rounds_down_so_69_5_is_shown_as_69_and_insufficient()
    {
        var from = D(2026, 1, 1);
        var result = Daily(from, from.AddDays(199), Days(from, from.AddDays(138))); // 139 / 200

        Assert.Equal(69, result.Percent);
        Assert.Equal("Svarprocent 69 % – for få scoringer til en kvantitativ evaluering", result.Verdict().Text);
    }

    [Fact]
    public void Configured_threshold_is_respected()
    {
        var from = D(2026, 3, 1);
        var result = Daily(from, from.AddDays(9), Days(from, from.AddDays(6))); // 70 %

        Assert.Equal(ResponseRateJudgement.Insufficient, result.Verdict(0.80).Judgement);
        Assert.Equal(ResponseRateJudgement.Sufficient, result.Verdict(0.50).Judgement);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Threshold_outside_0_to_1_is_rejected(double threshold)
    {
        var result = Daily(D(2026, 3, 1), D(2026, 3, 2), []);

        Assert.Throws<ArgumentOutOfRangeException>(() => result.Verdict(threshold));
    }

    [Fact]
    public void Period_ending_before_it_starts_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Daily(D(2026, 3, 2), D(2026, 3, 1), []));

    [Fact]
    public void Interval_ending_before_it_starts_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DateInterval(D(2026, 3, 2), D(2026, 3, 1)));

    [Fact]
    public void Single_day_interval_contains_only_that_day()
    {
        var day = new DateInterval(D(2028, 2, 29), D(2028, 2, 29));

        Assert.True(day.Contains(D(2028, 2, 29)));
        Assert.False(day.Contains(D(2028, 2, 28)));
        Assert.False(day.Contains(D(2028, 3, 1)));
    }

    [Fact]
    public void Activity_window_overload_gives_the_same_result()
    {
        DateInterval[] active = [new(D(2026, 3, 1), D(2026, 3, 9)), DateInterval.Ongoing(D(2026, 3, 17))];
        DateInterval[] enrolled = [new(D(2026, 3, 1), D(2026, 3, 25))];
        DateOnly[] scores = [D(2026, 3, 3), D(2026, 3, 12), D(2026, 3, 20), D(2026, 3, 28)];
        var window = new ActivityWindow(active, enrolled);

        var viaLists = ResponseRate.Of(ScoringFrequency.Daily, active, enrolled, D(2026, 3, 1), D(2026, 3, 31), scores);
        var viaWindow = ResponseRate.Of(ScoringFrequency.Daily, window, D(2026, 3, 1), D(2026, 3, 31), scores);

        Assert.Equal(viaLists, viaWindow);
        Assert.Equal(18, viaWindow.Expected); // 1–9 and 17–25
        Assert.Equal(2, viaWindow.Scored);
        Assert.False(window.IsCountingDay(D(2026, 3, 12)));
        Assert.True(window.IsCountingDay(D(2026, 3, 25)));
        Assert.False(window.IsCountingDay(D(2026, 3, 26)));
    }
}
