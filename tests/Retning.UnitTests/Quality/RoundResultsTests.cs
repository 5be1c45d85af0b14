using Retning.Domain.Quality;
using static Retning.Domain.Quality.QualityIndicator;
using static Retning.Domain.Quality.ReviewRating;

namespace Retning.UnitTests.Quality;

/// <summary>
/// A round's results counted by hand. Two departments A1, A2 of offer A and B1 of offer B; five plans:
/// <list type="table">
/// <item>p1 (A1): 5 opfyldt, 6 opfyldt, 7 ikke relevant, 8 opfyldt — second reviewer: 5 opfyldt, 6 ikke opfyldt, 7 ikke relevant, 8 opfyldt</item>
/// <item>p2 (A1): 5 delvist, 6 opfyldt, 7 opfyldt, 8 ikke opfyldt — second reviewer: 5 delvist, 6 opfyldt, 7 opfyldt, 8 opfyldt</item>
/// <item>p3 (A2): 5 ikke opfyldt, 6 ikke relevant, 7 opfyldt, 8 opfyldt</item>
/// <item>p4 (B1): 5 opfyldt, 6 opfyldt, 7 ikke relevant, 8 ikke relevant</item>
/// <item>p5 (B1): not submitted — not counted, one unrated of a sample of 5.</item>
/// </list>
/// Indicator 5, the round: opfyldt p1, p4; delvist p2; ikke opfyldt p3 → 2 of 4 relevant = 50,0 %.
/// Indicator 7: opfyldt p2, p3; ikke relevant p1, p4 → 2 of 2 = 100,0 %. Indicator 8 in offer B: ikke relevant only → no share.
/// Agreement over p1, p2: 8 pairs, 6 equal = 0,75; kappa 20/36 (worked out in the test).
/// </summary>
public sealed class RoundResultsTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), A1 = Guid.NewGuid(), A2 = Guid.NewGuid(), B1 = Guid.NewGuid();
    private static readonly Guid P1 = Guid.NewGuid(), P2 = Guid.NewGuid(), P3 = Guid.NewGuid(), P4 = Guid.NewGuid();

    private static Dictionary<QualityIndicator, ReviewRating> R(ReviewRating i5, ReviewRating i6, ReviewRating i7, ReviewRating i8) =>
        new() { [CoherenceOfInterventionsAndGoals] = i5, [PositiveResults] = i6, [ExternalCollaboration] = i7, [CitizenInvolvement] = i8 };

    private static RoundResults Results() => RoundResults.Of(
    [
        new RatedSample(P1, A1, A, R(Met, Met, NotRelevant, Met), R(Met, NotMet, NotRelevant, Met)),
        new RatedSample(P2, A1, A, R(PartlyMet, Met, Met, NotMet), R(PartlyMet, Met, Met, Met)),
        new RatedSample(P3, A2, A, R(NotMet, NotRelevant, Met, Met), null),
        new RatedSample(P4, B1, B, R(Met, Met, NotRelevant, NotRelevant), null),
    ], sampleSize: 5);

    [Fact]
    public void The_round_counts_each_rating_with_the_plans_behind_it()
    {
        var i5 = Results().Round.Single(c => c.Indicator == CoherenceOfInterventionsAndGoals);

        Assert.Equal((2, 1, 1, 0), (i5.Of(Met), i5.Of(PartlyMet), i5.Of(NotMet), i5.Of(NotRelevant)));
        Assert.Equal([P1, P4], i5.Samples[Met]);
        Assert.Equal([P2], i5.Samples[PartlyMet]);
        Assert.Equal((4, 4, 50.0m), (i5.Rated, i5.Relevant, i5.ShareMet));
    }

    [Fact]
    public void Not_relevant_is_left_out_of_the_share_and_a_share_of_nothing_relevant_is_unknown()
    {
        var results = Results();
        var i7 = results.Round.Single(c => c.Indicator == ExternalCollaboration);
        var i8InB = results.PerOffer[B].Single(c => c.Indicator == CitizenInvolvement);
        var i6 = results.Round.Single(c => c.Indicator == PositiveResults);

        Assert.Equal((4, 2, 100.0m), (i7.Rated, i7.Relevant, i7.ShareMet));
        Assert.Equal((1, 0, (decimal?)null), (i8InB.Rated, i8InB.Relevant, i8InB.ShareMet));
        // 6: opfyldt p1, p2, p4 of 3 relevant (p3 ikke relevant).
        Assert.Equal(100.0m, i6.ShareMet);
    }

    [Fact]
    public void Per_department_and_per_offer_count_their_own_plans_only()
    {
        var results = Results();

        Assert.Equal([P1], results.PerDepartment[A1].Single(c => c.Indicator == CoherenceOfInterventionsAndGoals).Samples[Met]);
        Assert.Equal([P3], results.PerDepartment[A2].Single(c => c.Indicator == CoherenceOfInterventionsAndGoals).Samples[NotMet]);
        var offerA = results.PerOffer[A].Single(c => c.Indicator == CoherenceOfInterventionsAndGoals);
        Assert.Equal((1, 1, 1, 3), (offerA.Of(Met), offerA.Of(PartlyMet), offerA.Of(NotMet), offerA.Rated));
        // 1 of 3 relevant: 33,333… → 33,3.
        Assert.Equal(33.3m, offerA.ShareMet);
        Assert.Equal((4, 1), (results.Rated, results.Unrated));
    }

    [Fact]
    public void The_second_reviewer_changes_no_count_but_gives_the_agreement()
    {
        var results = Results();

        // Pairs: p1 (M,M) (M,NM) (NR,NR) (M,M); p2 (PM,PM) (M,M) (M,M) (NM,M): 6 of 8 equal.
        // First: p1 M,M,NR,M and p2 PM,M,M,NM → M 5, PM 1, NM 1, NR 1.
        // Second: p1 M,NM,NR,M and p2 PM,M,M,M → M 5, PM 1, NM 1, NR 1.
        // pₑ = (25 + 1 + 1 + 1) / 64 = 28/64; κ = (48/64 − 28/64) / (36/64) = 20/36.
        Assert.Equal((8, 6), (results.OverallAgreement.Pairs, results.OverallAgreement.Agreeing));
        Assert.Equal(0.75, results.OverallAgreement.Share!.Value, 10);
        Assert.Equal(20.0 / 36, results.OverallAgreement.Kappa!.Value, 10);
        Assert.Equal((2, 1), (results.Agreement[PositiveResults].Pairs, results.Agreement[PositiveResults].Agreeing));
        Assert.Equal(2, results.Round.Single(c => c.Indicator == PositiveResults).Samples[Met].Count(s => s == P1 || s == P2));
    }

    [Fact]
    public void A_round_with_nothing_submitted_counts_nothing_and_knows_no_agreement()
    {
        var results = RoundResults.Of([], sampleSize: 3);

        Assert.All(results.Round, c => Assert.Equal((0, (decimal?)null), (c.Rated, c.ShareMet)));
        Assert.Equal((0, 3, 0), (results.Rated, results.Unrated, results.OverallAgreement.Pairs));
        Assert.Null(results.OverallAgreement.Kappa);
    }
}
