using Retning.Domain.Access;
using Retning.Domain.Quality;

namespace Retning.Web.Services.Quality;

/// <summary>A department of a round, with its offer, for the results per department and offer.</summary>
public sealed record RoundReportDepartment(Guid Id, string Name, Guid OfferId, string OfferName);

/// <summary>
/// What the improvement plan and the report work from (docs/domain.md, "Quality monitoring"): the round, its
/// departments, reviewers, results (<see cref="RoundResults"/>, aggregates only) and improvement actions, and
/// whether the user reads the round (<see cref="QualityAccess.ReadsRound"/>) and runs it (writes its plan).
/// </summary>
public sealed record RoundReport(
    MonitoringRound Round,
    IReadOnlyList<RoundReportDepartment> Departments,
    string ReviewerName,
    string? SecondReviewerName,
    RoundResults Results,
    IReadOnlyList<ImprovementAction> Actions,
    IReadOnlyDictionary<Guid, string> UserNames,
    bool Runs)
{
    public string NameOf(Guid userId) => UserNames.GetValueOrDefault(userId) ?? "Ukendt bruger";

    /// <summary>"Solsikken – Mågen, Solsikken – Ternen".</summary>
    public string Scope => string.Join(", ", Departments.Select(d => $"{d.OfferName} – {d.Name}"));

    public IndicatorCount ResultOf(QualityIndicator indicator) => Results.Round.First(c => c.Indicator == indicator);
}

/// <summary>
/// Reads a round's report. The ratings are read without the citizen scope on purpose (reviewed in
/// IgnoreQueryFiltersAllowListTests): a round's results are aggregates read by whoever reads figures on one of its
/// departments, the sector management included (<see cref="QualityAccess"/>); only ids and ratings are read —
/// never a citizen, a plan or a comment — so nothing here is citizen data and no citizen audit is written.
/// </summary>
public sealed class RoundReportReader(AppDbContext db, CurrentUser me)
{
    /// <summary>The round's report, or null when there is no such round or the user does not read it (the page answers 404).</summary>
    public async Task<RoundReport?> LoadAsync(Guid roundId, CancellationToken ct)
    {
        var round = await db.MonitoringRounds.AsNoTracking().Include(r => r.Departments).FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null)
        {
            return null;
        }

        var all = await db.Departments.AsNoTracking().Select(d => new RegionDepartmentRef(d.Id, d.OfferId, d.Offer!.RegionId)).ToListAsync(ct);
        var roundDepartmentIds = round.Departments.Select(d => d.DepartmentId).ToList();
        if (!QualityAccess.ReadsRound(InsightAccess.FigureDepartments(me.Grants, all), roundDepartmentIds))
        {
            return null;
        }

        var runs = QualityAccess.RunsRound(QualityAccess.RoundDepartments(me.Grants, all), roundDepartmentIds);
        var departments = await db.Departments.AsNoTracking().Where(d => roundDepartmentIds.Contains(d.Id))
            .OrderBy(d => d.Offer!.Name).ThenBy(d => d.Name)
            .Select(d => new RoundReportDepartment(d.Id, d.Name, d.OfferId, d.Offer!.Name)).ToListAsync(ct);
        var actions = await db.ImprovementActions.AsNoTracking().Include(a => a.Changes).Where(a => a.RoundId == roundId)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Title).ToListAsync(ct);
        var userIds = actions.SelectMany(a => a.Changes.Select(c => c.ByUserId).Append(a.OwnerUserId).Append(a.CreatedByUserId))
            .Append(round.ReviewerUserId).Concat(round.SecondReviewerUserId is { } s ? [s] : []).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var results = RoundResults.Of(await RatedSamplesAsync(roundId, departments, ct), round.SampleSize ?? 0);
        return new RoundReport(round, departments, names.GetValueOrDefault(round.ReviewerUserId) ?? "Ukendt bruger",
            round.SecondReviewerUserId is { } second ? names.GetValueOrDefault(second) ?? "Ukendt bruger" : null,
            results, actions, names, runs);
    }

    /// <summary>The submitted reviews of the round's sample: ids and ratings only.</summary>
    private async Task<List<RatedSample>> RatedSamplesAsync(Guid roundId, IReadOnlyList<RoundReportDepartment> departments, CancellationToken ct)
    {
        var samples = await db.RoundSamples.IgnoreQueryFilters().AsNoTracking().Where(s => s.RoundId == roundId)
            .Select(s => new { s.Id, s.DepartmentId }).ToListAsync(ct);
        var reviews = await db.PlanReviews.IgnoreQueryFilters().AsNoTracking().Where(r => r.RoundId == roundId && r.SubmittedUtc != null)
            .Select(r => new { r.SampleId, r.Role, r.Coherence, r.Results, r.Collaboration, r.Involvement }).ToListAsync(ct);
        var offerOf = departments.ToDictionary(d => d.Id, d => d.OfferId);
        var rated = new List<RatedSample>();
        foreach (var sample in samples)
        {
            var first = reviews.FirstOrDefault(r => r.SampleId == sample.Id && r.Role == ReviewerRole.First);
            if (first is null)
            {
                continue;
            }

            var second = reviews.FirstOrDefault(r => r.SampleId == sample.Id && r.Role == ReviewerRole.Second);
            rated.Add(new RatedSample(sample.Id, sample.DepartmentId, offerOf.GetValueOrDefault(sample.DepartmentId),
                Ratings(first.Coherence, first.Results, first.Collaboration, first.Involvement),
                second is null ? null : Ratings(second.Coherence, second.Results, second.Collaboration, second.Involvement)));
        }

        return rated;
    }

    private static Dictionary<QualityIndicator, ReviewRating> Ratings(ReviewRating? coherence, ReviewRating? results, ReviewRating? collaboration, ReviewRating? involvement)
    {
        var ratings = new Dictionary<QualityIndicator, ReviewRating>();
        void Add(QualityIndicator indicator, ReviewRating? rating)
        {
            if (rating is { } r)
            {
                ratings[indicator] = r;
            }
        }

        Add(QualityIndicator.CoherenceOfInterventionsAndGoals, coherence);
        Add(QualityIndicator.PositiveResults, results);
        Add(QualityIndicator.ExternalCollaboration, collaboration);
        Add(QualityIndicator.CitizenInvolvement, involvement);
        return ratings;
    }
}
