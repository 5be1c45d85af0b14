using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

public sealed class PeriodCadenceTests
{
    private static readonly DateOnly PlanStart = new(2025, 1, 10);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void A_childrens_plan_closed_seven_months_ago_is_overdue_with_the_sentence_of_the_brief()
    {
        var notice = PeriodCadence.For(Area.Children, [D(2025, 7, 1)], PlanStart, D(2026, 2, 15));

        Assert.Equal(CadenceLevel.Overdue, notice.Level);
        Assert.Equal("Seneste periode blev lukket for 7 måneder siden; børneområdet forventer mindst to lukninger om året.", notice.Text);
        Assert.Equal(D(2026, 1, 1), notice.NextExpectedOn);
    }

    [Fact]
    public void A_childrens_plan_closed_exactly_six_months_ago_is_due_today_not_overdue()
    {
        var notice = PeriodCadence.For(Area.Children, [D(2025, 8, 15)], PlanStart, D(2026, 2, 15));

        Assert.Equal(CadenceLevel.OnTrack, notice.Level);
        Assert.Equal("Seneste periode blev lukket for 6 måneder siden. Næste lukning forventes senest i dag – børneområdet forventer mindst to lukninger om året.", notice.Text);
        Assert.Equal(D(2026, 2, 15), notice.NextExpectedOn);
    }

    [Fact]
    public void A_childrens_plan_one_day_past_six_months_is_overdue() =>
        Assert.Equal(CadenceLevel.Overdue, PeriodCadence.For(Area.Children, [D(2025, 8, 15)], PlanStart, D(2026, 2, 16)).Level);

    [Fact]
    public void A_childrens_plan_closed_recently_shows_the_latest_date_of_the_next_closing()
    {
        var notice = PeriodCadence.For(Area.Children, [D(2025, 6, 1), D(2025, 12, 1)], PlanStart, D(2026, 1, 20));

        Assert.Equal(CadenceLevel.OnTrack, notice.Level);
        Assert.Equal("Seneste periode blev lukket for 1 måned siden. Næste lukning forventes senest 01-06-2026 – børneområdet forventer mindst to lukninger om året.", notice.Text);
    }

    [Fact]
    public void A_childrens_plan_without_a_closed_period_counts_from_the_plans_start()
    {
        var young = PeriodCadence.For(Area.Children, [], D(2026, 1, 1), D(2026, 3, 1));
        Assert.Equal(CadenceLevel.OnTrack, young.Level);
        Assert.Equal("Planen blev oprettet for 2 måneder siden, og ingen periode er lukket endnu. Næste lukning forventes senest 01-07-2026 – børneområdet forventer mindst to lukninger om året.", young.Text);

        var old = PeriodCadence.For(Area.Children, [], D(2025, 6, 1), D(2026, 3, 1));
        Assert.Equal(CadenceLevel.Overdue, old.Level);
        Assert.Equal("Planen blev oprettet for 9 måneder siden, og ingen periode er lukket endnu; børneområdet forventer mindst to lukninger om året.", old.Text);
    }

