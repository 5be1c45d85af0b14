using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

/// <summary>
/// What the text itself says about how often, when or how much counts as a measure (docs/domain.md, "Goals and sub-goals"):
/// "møder i skole til tiden og bliver hele skoledagen fire ud af fem dage om ugen" is concrete and
/// measurable. Vague, purpose-like wording stays flagged even with a frequency in it.
/// </summary>
public sealed class SmortMeasureTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    /// <summary>A goal with purpose, dates and cadence but no indicator and no separate measure: only the text can carry M.</summary>
    private static GoalDraft Draft(string text) =>
        new(text, ServesPurpose: true, Start, Start.AddMonths(6), EvaluationIntervalMonths: 3, HasIndicator: false,
            StaffFindRealistic: true);

    private static SmortVerdict Verdict(string text, SmortLetter letter) =>
        Smort.Check(Draft(text)).Single(f => f.Letter == letter).Verdict;

    [Fact]
    public void The_school_example_of_the_issue_is_specific_and_measurable()
    {
        const string text = "At Agnes møder i skole til tiden og bliver hele skoledagen fire ud af fem dage om ugen";

        Assert.Equal(SmortVerdict.Met, Verdict(text, SmortLetter.S));
        Assert.Equal(SmortVerdict.Met, Verdict(text, SmortLetter.M));
        Assert.All(Smort.Check(Draft(text)), f => Assert.Equal(SmortVerdict.Met, f.Verdict));
    }

    [Theory]
    [InlineData("At borgeren tager sin medicin 3 ud af 4 gange")]
    [InlineData("At Emil smører sin madpakke hver skoledag")]
    [InlineData("At barnet børster tænder morgen og aften")]
    [InlineData("At borgeren går en tur tre gange om ugen")]
    [InlineData("At Laura står op kl. 7 på hverdage")]
    [InlineData("At Mads sidder ved bordet i 20 minutter under aftensmaden")]
    [InlineData("At borgeren ringer til sin mor mindst en gang om ugen")]
    [InlineData("At Ida møder til tiden på sit arbejde")]
    [InlineData("At borgeren støvsuger sin lejlighed hver lørdag")]
    [InlineData("At barnet laver lektier en halv time dagligt")]
    [InlineData("At Noah bliver i klassen hele timen")]
    [InlineData("At borgeren vander sine planter to gange pr. uge")]
    public void A_measure_in_the_text_makes_a_goal_measurable_without_a_separate_measure(string text)
    {
        Assert.Equal(SmortVerdict.Met, Verdict(text, SmortLetter.S));
        Assert.Equal(SmortVerdict.Met, Verdict(text, SmortLetter.M));
    }

    [Theory]
    [InlineData("At barnet trives i skolen hver dag")]
    [InlineData("At borgeren bliver mere selvstændig tre gange om ugen")]
    [InlineData("At Agnes får det bedre i hele skoledagen")]
    [InlineData("At borgeren oplever tryghed hver aften")]
    [InlineData("At barnet udvikler sig fire ud af fem dage")]
    public void Vague_wording_is_still_flagged_even_with_a_frequency(string text)
    {
        Assert.Equal(SmortVerdict.NotMet, Verdict(text, SmortLetter.S));
        Assert.Equal(SmortVerdict.NotMet, Verdict(text, SmortLetter.M));
    }

    [Theory]
    [InlineData("At borgeren rydder op på sit værelse")]
    [InlineData("At barnet deltager i fritidsaktiviteter")]
    [InlineData("At borgeren sidder stille under en samtale med sin sagsbehandler")]
    [InlineData("At Emil hjælper til i køkkenet")]
    public void A_concrete_action_without_a_measure_still_asks_how_it_is_seen(string text)
    {
        Assert.Equal(SmortVerdict.NotMet, Verdict(text, SmortLetter.M));
        Assert.Equal(SmortVerdict.Ask, Smort.Check(Draft(text) with { Measure = "Samtale med kontaktpersonen" }).Single(f => f.Letter == SmortLetter.M).Verdict);
    }

    [Fact]
    public void A_sub_goal_still_needs_its_indicator_whatever_the_text_says() =>
        Assert.Equal(SmortVerdict.NotMet,
            Smort.Check(Draft("At Agnes møder i skole til tiden fire ud af fem dage") with { IsSubGoal = true }).Single(f => f.Letter == SmortLetter.M).Verdict);
}
