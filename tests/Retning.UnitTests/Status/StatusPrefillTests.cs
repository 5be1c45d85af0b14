using Retning.Domain.Status;

namespace Retning.UnitTests.Status;

/// <summary>A new status's prefilled texts: results from the evaluations' conclusions, labels printed once.</summary>
public sealed class StatusPrefillTests
{
    private static readonly DateOnly On = new(2026, 5, 12);

    [Fact]
    public void A_result_is_the_evaluations_written_conclusion_with_its_day_and_goal()
    {
        Assert.Equal("- 12-05-2026, Ida går i skole: Fremmødet er steget til fire dage om ugen.",
            StatusPrefill.ResultLine(On, " Ida går i skole ", "Fremmødet er steget til fire dage om ugen."));
    }

    [Fact]
    public void A_conclusion_over_several_lines_becomes_one_result_line()
    {
        Assert.Equal("- 12-05-2026, Ida går i skole: Fremmødet er steget. Hun tager selv bussen.",
            StatusPrefill.ResultLine(On, "Ida går i skole", "Fremmødet er steget.\r\n\r\n  Hun tager selv bussen.\n"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Without_a_written_conclusion_there_is_no_result(string? conclusion) =>
        Assert.Null(StatusPrefill.ResultLine(On, "Ida går i skole", conclusion));

    [Theory]
    [InlineData("Højt", "Støttebehov: Højt")]
    [InlineData(" Meget højt ", "Støttebehov: Meget højt")]
    [InlineData("Støtteniveau: Højt", "Støtteniveau: Højt")]
    [InlineData("Støttebehov: Moderat", "Støttebehov: Moderat")]
    [InlineData("Niveau 3 (se ydelsesbeskrivelsen: afsnit 2)", "Støttebehov: Niveau 3 (se ydelsesbeskrivelsen: afsnit 2)")]
    public void A_value_with_its_own_label_is_not_labelled_twice(string value, string expected) =>
        Assert.Equal(expected, StatusPrefill.LabelledLine("Støttebehov", value));
}
