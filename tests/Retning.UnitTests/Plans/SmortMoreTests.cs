using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

/// <summary>
/// More SMORT cases from realistic Danish goal texts: the documentation foundation's other examples of purposes,
/// goals and sub-goals (004 section 6.3), avoidance that hides in reduction, and the wordings
/// that merely look like avoidance (conditions, "ikke-verbal", "uden at få hjælp").
/// </summary>
public sealed class SmortMoreTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    private static GoalDraft Draft(string text, bool subGoal = false, bool? realistic = true) =>
        new(text, ServesPurpose: true, Start, Start.AddMonths(6), EvaluationIntervalMonths: 3, HasIndicator: true,
            StaffFindRealistic: realistic, IsSubGoal: subGoal);

    private static SmortVerdict Verdict(GoalDraft draft, SmortLetter letter) =>
        Smort.Check(draft).Single(f => f.Letter == letter).Verdict;

    // The documentation foundation, 6.3: the purposes (formål) are not measurable; every one reads like a purpose.
    [Theory]
    [InlineData("At borgeren bliver mere selvhjulpen")]
    [InlineData("At barnet kommunikerer med omverdenen og giver udtryk for egne behov")]
    [InlineData("At borgerens kompetencer i at styre egen økonomi styrkes")]
    [InlineData("At barnet bliver selvstændig og selvhjulpen samt inddrages i de daglige gøremål i overensstemmelse med alder og funktion.")]
    public void The_seeds_purposes_read_like_purposes(string text)
    {
        var draft = Draft(text);
        var s = Smort.Check(draft).Single(f => f.Letter == SmortLetter.S);
        Assert.Equal(SmortVerdict.NotMet, s.Verdict);
        Assert.Contains("karakter af et formål", s.Reason, StringComparison.Ordinal);
        Assert.Equal(SmortVerdict.NotMet, Verdict(draft, SmortLetter.M));
    }

    // The documentation foundation, 6.3: goals (mål) are concrete; they may still need operationalising (M: Overvej).
    [Theory]
    [InlineData("At borgeren varetager egen tøjvask")]
    [InlineData("At barnet lærer tegn til tale")]
    [InlineData("At barnet deltager i praktiske opgaver i forbindelse med måltider.")]
    [InlineData("At borgeren deltager i rengøring af egen bolig")]
    public void The_seeds_goals_are_concrete_and_may_ask_how_often(string text)
    {
        var draft = Draft(text);
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.S));
        Assert.Equal(SmortVerdict.Ask, Verdict(draft, SmortLetter.M));
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.O));
    }

    // The documentation foundation, 6.3: sub-goals (delmål) are the small concrete steps with a frequency or situation.
    [Theory]
    [InlineData("At borgeren hver onsdag varetager udvalgte rengøringsopgaver i egen bolig")]
    [InlineData("At borgeren vasker tøj én gang om ugen")]
    [InlineData("At barnet benytter tegnet for tørstig, når barnet gerne vil have noget at drikke.")]
    [InlineData("At borgeren kun køber cigaretter hver anden dag")]
    [InlineData("At borgeren siger når de andre beboere vil låne penge")]
    [InlineData("At barnet deltager i borddækning om aftenen")]
    public void The_seeds_sub_goals_pass_every_letter(string text) =>
        Assert.All(Smort.Check(Draft(text, subGoal: true)), f => Assert.Equal(SmortVerdict.Met, f.Verdict));

    [Theory]
    [InlineData("At borgeren lader være med at ryge på værelset")]
    [InlineData("At borgeren reducerer sit forbrug af energidrik")]
    [InlineData("At Sofie holder sig fra hash i weekenden")]
    [InlineData("At borgeren nedsætter antallet af konflikter med personalet")]
    [InlineData("At Jonas afholder sig fra at slå, når han er vred")]
    [InlineData("At borgeren, når hun er vred, ikke råber ad de andre")]
    [InlineData("At barnet ingen fravær har i skolen")]
    [InlineData("At borgeren mindsker sit forbrug af sukker")]
    public void Avoidance_hidden_in_reduction_or_a_later_clause_is_found(string text)
    {
        var o = Smort.Check(Draft(text)).Single(f => f.Letter == SmortLetter.O);
        Assert.Equal(SmortVerdict.NotMet, o.Verdict);
        Assert.Contains("noget, man vil undgå", o.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("At borgeren siger fra, når hun ikke har lyst til at deltage")]
    [InlineData("At borgeren beder om hjælp, hvis hun ikke kan finde sine nøgler")]
    [InlineData("At barnet bruger ikke-verbal kommunikation ved måltider")]
    [InlineData("At borgeren tager bad to gange om ugen uden at få hjælp")]
    [InlineData("At borgeren tager sin medicin hver morgen uden at blive mindet om det")]
    [InlineData("At borgeren klæder sig på med ingen eller let støtte hver morgen")]
    [InlineData("At borgeren selv betaler mindre regninger i netbank hver måned")]
    [InlineData("At barnet arbejder i mindre grupper i skolen to gange om ugen")]
    [InlineData("At borgeren ikke kun spiser pasta, men også grøntsager til aftensmaden")]
    [InlineData("At borgeren køber cigaretter for højst 150 kr. om ugen")]
    public void Wordings_that_only_look_like_avoidance_are_not_flagged(string text) =>
        Assert.Equal(SmortVerdict.Met, Verdict(Draft(text), SmortLetter.O));

    [Theory]
    [InlineData("At borgeren føler sig tryg i hverdagen")]
    [InlineData("At borgeren oplever tryghed ved sengetid")]
    [InlineData("At borgeren får styr på sin økonomi")]
    [InlineData("At borgeren mestrer sin hverdag")]
    [InlineData("At Ida bliver selvstændig i sin påklædning")]
    [InlineData("At borgeren bliver god til at lave mad")]
    [InlineData("At den unge bliver en del af et fællesskab")]
    [InlineData("At borgeren har det godt")]
    [InlineData("At borgeren får en bedre døgnrytme")]
    [InlineData("At borgeren kan klare sig selv")]
    [InlineData("At borgeren er aktiv i fællesskabet")]
    public void More_purpose_like_wordings_fail_S_and_M(string text)
    {
        var draft = Draft(text);
        Assert.Equal(SmortVerdict.NotMet, Verdict(draft, SmortLetter.S));
        Assert.Equal(SmortVerdict.NotMet, Verdict(draft, SmortLetter.M));
        Assert.Equal(SmortVerdict.Ask, Verdict(draft, SmortLetter.T));
    }

    [Theory]
    [InlineData("At borgeren laver styrketræning to gange om ugen")]
    [InlineData("At borgeren står op kl. 7 på hverdage")]
    [InlineData("At borgeren møder til tiden på arbejde")]
    [InlineData("At barnet bliver siddende ved bordet under hele måltidet")]
    [InlineData("At borgeren tømmer skraldespanden alene hver fredag")]
    [InlineData("At borgeren husker sin medicin morgen og aften")]
    [InlineData("At barnet venter på sin tur, når der spilles spil efter aftensmaden")]
    [InlineData("At William møder til første time i skolen fire dage om ugen")]
    [InlineData("At borgeren holder sin lejlighed ren ved at støvsuge hver fredag")]
    public void More_concrete_actions_with_when_or_how_often_pass_S_and_M(string text)
    {
        var draft = Draft(text);
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.S));
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.M));
        Assert.Equal(SmortVerdict.Met, Verdict(draft, SmortLetter.O));
    }

    [Theory]
    [InlineData("At borgeren ikke bruger alle sine penge på cigaretter", "At borgeren køber cigaretter for højst 150 kr. om ugen")]
    [InlineData("At Peter undgår konflikter i spisesituationen", "At Peter spiser sammen med de andre og spørger, før han tager mere")]
    [InlineData("At borgeren stopper med at ryge på værelset", "At borgeren ryger på altanen hver gang")]
    public void Rewriting_avoidance_into_something_to_achieve_turns_O_from_Ret_to_I_orden(string before, string after)
    {
        Assert.Equal(SmortVerdict.NotMet, Verdict(Draft(before), SmortLetter.O));
        Assert.Equal(SmortVerdict.Met, Verdict(Draft(after), SmortLetter.O));
    }

    [Fact]
    public void A_time_frame_of_more_than_a_year_is_a_question_for_T()
    {
        var t = Smort.Check(Draft("At Emil smører madpakke hver dag") with { EndOn = Start.AddMonths(18) }).Single(f => f.Letter == SmortLetter.T);
        Assert.Equal(SmortVerdict.Ask, t.Verdict);
        Assert.Contains("mere end et år", t.Reason, StringComparison.Ordinal);
        Assert.Equal(SmortVerdict.Met, Verdict(Draft("At Emil smører madpakke hver dag") with { EndOn = Start.AddMonths(12) }, SmortLetter.T));
    }

    [Fact]
    public void Without_a_start_date_an_end_date_is_enough_for_T() =>
        Assert.Equal(SmortVerdict.Met, Verdict(Draft("At Emil smører madpakke hver dag") with { StartOn = null }, SmortLetter.T));

    [Fact]
    public void A_sub_goal_reason_speaks_of_the_sub_goal()
    {
        var findings = Smort.Check(Draft("At Emil smører madpakke hver dag", subGoal: true) with { EndOn = null, ServesPurpose = false });
        Assert.StartsWith("Delmålet", findings.Single(f => f.Letter == SmortLetter.T).Reason, StringComparison.Ordinal);
        Assert.StartsWith("Delmålet", findings.Single(f => f.Letter == SmortLetter.R).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Upper_case_and_Danish_letters_are_read_the_same()
    {
        Assert.Equal(SmortVerdict.NotMet, Verdict(Draft("AT BORGEREN UNDGÅR KONFLIKTER"), SmortLetter.O));
        Assert.Equal(SmortVerdict.NotMet, Verdict(Draft("At Søren FØLER SIG TRYG"), SmortLetter.S));
    }
}
