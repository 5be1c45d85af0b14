using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

public sealed class SmortSummaryTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public void An_avoidance_goal_without_purpose_names_the_letters_to_correct_and_consider()
    {
        var draft = new GoalDraft("At borgeren ikke bruger alle sine penge på cigaretter", ServesPurpose: false, Start, Start.AddMonths(6), 3,
            HasIndicator: false, Measure: "Kassebogen", StaffFindRealistic: null);

        var summary = SmortSummary.Of(Smort.Check(draft));

        Assert.Equal("SMORT: 4 af 6 i orden", summary.Headline);
        Assert.Equal([SmortLetter.O, SmortLetter.R], summary.NotMet);
        Assert.Empty(summary.Ask);
        Assert.Equal("Ret: O, R", summary.Details);
        Assert.False(summary.AllMet);
    }

    [Fact]
    public void A_goal_in_order_has_no_details()
    {
        var goal = new Goal
        {
            ThemeKey = "selvstaendighed", Text = "At Emil smører sin egen madpakke tre dage om ugen", PurposeId = Guid.NewGuid(),
            StartOn = Start, EndOn = Start.AddMonths(6), EvaluationIntervalMonths = 3, Measure = "Antal dage", StaffFindRealistic = true,
        };

        var summary = SmortSummary.Of(goal);

        Assert.True(summary.AllMet);
        Assert.Equal("SMORT: 6 af 6 i orden", summary.Headline);
        Assert.Equal(string.Empty, summary.Details);
    }

    [Fact]
    public void Verdicts_and_letters_have_Danish_names()
    {
        Assert.Equal("I orden", SmortVerdict.Met.Danish());
        Assert.Equal("Overvej", SmortVerdict.Ask.Danish());
        Assert.Equal("Ret", SmortVerdict.NotMet.Danish());
        Assert.Equal("Opnåeligt", SmortLetter.O.Danish());
        Assert.Equal("Evaluering", SmortLetter.E.Danish());
    }
}
