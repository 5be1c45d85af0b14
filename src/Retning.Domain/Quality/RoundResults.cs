namespace Retning.Domain.Quality;

/// <summary>A sampled plan's submitted ratings as the results count them: the first reviewer's, and the second's where there is one.</summary>
public sealed record RatedSample(Guid SampleId, Guid DepartmentId, Guid OfferId,
    IReadOnlyDictionary<QualityIndicator, ReviewRating> First, IReadOnlyDictionary<QualityIndicator, ReviewRating>? Second);

/// <summary>
/// The count of one indicator over a set of sampled plans, with the samples behind each rating so the number opens
/// to exactly the plans it counted. The share met is of the plans where the indicator is relevant: "ikke relevant"
/// is counted apart and never as met or not met; "delvist opfyldt" is not met in the share, and shown on its own.
/// </summary>
public sealed record IndicatorCount(QualityIndicator Indicator, IReadOnlyDictionary<ReviewRating, IReadOnlyList<Guid>> Samples)
{
    public int Of(ReviewRating rating) => Samples.TryGetValue(rating, out var s) ? s.Count : 0;

    public int Rated => Samples.Values.Sum(s => s.Count);

    public int Relevant => Rated - Of(ReviewRating.NotRelevant);

    /// <summary>Share of the relevant plans fully met, in percent with one decimal (half away from zero); null when none is relevant.</summary>
    public decimal? ShareMet => Relevant == 0 ? null : Math.Round(100m * Of(ReviewRating.Met) / Relevant, 1, MidpointRounding.AwayFromZero);
}

/// <summary>
/// A monitoring round's results (docs/domain.md, "Quality monitoring"): per indicator 5–8, for the whole round, per
/// department and per offer, from the first reviewer's submitted ratings (the second reviewer's blind ratings measure
/// agreement, they do not change the result); and the two reviewers' agreement per indicator and over all.
/// A plan whose first review is not submitted is not counted: <see cref="Unrated"/> says how many.
/// </summary>
public sealed record RoundResults(
    IReadOnlyList<IndicatorCount> Round,
    IReadOnlyDictionary<Guid, IReadOnlyList<IndicatorCount>> PerDepartment,
    IReadOnlyDictionary<Guid, IReadOnlyList<IndicatorCount>> PerOffer,
    IReadOnlyDictionary<QualityIndicator, RaterAgreement> Agreement,
    RaterAgreement OverallAgreement,
    int Rated,
    int Unrated)
{
    public static RoundResults Of(IReadOnlyList<RatedSample> samples, int sampleSize)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var agreement = QualityIndicatorText.Monitored.ToDictionary(i => i, i => RaterAgreement.Of(Pairs(samples, i)));
        return new RoundResults(
            Count(samples),
            samples.GroupBy(s => s.DepartmentId).ToDictionary(g => g.Key, g => (IReadOnlyList<IndicatorCount>)Count([.. g])),
            samples.GroupBy(s => s.OfferId).ToDictionary(g => g.Key, g => (IReadOnlyList<IndicatorCount>)Count([.. g])),
            agreement,
            RaterAgreement.Of(QualityIndicatorText.Monitored.SelectMany(i => Pairs(samples, i))),
            samples.Count,
            Math.Max(0, sampleSize - samples.Count));
    }

    private static List<IndicatorCount> Count(IReadOnlyList<RatedSample> samples) =>
        [.. QualityIndicatorText.Monitored.Select(indicator => new IndicatorCount(indicator,
            samples.Where(s => s.First.ContainsKey(indicator))
                .GroupBy(s => s.First[indicator])
                .ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)[.. g.Select(s => s.SampleId)])))];

    private static IEnumerable<(ReviewRating First, ReviewRating Second)> Pairs(IEnumerable<RatedSample> samples, QualityIndicator indicator) =>
        samples.Where(s => s.Second is not null && s.First.ContainsKey(indicator) && s.Second.ContainsKey(indicator))
            .Select(s => (s.First[indicator], s.Second![indicator]));
}
