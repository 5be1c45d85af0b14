using Microsoft.EntityFrameworkCore;
using Retning.Domain.Organisation;
using Retning.Domain.Quality;

namespace Retning.Data.Demo;

/// <summary>
/// The demo's quality work (issue 15; docs/domain.md, "Quality monitoring"): on the children's home a round completed
/// two months ago — every plan of the sample reviewed, three of them blind by a second reviewer, interviews held —
/// with an improvement plan of three actions (one verified effective, one done awaiting its verdict, one in progress);
/// on the adults' home a round in progress, part reviewed. Reviewed by the quality officer; the samples are drawn with
/// <see cref="PlanSampling"/> from a fixed seed, so the demo looks the same every time.
/// </summary>
internal static class DemoQualityRounds
{
    private const int ChildrenSeed = 4417;
    private const int AdultsSeed = 5203;

    /// <summary>The ratings of the children's round, by position in the sample: indicators 5, 6, 7, 8.</summary>
    private static readonly ReviewRating[][] ChildrenRatings =
    [
        [ReviewRating.Met, ReviewRating.Met, ReviewRating.PartlyMet, ReviewRating.Met],
        [ReviewRating.Met, ReviewRating.PartlyMet, ReviewRating.NotMet, ReviewRating.Met],
        [ReviewRating.PartlyMet, ReviewRating.Met, ReviewRating.NotMet, ReviewRating.PartlyMet],
        [ReviewRating.Met, ReviewRating.Met, ReviewRating.NotRelevant, ReviewRating.Met],
        [ReviewRating.Met, ReviewRating.NotMet, ReviewRating.PartlyMet, ReviewRating.Met],
        [ReviewRating.Met, ReviewRating.Met, ReviewRating.Met, ReviewRating.NotMet],
    ];

    /// <summary>The second reviewer's blind ratings of the first three: mostly the same, two disagreements.</summary>
    private static readonly ReviewRating[][] SecondRatings =
    [
        [ReviewRating.Met, ReviewRating.Met, ReviewRating.NotMet, ReviewRating.Met],
        [ReviewRating.Met, ReviewRating.PartlyMet, ReviewRating.NotMet, ReviewRating.Met],
        [ReviewRating.Met, ReviewRating.Met, ReviewRating.NotMet, ReviewRating.PartlyMet],
    ];

    private static readonly string[] NotMetComments =
    [
        "Indsatsen er beskrevet, men hænger ikke tydeligt sammen med delmålet.",
        "Resultaterne er kun delvist dokumenteret; der mangler evaluering i perioden.",
        "Samarbejdet med skole og psykiatri er ikke beskrevet ved målene.",
        "Borgeren kender kun nogle af sine mål.",
    ];

    public static async Task SeedAsync(AppDbContext db, IReadOnlyList<Department> departments, Dictionary<string, Guid> userIds, DateTime now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now);
        var quality = userIds["kvalitet@demo.retning.dk"];
        var children = departments.Single(d => d.Name == DemoOrganisation.Maagen).Id;
        var adults = departments.Single(d => d.Name == DemoOrganisation.Birken).Id;
        var regionId = await db.Offers.Where(o => o.Departments.Any(d => d.Id == children)).Select(o => o.RegionId).SingleAsync(ct);
        var candidates = await db.Plans
            .Join(db.Citizens, p => p.CitizenId, c => c.Id, (p, c) => new { p.Id, p.CitizenId, c.DepartmentId })
            .Where(x => x.DepartmentId == children || x.DepartmentId == adults).ToListAsync(ct);
        var citizenOfPlan = candidates.ToDictionary(c => c.Id, c => c.CitizenId);

        var completed = Round(regionId, "Kvalitetsovervågning af de individuelle planer, Mågen 2026", children, today.AddMonths(-14), today.AddMonths(-3), today.AddMonths(-2), quality, now);
        completed.SecondReviewerUserId = userIds["anne@demo.retning.dk"];
        completed.SecondSampleSize = SecondRatings.Length;
        completed.CompletedOn = today.AddMonths(-2);
        completed.CompletedByUserId = quality;
        completed.Conclusion = "Planerne har god sammenhæng mellem indsats og mål, og borgerne kender i de fleste tilfælde deres mål. " +
            "Samarbejdet med eksterne aktører er for sjældent beskrevet ved målene, og resultaterne er ikke altid evalueret i perioden. " +
            "Ledelsen har lagt en forbedringsplan med tre tiltag.";
        var running = Round(regionId, "Kvalitetsovervågning af de individuelle planer, Birken", adults, today.AddMonths(-12), today, today.AddMonths(2), quality, now);

        var sampleOfChildren = Draw(db, completed, candidates.Select(c => new SampleCandidate(c.Id, c.DepartmentId)), children, ChildrenRatings.Length, ChildrenSeed, citizenOfPlan, now);
        var sampleOfAdults = Draw(db, running, candidates.Select(c => new SampleCandidate(c.Id, c.DepartmentId)), adults, 5, AdultsSeed, citizenOfPlan, now);

