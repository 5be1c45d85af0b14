using Retning.Documents.Quality;
using Retning.Domain.Deadlines;
using Retning.Domain.Quality;

namespace Retning.UnitTests.Quality;

/// <summary>The words of the improvement plan and the round's report (issue 15): findings, readings, whether a figure moved, an action's deadline.</summary>
public sealed class ImprovementTextTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static IndicatorCount Count(int met, int partly, int notMet, int notRelevant) => new(QualityIndicator.ExternalCollaboration,
        new Dictionary<ReviewRating, IReadOnlyList<Guid>>
        {
            [ReviewRating.Met] = [.. Enumerable.Range(0, met).Select(_ => Guid.NewGuid())],
            [ReviewRating.PartlyMet] = [.. Enumerable.Range(0, partly).Select(_ => Guid.NewGuid())],
            [ReviewRating.NotMet] = [.. Enumerable.Range(0, notMet).Select(_ => Guid.NewGuid())],
            [ReviewRating.NotRelevant] = [.. Enumerable.Range(0, notRelevant).Select(_ => Guid.NewGuid())],
        });

    [Fact]
    public void A_finding_counts_the_met_plans_of_the_relevant_ones_and_names_the_partly_met()
    {
        Assert.Equal("Indikator 7: 3 af 8 planer opfyldt (37,5 %)", ImprovementText.Finding(Count(3, 0, 5, 2)));
        Assert.Equal("Indikator 7: 1 af 4 planer opfyldt (25 %); 1 delvist opfyldt", ImprovementText.Finding(Count(1, 1, 2, 0)));
        Assert.Equal("Indikator 7: 0 af 0 planer opfyldt (Ingen relevante planer)", ImprovementText.Finding(Count(0, 0, 0, 3)));
    }

    [Theory]
    [InlineData(40, 55, FigureDirection.Up, "Tallet har bevæget sig som ønsket (steget: 40 % → 55 %).")]
    [InlineData(40, 40, FigureDirection.Up, "Tallet har ikke bevæget sig som ønsket (uændret: 40 % → 40 %; det skulle op).")]
    [InlineData(40, 55, FigureDirection.Down, "Tallet har ikke bevæget sig som ønsket (steget: 40 % → 55 %; det skulle ned).")]
    [InlineData(12.5, 7, FigureDirection.Down, "Tallet har bevæget sig som ønsket (faldet: 12,5 % → 7 %).")]
    public void Whether_the_figure_moved_is_said_in_words(double before, double after, FigureDirection direction, string expected) =>
        Assert.Equal(expected, ImprovementText.Moved(new FigureReading((decimal)before, Today), new FigureReading((decimal)after, Today), direction, percent: true));

    [Fact]
    public void Without_both_readings_nothing_is_said_about_moving()
    {
        Assert.Null(ImprovementText.Moved(new FigureReading(40, Today), null, FigureDirection.Up, percent: true));
        Assert.Equal("Ikke angivet", ImprovementText.Reading(null, percent: false));
        Assert.Equal("12 (læst 02-03-2026)", ImprovementText.Reading(new FigureReading(12, Today), percent: false));
    }

    [Theory]
    [InlineData(ImprovementActionStatus.Planned, 20, DeadlineState.Upcoming)]
    [InlineData(ImprovementActionStatus.InProgress, 14, DeadlineState.Due)]
    [InlineData(ImprovementActionStatus.InProgress, -1, DeadlineState.Overdue)]
    [InlineData(ImprovementActionStatus.Done, -30, DeadlineState.Done)]
    [InlineData(ImprovementActionStatus.VerifiedNotEffective, -30, DeadlineState.Done)]
    public void An_actions_deadline_is_done_once_the_action_is_done_and_otherwise_as_every_deadline(ImprovementActionStatus status, int days, DeadlineState expected) =>
        Assert.Equal(expected, ImprovementText.DueState(status, Today.AddDays(days), Today));

    [Fact]
    public void Agreement_is_given_as_percent_and_kappa()
    {
        Assert.Equal("Ingen dobbeltvurderinger", ImprovementText.Agreement(RaterAgreement.Of([])));
        Assert.Equal("100 % (2 af 2), kappa kan ikke beregnes", ImprovementText.Agreement(RaterAgreement.Of([(ReviewRating.Met, ReviewRating.Met), (ReviewRating.Met, ReviewRating.Met)])));
        Assert.Equal("50 % (1 af 2), kappa 0", ImprovementText.Agreement(RaterAgreement.Of([(ReviewRating.Met, ReviewRating.Met), (ReviewRating.NotMet, ReviewRating.Met)])));
    }

    [Fact]
    public void The_indicators_of_an_action_are_listed_by_number() =>
        Assert.Equal("Indikator 5, Indikator 7", ImprovementText.Indicators(IndicatorSet.Of([QualityIndicator.ExternalCollaboration, QualityIndicator.CoherenceOfInterventionsAndGoals])));
}
