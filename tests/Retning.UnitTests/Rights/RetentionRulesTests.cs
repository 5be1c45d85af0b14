using Retning.Domain.Rights;

namespace Retning.UnitTests.Rights;

/// <summary>Which discharged citizen is due for erasure on which date (GDPR art. 5(1)(e)), with fixed dates.</summary>
public sealed class RetentionRulesTests
{
    private static readonly DateOnly Discharged = new(2021, 6, 15);

    private static RetentionVerdict Judge(DateOnly? discharged, DateOnly today, int years = 5, string? hold = null) =>
        RetentionRules.Judge(new RetentionFacts(discharged, years, hold), today);

    [Fact]
    public void A_citizen_in_care_is_never_due()
    {
        Assert.Equal(new RetentionVerdict(RetentionState.InCare, null), Judge(null, new DateOnly(2099, 1, 1)));
        // Discharge registered ahead of time: still in care until that day.
        Assert.Equal(RetentionState.InCare, Judge(new DateOnly(2026, 7, 1), new DateOnly(2026, 6, 30)).State);
    }

    [Fact]
    public void The_data_is_kept_until_the_full_period_has_passed_and_is_due_from_the_anniversary()
    {
        Assert.Equal(new RetentionVerdict(RetentionState.Retained, new DateOnly(2026, 6, 15)), Judge(Discharged, new DateOnly(2026, 6, 14)));
        Assert.Equal(new RetentionVerdict(RetentionState.Due, new DateOnly(2026, 6, 15)), Judge(Discharged, new DateOnly(2026, 6, 15)));
        Assert.Equal(RetentionState.Due, Judge(Discharged, new DateOnly(2030, 1, 1)).State);
    }

    [Theory]
    [InlineData(1, "2022-06-15")]
    [InlineData(5, "2026-06-15")]
    [InlineData(10, "2031-06-15")]
    public void The_offers_period_decides_the_date(int years, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Judge(Discharged, Discharged, years).ErasableOn);

    [Fact]
    public void A_legal_hold_keeps_a_due_citizen_and_lifting_it_makes_the_citizen_due_again()
    {
        var today = new DateOnly(2027, 1, 1);
        Assert.Equal(new RetentionVerdict(RetentionState.Held, new DateOnly(2026, 6, 15)), Judge(Discharged, today, hold: "Klage hos Ankestyrelsen"));
        Assert.Equal(RetentionState.Due, Judge(Discharged, today, hold: null).State);
        // A blank reason is no hold (the form refuses it; the rule does not rely on that).
        Assert.Equal(RetentionState.Due, Judge(Discharged, today, hold: "  ").State);
    }

    [Fact]
    public void A_hold_before_the_period_has_run_out_changes_nothing_yet() =>
        Assert.Equal(RetentionState.Retained, Judge(Discharged, new DateOnly(2025, 1, 1), hold: "Politiets anmodning").State);

    [Theory]
    // Discharged on a leap day: in a common year the period ends with 28 February, so the data goes from 1 March.
    [InlineData("2024-02-29", 5, "2029-03-01")]
    [InlineData("2024-02-29", 4, "2028-02-29")]
    [InlineData("2024-02-28", 5, "2029-02-28")]
    [InlineData("2023-03-01", 1, "2024-03-01")]
    public void Leap_days_never_shorten_the_period(string discharged, int years, string expected)
    {
        var on = DateOnly.Parse(discharged, System.Globalization.CultureInfo.InvariantCulture);
        var erasable = DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(erasable, RetentionRules.ErasableOn(on, years));
        Assert.Equal(RetentionState.Retained, Judge(on, erasable.AddDays(-1), years).State);
        Assert.Equal(RetentionState.Due, Judge(on, erasable, years).State);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(1, true)]
    [InlineData(30, true)]
    [InlineData(0, false)]
    [InlineData(31, false)]
    [InlineData(-5, false)]
    public void The_period_is_between_1_and_30_years(int? years, bool valid) =>
        Assert.Equal(valid, RetentionRules.CheckYears(years) is null);

    [Fact]
    public void A_hold_needs_a_reason_of_at_most_500_characters()
    {
        Assert.Equal("Skriv, hvorfor borgerens oplysninger ikke må slettes.", RetentionRules.CheckHoldReason(" "));
        Assert.Null(RetentionRules.CheckHoldReason(new string('a', 500)));
        Assert.Equal("Teksten er for lang: højst 500 tegn (nu 501).", RetentionRules.CheckHoldReason(new string('a', 501)));
    }
}
