using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

/// <summary>The offer's naming of the goal criteria: SMORT(E) regionally, SMARTE at the children's homes (docs/domain.md, "Goals and sub-goals"); same checks.</summary>
public sealed class SmortNamingTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    private static SmortSummary AvoidanceWithoutPurpose() => SmortSummary.Of(Smort.Check(
        new GoalDraft("At borgeren ikke bruger alle sine penge på cigaretter", ServesPurpose: false, Start, Start.AddMonths(6), 3,
            HasIndicator: false, Measure: "Kassebogen", StaffFindRealistic: null)));

    [Fact]
    public void The_children_homes_call_the_third_criterion_A_for_acceptabelt()
    {
        var smarte = new SmortNaming(SmortVariant.Smarte);

        Assert.Equal("A", smarte.Letter(SmortLetter.O));
        Assert.Equal("Acceptabelt", smarte.Name(SmortLetter.O));
        Assert.Equal("Evaluering", smarte.Name(SmortLetter.E));
        Assert.Equal("SMARTE", smarte.Word);
        Assert.Equal("specifikt, målbart, acceptabelt, relevant, tidsbestemt – og evalueret", smarte.Sentence);
    }

    [Fact]
    public void The_default_is_the_regional_naming()
    {
        Assert.Equal(SmortVariant.Smorte, SmortNaming.Default.Variant);
        Assert.Equal("O", SmortNaming.Default.Letter(SmortLetter.O));
        Assert.Equal("Opnåeligt", SmortNaming.Default.Name(SmortLetter.O));
        Assert.Equal("SMORT", SmortNaming.Default.Word);
    }

    [Fact]
    public void The_checks_are_the_same_only_the_letters_in_the_summary_change()
    {
        var summary = AvoidanceWithoutPurpose();

        Assert.Equal("SMORT: 4 af 6 i orden", summary.HeadlineIn(SmortNaming.Default));
        Assert.Equal("Ret: O, R", summary.DetailsIn(SmortNaming.Default));
        Assert.Equal("SMARTE: 4 af 6 i orden", summary.HeadlineIn(new SmortNaming(SmortVariant.Smarte)));
        Assert.Equal("Ret: A, R", summary.DetailsIn(new SmortNaming(SmortVariant.Smarte)));
    }
}
