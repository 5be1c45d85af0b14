using Retning.Domain.Quality;

namespace Retning.Web.Services.Quality;

/// <summary>How far a reviewer has come with a sampled plan.</summary>
public enum ReviewState
{
    NotStarted = 0,
    Draft = 1,
    Submitted = 2,
}

/// <summary>A sampled plan as the round page and the results count it: ids, department, the review states — no names, no text.</summary>
public sealed record SampleFact(Guid SampleId, int Position, Guid DepartmentId, Guid CitizenId, Guid PlanId, bool DoubleRated,
    ReviewState First, ReviewState? Second, bool Interviewed);

/// <summary>
/// Reads a round's sample, reviews and interviews for its aggregates: progress, results, agreement and whether the
/// sample may still be drawn again. The scoping filter is switched off on purpose (reviewed in
/// IgnoreQueryFiltersAllowListTests): a round's figures are read by whoever reads figures on one of its departments
/// (the sector management included, who opens no citizen), and they count every sampled plan, also one whose citizen
/// has since moved. Only ids, ratings and states are read here; a citizen is named only through the scoped query
/// (docs/domain.md, "Quality monitoring").
/// </summary>
public static class RoundFacts
{
    public static async Task<IReadOnlyList<SampleFact>> SamplesAsync(AppDbContext db, Guid roundId, CancellationToken ct)
    {
        var samples = await db.RoundSamples.IgnoreQueryFilters().AsNoTracking().Where(s => s.RoundId == roundId)
            .OrderBy(s => s.Position).ToListAsync(ct);
        var reviews = await db.PlanReviews.IgnoreQueryFilters().AsNoTracking().Where(r => r.RoundId == roundId)
            .Select(r => new { r.SampleId, r.Role, Submitted = r.SubmittedUtc != null }).ToListAsync(ct);
        var interviewed = (await db.CitizenInterviews.IgnoreQueryFilters().AsNoTracking().Where(i => i.RoundId == roundId)
            .Select(i => i.SampleId).ToListAsync(ct)).ToHashSet();

        ReviewState StateOf(Guid sampleId, ReviewerRole role) =>
            reviews.FirstOrDefault(r => r.SampleId == sampleId && r.Role == role) is { } r
                ? r.Submitted ? ReviewState.Submitted : ReviewState.Draft
                : ReviewState.NotStarted;

        return [.. samples.Select(s => new SampleFact(s.Id, s.Position, s.DepartmentId, s.CitizenId, s.PlanId, s.DoubleRated,
            StateOf(s.Id, ReviewerRole.First), s.DoubleRated ? StateOf(s.Id, ReviewerRole.Second) : null, interviewed.Contains(s.Id)))];
    }

    /// <summary>The submitted first reviews per round (the overview's progress): one grouped count, whoever may open the plans.</summary>
    public static async Task<IReadOnlyDictionary<Guid, int>> SubmittedFirstReviewsAsync(AppDbContext db, Guid[] roundIds, CancellationToken ct) =>
        await db.PlanReviews.IgnoreQueryFilters().AsNoTracking()
            .Where(r => roundIds.Contains(r.RoundId) && r.Role == ReviewerRole.First && r.SubmittedUtc != null)
            .GroupBy(r => r.RoundId).Select(g => new { RoundId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.RoundId, g => g.Count, ct);

    /// <summary>
    /// The submitted ratings of the round's sampled plans, with each plan's department and offer (<see cref="RoundResults"/>):
    /// the one source of a round's results, for the results page, the round page, the improvement plan and the report.
    /// Ratings only — never a comment.
    /// </summary>
    public static async Task<IReadOnlyList<RatedSample>> RatedAsync(AppDbContext db, Guid roundId, IReadOnlyDictionary<Guid, Guid> offerOfDepartment, CancellationToken ct)
    {
        var samples = await db.RoundSamples.IgnoreQueryFilters().AsNoTracking().Where(s => s.RoundId == roundId)
            .Select(s => new { s.Id, s.DepartmentId }).ToListAsync(ct);
        var reviews = (await db.PlanReviews.IgnoreQueryFilters().AsNoTracking().Where(r => r.RoundId == roundId && r.SubmittedUtc != null)
                .Select(r => new { r.SampleId, r.Role, r.Coherence, r.Results, r.Collaboration, r.Involvement }).ToListAsync(ct))
            .ToDictionary(r => (r.SampleId, r.Role), r => new PlanReview
            {
                Coherence = r.Coherence, Results = r.Results, Collaboration = r.Collaboration, Involvement = r.Involvement,
            });
        return [.. samples.Where(s => reviews.ContainsKey((s.Id, ReviewerRole.First))).Select(s => new RatedSample(
            s.Id, s.DepartmentId, offerOfDepartment.GetValueOrDefault(s.DepartmentId),
            Ratings(reviews[(s.Id, ReviewerRole.First)]),
            reviews.TryGetValue((s.Id, ReviewerRole.Second), out var second) ? Ratings(second) : null))];
    }

    /// <summary>Whether any review or interview of the round is saved (a draft too): then its sample is never drawn again.</summary>
    public static async Task<bool> AnyWorkSavedAsync(AppDbContext db, Guid roundId, CancellationToken ct) =>
        await db.PlanReviews.IgnoreQueryFilters().AnyAsync(r => r.RoundId == roundId, ct)
        || await db.CitizenInterviews.IgnoreQueryFilters().AnyAsync(i => i.RoundId == roundId, ct);

    /// <summary>The round's sample rows, tracked, to be removed before the sample is drawn again (whoever's department they are in now).</summary>
    public static Task<List<RoundSample>> SampleRowsAsync(AppDbContext db, Guid roundId, CancellationToken ct) =>
        db.RoundSamples.IgnoreQueryFilters().Where(s => s.RoundId == roundId).ToListAsync(ct);

    private static Dictionary<QualityIndicator, ReviewRating> Ratings(PlanReview review) =>
        QualityIndicatorText.Monitored.Where(i => review.RatingOf(i) is not null).ToDictionary(i => i, i => review.RatingOf(i)!.Value);
}
