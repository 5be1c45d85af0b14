using Retning.Domain.Quality;

namespace Retning.UnitTests.Quality;

/// <summary>An improvement action's status (indicator 9): done is the work, the verdict is whether the named figure moved.</summary>
public sealed class ImprovementActionRulesTests
{
    private const string Lasting = "Punktet står fast på teammødets dagsorden, og lederen følger op hver måned.";
    private static readonly FigureReading Before = new(61m, new DateOnly(2026, 1, 31));
    private static readonly FigureReading After = new(74m, new DateOnly(2026, 6, 30));

    [Theory]
    [InlineData(ImprovementActionStatus.Planned, ImprovementActionStatus.InProgress)]
    [InlineData(ImprovementActionStatus.Planned, ImprovementActionStatus.Done)]
    [InlineData(ImprovementActionStatus.InProgress, ImprovementActionStatus.Done)]
    [InlineData(ImprovementActionStatus.Done, ImprovementActionStatus.InProgress)]
    [InlineData(ImprovementActionStatus.Done, ImprovementActionStatus.VerifiedEffective)]
    [InlineData(ImprovementActionStatus.Done, ImprovementActionStatus.VerifiedNotEffective)]
    [InlineData(ImprovementActionStatus.VerifiedNotEffective, ImprovementActionStatus.InProgress)]
    public void Allowed_moves_pass_with_what_they_need(ImprovementActionStatus from, ImprovementActionStatus to)
    {
        Assert.Empty(ImprovementActionRules.CheckMove(from, to, Lasting, new DateOnly(2026, 3, 1), Before, After));
    }

    [Theory]
    [InlineData(ImprovementActionStatus.Planned, ImprovementActionStatus.VerifiedEffective, "Et tiltag med status \"Planlagt\" kan ikke få status \"Virkning bekræftet\".")]
    [InlineData(ImprovementActionStatus.InProgress, ImprovementActionStatus.VerifiedNotEffective, "Et tiltag med status \"I gang\" kan ikke få status \"Uden den ønskede virkning\".")]
    [InlineData(ImprovementActionStatus.VerifiedEffective, ImprovementActionStatus.InProgress, "Et tiltag med status \"Virkning bekræftet\" kan ikke få status \"I gang\".")]
    public void Other_moves_are_refused_in_Danish(ImprovementActionStatus from, ImprovementActionStatus to, string message)
    {
        var error = Assert.Single(ImprovementActionRules.CheckMove(from, to, Lasting, new DateOnly(2026, 3, 1), Before, After));

        Assert.Equal(("Status", message), (error.Field, error.Message));
        Assert.DoesNotContain(to, ImprovementActionRules.Next(from));
    }

    [Fact]
    public void Done_asks_how_the_action_is_made_to_last()
    {
        var error = Assert.Single(ImprovementActionRules.CheckMove(ImprovementActionStatus.InProgress, ImprovementActionStatus.Done, "  ", null, null, null));

        Assert.Equal(("MadeToLast", "Skriv, hvordan tiltaget sikres implementeret, før det markeres som udført."), (error.Field, error.Message));
    }

    [Fact]
    public void A_verdict_asks_for_the_figure_before_and_a_reading_after_the_action_was_done()
    {
        var missing = ImprovementActionRules.CheckMove(ImprovementActionStatus.Done, ImprovementActionStatus.VerifiedEffective, Lasting, new DateOnly(2026, 3, 1), null, null);
        Assert.Equal(["Before", "After"], missing.Select(e => e.Field));

        var early = Assert.Single(ImprovementActionRules.CheckMove(ImprovementActionStatus.Done, ImprovementActionStatus.VerifiedNotEffective, Lasting,
            new DateOnly(2026, 7, 1), Before, After));
        Assert.Equal(("After", "Tallet efter skal være læst den 01-07-2026 eller senere, da tiltaget blev udført."), (early.Field, early.Message));
    }

    [Fact]
    public void An_action_verified_effective_is_closed()
    {
        Assert.Empty(ImprovementActionRules.Next(ImprovementActionStatus.VerifiedEffective));
    }

    [Theory]
    [InlineData(FigureDirection.Up, 61, 74, true)]
    [InlineData(FigureDirection.Up, 61, 61, false)]
    [InlineData(FigureDirection.Down, 12, 7, true)]
    [InlineData(FigureDirection.Down, 12, 15, false)]
    public void The_figure_moved_only_when_it_went_the_way_the_plan_said(FigureDirection direction, int before, int after, bool moved)
    {
        Assert.Equal(moved, ImprovementActionRules.Moved(new FigureReading(before, Before.ReadOn), new FigureReading(after, After.ReadOn), direction));
    }
}
