using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

public sealed class SmortTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    /// <summary>A well-formed draft: linked to a purpose, end date, 3-month cadence, an indicator.</summary>
    private static GoalDraft Draft(string text, bool subGoal = false, bool? realistic = true) =>
        new(text, ServesPurpose: true, Start, Start.AddMonths(6), EvaluationIntervalMonths: 3, HasIndicator: true,
            StaffFindRealistic: realistic, IsSubGoal: subGoal);

    private static SmortVerdict Verdict(GoalDraft draft, SmortLetter letter) =>
        Smort.Check(draft).Single(f => f.Letter == letter).Verdict;

    // The documentation foundation, "Er målet/delmålet SMORT?": the four worked examples.

    [Fact]
    public void Seed_example_1_cleaning_own_home_is_concrete_but_needs_operationalising()
    {
        var draft = Draft("At borgeren deltager i rengøring af egen bolig");
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.S));
        Assert.Equal(SmortVerdict.Ask, Verdict(draft, SmortLetter.M)); // "kræver, at målet operationaliseres yderligere"
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.O));
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.R));
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.T));
    }

    [Fact]
    public void Seed_example_2_more_independent_reads_like_a_purpose()
    {
        var draft = Draft("At barnet bliver mere selvstændig og selvhjulpen", realistic: null);
        var findings = Smort.Check(draft);
        Assert.Equal(SmortVerdict.NotMet, Verdict(draft, SmortLetter.S));
        Assert.Contains("karakter af et formål", findings.Single(f => f.Letter == SmortLetter.S).Reason, StringComparison.Ordinal);
        Assert.Equal(SmortVerdict.NotMet, Verdict(draft, SmortLetter.M));
        Assert.NotEqual(SmortVerdict.Met, Verdict(draft, SmortLetter.O));
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.R));
        Assert.NotEqual(SmortVerdict.Met, Verdict(draft, SmortLetter.T));
    }

    [Fact]
    public void Seed_example_3_not_spending_all_money_on_cigarettes_is_avoidance()
    {
        var draft = Draft("At borgeren ikke bruger alle sine penge på cigaretter", subGoal: true);
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.S));
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.M));
        var o = Smort.Check(draft).Single(f => f.Letter == SmortLetter.O);
        Assert.Equal(SmortVerdict.NotMet, o.Verdict);
        Assert.Contains("noget, man vil undgå, ikke noget man vil opnå", o.Reason, StringComparison.Ordinal);
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.R));
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.T));
    }

    [Fact]
    public void Seed_example_4_setting_the_table_is_concrete_but_not_realistic_now()
    {
        var draft = Draft("At barnet deltager i borddækning om aftenen", subGoal: true, realistic: false);
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.S));
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.M));
        Assert.Equal(SmortVerdict.NotMet, Verdict(draft, SmortLetter.O));
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.R));
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.T));
    }

    [Theory]
    [InlineData("At Peter undgår konflikter i spisesituationen")]
    [InlineData("At borgeren stopper med at slå")]
    [InlineData("At Sara holder op med at ryge inden for")]
    [InlineData("At barnet aldrig løber væk fra skolen")]
    [InlineData("At borgeren ikke råber ad personalet")]
    [InlineData("At drengen får færre raserianfald om ugen")]
    [InlineData("At borgeren drikker mindre cola")]
    [InlineData("At Mads går i skole uden at pjække")]
    public void Avoidance_phrasing_fails_O_with_advice_to_phrase_what_to_achieve(string text)
    {
        var o = Smort.Check(Draft(text)).Single(f => f.Letter == SmortLetter.O);
        Assert.Equal(SmortVerdict.NotMet, o.Verdict);
        Assert.Contains("Formulér det, borgeren skal opnå", o.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("At borgeren bliver mere selvstændig")]
    [InlineData("At Ida får det bedre")]
    [InlineData("At barnet trives i skolen")]
    [InlineData("At borgeren får øget livskvalitet")]
    [InlineData("At den unge udvikler sig socialt")]
    [InlineData("At borgeren bliver bedre til det sociale")]
    [InlineData("At borgeren i højere grad deltager i fællesskabet")]
    [InlineData("At borgeren får et godt liv")]
    public void Vague_purpose_like_wording_fails_S_and_M(string text)
    {
        var draft = Draft(text);
        Assert.Equal(SmortVerdict.NotMet, Verdict(draft, SmortLetter.S));
        Assert.Equal(SmortVerdict.NotMet, Verdict(draft, SmortLetter.M));
    }

    [Theory]
    [InlineData("At Emil smører sin egen madpakke tre dage om ugen")]
    [InlineData("At borgeren tager bussen til arbejde alene hver mandag")]
    [InlineData("At Laura børster tænder morgen og aften med guidning")]
    [InlineData("At borgeren handler ind i Netto sammen med en medarbejder en gang om ugen")]
    [InlineData("At barnet klæder sig på selv om morgenen")]
    [InlineData("At Ali vasker sit tøj hver lørdag")]
    [InlineData("At borgeren møder op til sin praktik 4 dage om ugen")]
    [InlineData("At barnet peger på billeder for at vælge aktivitet dagligt")]
    public void Concrete_actions_with_a_frequency_pass_S_M_and_O(string text)
    {
        var draft = Draft(text);
        Assert.All(Smort.Check(draft), f => Assert.Equal(SmortVerdict.Met, f.Verdict));
    }

    [Theory]
    [InlineData("At borgeren rydder op på sit værelse")]
    [InlineData("At barnet deltager i fritidsaktiviteter")]
    [InlineData("At borgeren laver mad")]
    public void A_concrete_action_without_how_often_asks_for_more_precision(string text) =>
        Assert.Equal(SmortVerdict.Ask, Verdict(Draft(text), SmortLetter.M));

    [Fact]
    public void Text_without_any_action_asks_whether_it_can_be_said_more_clearly() =>
        Assert.Equal(SmortVerdict.Ask, Verdict(Draft("Bedre økonomi"), SmortLetter.S));

    [Fact]
    public void An_empty_text_fails_S_and_M()
    {
        var draft = Draft("  ");
        Assert.Equal(SmortVerdict.NotMet, Verdict(draft, SmortLetter.S));
        Assert.Equal(SmortVerdict.NotMet, Verdict(draft, SmortLetter.M));
    }

    [Fact]
    public void No_end_date_fails_T() =>
        Assert.Equal(SmortVerdict.NotMet, Verdict(Draft("At Emil smører madpakke hver dag") with { EndOn = null }, SmortLetter.T));

    [Fact]
    public void An_end_date_before_the_start_fails_T() =>
        Assert.Equal(SmortVerdict.NotMet, Verdict(Draft("At Emil smører madpakke hver dag") with { EndOn = Start.AddDays(-1) }, SmortLetter.T));

    [Theory]
    [InlineData(null, SmortVerdict.NotMet)]
    [InlineData(0, SmortVerdict.NotMet)]
    [InlineData(1, SmortVerdict.Met)]
    [InlineData(2, SmortVerdict.Met)]
    [InlineData(3, SmortVerdict.Met)]
    [InlineData(4, SmortVerdict.NotMet)]
    [InlineData(6, SmortVerdict.NotMet)]
    public void Evaluation_must_be_at_most_every_three_months(int? months, SmortVerdict expected) =>
        Assert.Equal(expected, Verdict(Draft("At Emil smører madpakke hver dag") with { EvaluationIntervalMonths = months }, SmortLetter.E));

    [Fact]
    public void A_goal_without_a_purpose_fails_R_and_says_to_link_one()
    {
        var r = Smort.Check(Draft("At Emil smører madpakke hver dag") with { ServesPurpose = false }).Single(f => f.Letter == SmortLetter.R);
        Assert.Equal(SmortVerdict.NotMet, r.Verdict);
        Assert.Contains("formål", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_goal_needs_an_indicator() =>
        Assert.Equal(SmortVerdict.NotMet, Verdict(Draft("At Emil smører madpakke hver dag", subGoal: true) with { HasIndicator = false }, SmortLetter.M));

    [Fact]
    public void A_goal_may_be_measured_by_a_stated_measure_instead_of_an_indicator()
    {
        var draft = Draft("At Emil smører madpakke hver dag") with { HasIndicator = false, Measure = "Antal dage pr. uge, hvor Emil selv smører" };
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.M));
        // Without indicator, measure or a frequency in the text, nothing says when it is reached.
        Assert.Equal(SmortVerdict.NotMet, Verdict(draft with { Text = "At Emil smører madpakke", Measure = null }, SmortLetter.M));
    }

    [Fact]
    public void Without_the_staffs_judgement_O_is_a_question_not_a_verdict() =>
        Assert.Equal(SmortVerdict.Ask, Verdict(Draft("At Emil smører madpakke hver dag", realistic: null), SmortLetter.O));

    [Fact]
    public void Every_letter_is_answered_once_with_a_Danish_reason()
    {
        var findings = Smort.Check(Draft("At barnet deltager i borddækning om aftenen"));
        Assert.Equal([SmortLetter.S, SmortLetter.M, SmortLetter.O, SmortLetter.R, SmortLetter.T, SmortLetter.E], findings.Select(f => f.Letter));
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
        Assert.Equal("Opnåeligt", findings.Single(f => f.Letter == SmortLetter.O).LetterName);
    }

    [Fact]
    public void Rewriting_an_avoidance_goal_turns_O_green()
    {
        var before = Draft("At borgeren ikke bruger alle sine penge på cigaretter");
        var after = Draft("At borgeren sætter 200 kr. til side hver uge, før der købes cigaretter");
        Assert.Equal(SmortVerdict.NotMet, Verdict(before, SmortLetter.O));
        Assert.Equal(SmortVerdict.Met, Verdict(after, SmortLetter.O));
    }
}
