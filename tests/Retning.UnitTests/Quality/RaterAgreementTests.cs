using Retning.Domain.Quality;

namespace Retning.UnitTests.Quality;

/// <summary>Two reviewers' agreement and Cohen's kappa, computed by hand.</summary>
public sealed class RaterAgreementTests
{
    private static IEnumerable<(ReviewRating, ReviewRating)> Times(int n, ReviewRating first, ReviewRating second) => Enumerable.Repeat((first, second), n);

    [Fact]
    public void Fifty_plans_rated_met_or_not_met_agree_70_percent_and_kappa_is_0_4()
    {
        // pₒ = (20 + 15) / 50 = 0.7; the first said "met" 25 times, the second 30: pₑ = 0.5 × 0.6 + 0.5 × 0.4 = 0.5;
        // κ = (0.7 − 0.5) / (1 − 0.5) = 0.4.
        var agreement = RaterAgreement.Of([
            .. Times(20, ReviewRating.Met, ReviewRating.Met), .. Times(5, ReviewRating.Met, ReviewRating.NotMet),
            .. Times(10, ReviewRating.NotMet, ReviewRating.Met), .. Times(15, ReviewRating.NotMet, ReviewRating.NotMet),
        ]);

        Assert.Equal((50, 35), (agreement.Pairs, agreement.Agreeing));
        Assert.Equal(0.7, agreement.Share!.Value, 10);
        Assert.Equal(0.4, agreement.Kappa!.Value, 10);
    }

    [Fact]
    public void With_four_ratings_kappa_discounts_the_chance_agreement_of_each()
    {
        // 10 plans, 8 alike: pₒ = 0.8. First: met 5, partly 3, not met 1, not relevant 1; second: 4, 3, 2, 1.
        // pₑ = (5·4 + 3·3 + 1·2 + 1·1) / 100 = 0.32; κ = 0.48 / 0.68.
        var agreement = RaterAgreement.Of([
            .. Times(4, ReviewRating.Met, ReviewRating.Met), .. Times(2, ReviewRating.PartlyMet, ReviewRating.PartlyMet),
            .. Times(1, ReviewRating.NotMet, ReviewRating.NotMet), .. Times(1, ReviewRating.Met, ReviewRating.PartlyMet),
            .. Times(1, ReviewRating.PartlyMet, ReviewRating.NotMet), .. Times(1, ReviewRating.NotRelevant, ReviewRating.NotRelevant),
        ]);

        Assert.Equal(0.8, agreement.Share!.Value, 10);
        Assert.Equal(0.48 / 0.68, agreement.Kappa!.Value, 10);
    }

    [Fact]
    public void Full_agreement_over_two_ratings_is_kappa_1()
    {
        var agreement = RaterAgreement.Of([.. Times(3, ReviewRating.Met, ReviewRating.Met), .. Times(2, ReviewRating.NotMet, ReviewRating.NotMet)]);

        Assert.Equal((1.0, 1.0), (agreement.Share, agreement.Kappa));
    }

    [Fact]
    public void One_and_the_same_rating_throughout_agrees_fully_but_has_no_kappa()
    {
        var agreement = RaterAgreement.Of(Times(6, ReviewRating.PartlyMet, ReviewRating.PartlyMet));

        Assert.Equal(1.0, agreement.Share);
        Assert.Null(agreement.Kappa);
    }

    [Fact]
    public void No_pairs_no_figures()
    {
        Assert.Equal(new RaterAgreement(0, 0, null, null), RaterAgreement.Of([]));
    }
}
