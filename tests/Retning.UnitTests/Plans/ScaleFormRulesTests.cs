using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

public sealed class ScaleFormRulesTests
{
    private static readonly string[] NoOtherScales = [];

    [Fact]
    public void Two_typed_levels_make_a_scale_in_the_order_typed_and_blank_rows_are_left_out()
    {
        var (levels, errors) = ScaleFormRules.Check(" Trivsel ",
            [new("2", "Godt", null), new(null, " ", null), new("-1", " Svært ", "Har brug for hjælp")], NoOtherScales);

        Assert.Empty(errors);
        Assert.Equal([2, -1], levels.Select(l => l.Value));
        Assert.Equal("Svært", levels[1].Label);
        Assert.Equal("Har brug for hjælp", levels[1].Description);
    }

    [Fact]
    public void Each_mistake_stands_at_its_own_row_and_field()
    {
        var (_, errors) = ScaleFormRules.Check("trivsel",
            [new("to", "Godt", null), new("1", "godt", null), new("1", "Middel", null), new("1001", null, null)], ["Trivsel"]);

        Assert.Equal(
            [
                ("Name", "Tilbuddet har allerede en skala, der hedder trivsel."),
                ("Levels[0].Value", "Niveau 1: værdien skal være et helt tal fra -1000 til 1000, fx 0, 1 eller 2."),
                ("Levels[1].Label", "Niveau 2: betegnelsen godt bruges allerede i niveau 1. Hver betegnelse må kun bruges én gang."),
                ("Levels[2].Value", "Niveau 3: værdien 1 bruges allerede i niveau 2. Hver værdi må kun bruges én gang."),
                ("Levels[3].Value", "Niveau 4: værdien skal være et helt tal fra -1000 til 1000, fx 0, 1 eller 2."),
                ("Levels[3].Label", "Niveau 4: skriv en betegnelse."),
            ],
            errors.Select(e => (e.Field, e.Message)));
    }

    [Fact]
    public void A_scale_needs_a_name_and_two_levels()
    {
        var (_, errors) = ScaleFormRules.Check("  ", [new("0", "Ingen", null)], NoOtherScales);

        Assert.Equal(["Name", "Levels"], errors.Select(e => e.Field));
    }
}