        for (var i = 0; i < sampleOfChildren.Count; i++)
        {
            var sample = sampleOfChildren[i];
            sample.DoubleRated = i < SecondRatings.Length;
            db.PlanReviews.Add(Review(sample, ReviewerRole.First, quality, ChildrenRatings[i], now.AddMonths(-3).AddDays(i)));
            if (sample.DoubleRated)
            {
                db.PlanReviews.Add(Review(sample, ReviewerRole.Second, completed.SecondReviewerUserId.Value, SecondRatings[i], now.AddMonths(-3).AddDays(i + 1)));
            }

            db.CitizenInterviews.Add(Interview(sample, quality, today.AddMonths(-3).AddDays(i), i, now));
        }

        // The adults' round: two reviews done, one draft half-way, the rest not begun.
        for (var i = 0; i < Math.Min(3, sampleOfAdults.Count); i++)
        {
            var review = Review(sampleOfAdults[i], ReviewerRole.First, quality, ChildrenRatings[i + 2], now.AddDays(-10 + i));
            if (i == 2)
            {
                (review.SubmittedUtc, review.Results, review.ResultsComment, review.Collaboration, review.CollaborationComment, review.Involvement, review.InvolvementComment) =
                    (null, null, null, null, null, null, null);
            }

            db.PlanReviews.Add(review);
        }

        db.ImprovementActions.AddRange(DemoImprovementActions.For(completed, userIds, today, now));
        await db.SaveChangesAsync(ct);
    }

    private static MonitoringRound Round(Guid regionId, string title, Guid department, DateOnly from, DateOnly to, DateOnly due, Guid quality, DateTime now)
    {
        var round = new MonitoringRound
        {
            RegionId = regionId, Title = title, PeriodFrom = from, PeriodTo = to, DueOn = due,
            CreatedByUserId = quality, CreatedUtc = now.AddMonths(-4), ReviewerUserId = quality,
        };
        round.Departments.Add(new RoundDepartment { RoundId = round.Id, DepartmentId = department });
        return round;
    }

    private static List<RoundSample> Draw(AppDbContext db, MonitoringRound round, IEnumerable<SampleCandidate> candidates, Guid department, int size,
        int seed, Dictionary<Guid, Guid> citizenOfPlan, DateTime now)
    {
        var (sample, _) = PlanSampling.Draw(candidates, new HashSet<Guid> { department }, size, seed);
        var drawn = sample?.Plans ?? [];
        (round.SampleSize, round.Seed, round.SampledUtc) = (drawn.Count, seed, now.AddMonths(-4));
        db.MonitoringRounds.Add(round);
        var samples = drawn.Select((p, i) => new RoundSample
        {
            RoundId = round.Id, PlanId = p.PlanId, CitizenId = citizenOfPlan[p.PlanId], DepartmentId = p.DepartmentId, Position = i + 1,
        }).ToList();
        db.RoundSamples.AddRange(samples);
        return samples;
    }

    private static PlanReview Review(RoundSample sample, ReviewerRole role, Guid reviewer, ReviewRating[] ratings, DateTime at)
    {
        string? Comment(int i) => ratings[i] is ReviewRating.PartlyMet or ReviewRating.NotMet ? NotMetComments[i] : null;
        return new PlanReview
        {
            SampleId = sample.Id, RoundId = sample.RoundId, CitizenId = sample.CitizenId, Role = role, ReviewerUserId = reviewer,
            Coherence = ratings[0], CoherenceComment = Comment(0), Results = ratings[1], ResultsComment = Comment(1),
            Collaboration = ratings[2], CollaborationComment = Comment(2), Involvement = ratings[3], InvolvementComment = Comment(3),
            SavedUtc = at, SubmittedUtc = at,
        };
    }

    private static CitizenInterview Interview(RoundSample sample, Guid recordedBy, DateOnly on, int position, DateTime now) => new()
    {
        SampleId = sample.Id, RoundId = sample.RoundId, CitizenId = sample.CitizenId, RecordedByUserId = recordedBy, InterviewedOn = on,
        Respondent = position % 3 == 2 ? InterviewRespondent.CustodyHolder : InterviewRespondent.Citizen,
        Answer1 = InterviewAnswer.Yes,
        Answer2 = position % 2 == 0 ? InterviewAnswer.Yes : InterviewAnswer.Partly,
        Answer3 = position == 5 ? InterviewAnswer.No : InterviewAnswer.Yes,
        Answer4 = position == 1 ? InterviewAnswer.CouldNotAnswer : InterviewAnswer.Partly,
        Comment = position == 1 ? "Borgeren ville gerne tale om sin fritid frem for målene." : null,
        SavedUtc = now.AddMonths(-3),
    };
}
