namespace Retning.Domain.Quality;

/// <summary>
/// How far two reviewers who rated the same plans blind agree: the share of ratings that are the same, and
/// Cohen's kappa, which discounts the agreement two reviewers would reach by chance given how often each used each
/// rating: κ = (pₒ − pₑ) ÷ (1 − pₑ), pₒ the observed share, pₑ = Σ over ratings of the two reviewers' shares of it
/// multiplied. With no pairs neither is known; when both reviewers gave one and the same rating throughout,
/// chance explains everything (pₑ = 1) and kappa is not defined, though agreement is 100 %.
/// </summary>
public sealed record RaterAgreement(int Pairs, int Agreeing, double? Share, double? Kappa)
{
    public static RaterAgreement Of(IEnumerable<(ReviewRating First, ReviewRating Second)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var list = pairs.ToList();
        if (list.Count == 0)
        {
            return new RaterAgreement(0, 0, null, null);
        }

        var n = (double)list.Count;
        var agreeing = list.Count(p => p.First == p.Second);
        var observed = agreeing / n;
        var chance = Enum.GetValues<ReviewRating>().Sum(r => list.Count(p => p.First == r) / n * (list.Count(p => p.Second == r) / n));
        double? kappa = chance >= 1 ? null : (observed - chance) / (1 - chance);
        return new RaterAgreement(list.Count, agreeing, observed, kappa);
    }
}