    [Fact]
    public void A_plan_created_today_says_so()
    {
        var notice = PeriodCadence.For(Area.Children, [], D(2026, 3, 2), D(2026, 3, 2));
        Assert.StartsWith("Planen blev oprettet i dag, og ingen periode er lukket endnu.", notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_adults_plan_without_a_closed_period_expects_the_yearly_status_meeting()
    {
        var notice = PeriodCadence.For(Area.Adults, [], D(2025, 12, 1), D(2026, 3, 2));

        Assert.Equal(CadenceLevel.OnTrack, notice.Level);
        Assert.Equal("Planen blev oprettet for 3 måneder siden, og ingen periode er lukket endnu. Voksenområdet forventer højst én lukning om året, typisk ved det årlige statusmøde.", notice.Text);
        Assert.Equal(D(2026, 12, 1), notice.NextExpectedOn);
    }

    [Fact]
    public void An_adults_plan_closed_twice_within_a_year_gets_a_note_not_an_error()
    {
        var notice = PeriodCadence.For(Area.Adults, [D(2025, 3, 1), D(2025, 9, 1)], PlanStart, D(2026, 1, 15));

        Assert.Equal(CadenceLevel.MoreThanExpected, notice.Level);
        Assert.Equal("Planen er lukket 01-03-2025 og igen 01-09-2025, to gange inden for et år; voksenområdet forventer højst én lukning om året. " +
                     "Det kan være i orden, fx ved et ekstra statusmøde – skriv begrundelsen i planen.", notice.Text);
    }

    [Fact]
    public void An_adults_plan_closed_once_a_year_is_on_track()
    {
        var notice = PeriodCadence.For(Area.Adults, [D(2024, 3, 1), D(2025, 3, 1)], PlanStart, D(2025, 10, 1));

        Assert.Equal(CadenceLevel.OnTrack, notice.Level);
        Assert.Equal("Seneste periode blev lukket for 7 måneder siden. Næste lukning forventes tidligst 01-03-2026 – voksenområdet forventer højst én lukning om året.", notice.Text);
    }

    [Fact]
    public void Closings_exactly_a_year_apart_are_not_twice_within_a_year() =>
        Assert.Equal(CadenceLevel.OnTrack, PeriodCadence.For(Area.Adults, [D(2025, 3, 1), D(2026, 3, 1)], PlanStart, D(2026, 4, 1)).Level);

    [Fact]
    public void Two_adult_closings_close_together_long_ago_no_longer_give_a_note()
    {
        // The double closing was more than a year ago; the latest closing alone decides now.
        var notice = PeriodCadence.For(Area.Adults, [D(2024, 1, 1), D(2024, 2, 1)], PlanStart, D(2025, 6, 1));

        Assert.Equal(CadenceLevel.OnTrack, notice.Level);
        Assert.Equal("Seneste periode blev lukket for 16 måneder siden. Perioden kan lukkes ved næste statusmøde – voksenområdet forventer højst én lukning om året.", notice.Text);
    }

    [Fact]
    public void Closings_in_the_future_of_today_are_ignored() =>
        Assert.Equal(CadenceLevel.OnTrack, PeriodCadence.For(Area.Adults, [D(2026, 1, 1), D(2026, 6, 1)], PlanStart, D(2026, 3, 1)).Level);

    [Fact]
    public void An_adult_closing_today_within_a_year_of_the_last_is_noted_a_childrens_never()
    {
        Assert.Equal(
            "Seneste periode blev lukket 01-09-2025; voksenområdet forventer højst én lukning om året. Du kan stadig lukke perioden, fx hvis der er aftalt et ekstra statusmøde.",
            PeriodCadence.NoteOnClosing(Area.Adults, [D(2025, 9, 1)], D(2026, 3, 1)));
        Assert.Null(PeriodCadence.NoteOnClosing(Area.Adults, [D(2025, 3, 1)], D(2026, 3, 1)));
        Assert.Null(PeriodCadence.NoteOnClosing(Area.Adults, [], D(2026, 3, 1)));
        Assert.Null(PeriodCadence.NoteOnClosing(Area.Children, [D(2026, 2, 1)], D(2026, 3, 1)));
    }

    [Theory]
    [InlineData("2026-01-31", "2026-02-27", 0)]
    [InlineData("2026-01-31", "2026-02-28", 1)]
    [InlineData("2026-01-31", "2026-03-01", 1)]
    [InlineData("2025-08-31", "2026-02-28", 6)]
    [InlineData("2026-03-02", "2026-03-02", 0)]
    [InlineData("2026-03-02", "2026-01-01", 0)]
    [InlineData("2024-02-29", "2025-02-28", 12)]
    public void Whole_months_follow_the_calendar(string from, string to, int expected) =>
        Assert.Equal(expected, PeriodCadence.WholeMonths(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-03-02", "i dag")]
    [InlineData("2026-03-01", "i går")]
    [InlineData("2026-02-20", "for 10 dage siden")]
    [InlineData("2026-02-02", "for 1 måned siden")]
    [InlineData("2025-03-02", "for 12 måneder siden")]
    public void Ago_reads_as_plain_Danish(string then, string expected) =>
        Assert.Equal(expected, PeriodCadence.Ago(DateOnly.Parse(then, System.Globalization.CultureInfo.InvariantCulture), D(2026, 3, 2)));
}
