using Microsoft.EntityFrameworkCore;
using Retning.Domain.Quality;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Kvalitet;

/// <summary>
/// The demo's quality work (issue 15): a completed round on the children's home with its improvement plan, and a
/// round in progress on the adults' home, drawn within the quality officer's departments and counted by RoundResults.
/// </summary>
public sealed class DemoQualityRoundsTests
{
    [Fact]
    public async Task The_demo_has_a_completed_round_with_an_improvement_plan_and_one_in_progress()
    {
        await using var own = await AppFixture.StartAsync(new Dictionary<string, string?> { ["Demo:Plans"] = "true" });
        await using var db = own.App.CreateSystemDbContext();
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name);
        var rounds = await db.MonitoringRounds.AsNoTracking().Include(r => r.Departments).OrderBy(r => r.CompletedOn == null).ToListAsync();
        Assert.Equal(2, rounds.Count);
        var (completed, running) = (rounds[0], rounds[1]);
        Assert.Equal(DemoUsers.Maagen, departments[Assert.Single(completed.Departments).DepartmentId]);
        Assert.Equal(DemoUsers.Birken, departments[Assert.Single(running.Departments).DepartmentId]);
        Assert.NotNull(completed.CompletedOn);
        Assert.Null(running.CompletedOn);

        // The sample is the draw of its seed, among the plans of the round's department.
        var samples = await db.RoundSamples.AsNoTracking().Where(s => s.RoundId == completed.Id).OrderBy(s => s.Position).ToListAsync();
        var candidates = await db.Plans.AsNoTracking().Join(db.Citizens, p => p.CitizenId, c => c.Id, (p, c) => new SampleCandidate(p.Id, c.DepartmentId)).ToListAsync();
        var (again, _) = PlanSampling.Draw(candidates, new HashSet<Guid>(completed.Departments.Select(d => d.DepartmentId)), completed.SampleSize, completed.Seed!.Value);
        Assert.Equal(again!.Plans.Select(p => p.PlanId), samples.Select(s => s.PlanId));
        Assert.Equal(6, samples.Count);

        // Every first review submitted, three blind second reviews, an interview for each plan; the results count them.
        var reviews = await db.PlanReviews.AsNoTracking().Where(r => r.RoundId == completed.Id).ToListAsync();
        Assert.All(reviews, r => Assert.Empty(ReviewRules.CheckSubmit(r)));
        Assert.Equal(3, reviews.Count(r => r.Role == ReviewerRole.Second));
        Assert.Equal(6, await db.CitizenInterviews.CountAsync(i => i.RoundId == completed.Id));
        var rated = samples.Select(s => new RatedSample(s.Id, s.DepartmentId, Guid.Empty,
            Ratings(reviews.Single(r => r.SampleId == s.Id && r.Role == ReviewerRole.First)),
            reviews.SingleOrDefault(r => r.SampleId == s.Id && r.Role == ReviewerRole.Second) is { } second ? Ratings(second) : null)).ToList();
        var results = RoundResults.Of(rated, samples.Count);
        var collaboration = results.Round.Single(c => c.Indicator == QualityIndicator.ExternalCollaboration);
        Assert.Equal((1, 5, 20.0m), (collaboration.Of(ReviewRating.Met), collaboration.Relevant, collaboration.ShareMet));
        Assert.Equal(12, results.OverallAgreement.Pairs); // 3 plans × 4 indicators

        // The improvement plan: one action verified effective, one done, one in progress, each with its history.
        var actions = await db.ImprovementActions.AsNoTracking().Include(a => a.Changes).Where(a => a.RoundId == completed.Id).ToListAsync();
        Assert.Equal(
            [ImprovementActionStatus.InProgress, ImprovementActionStatus.Done, ImprovementActionStatus.VerifiedEffective],
            actions.Select(a => a.Status).Order());
        var verified = actions.Single(a => a.Status == ImprovementActionStatus.VerifiedEffective);
        Assert.True(ImprovementActionRules.Moved(verified.Before!, verified.After!, verified.FigureDirection));
        Assert.All(actions, a => Assert.Equal(a.Status, a.Changes.OrderBy(c => c.AtUtc).Last().To));

        // The children's home's plan templates implement its local guideline (indicator 2); the adults' home's do not.
        var local = await db.Guidelines.AsNoTracking().Where(g => g.Level == GuidelineLevel.Local).Select(g => new { g.Id, OfferId = g.Offers.Single().OfferId }).SingleAsync();
        var templates = await db.PlanTemplates.AsNoTracking().Select(t => new { t.OfferId, t.GuidelineId }).ToListAsync();
        Assert.All(templates, t => Assert.Equal(t.OfferId == local.OfferId ? local.Id : null, t.GuidelineId));

        // The running round: two reviews submitted and one draft.
        var runningReviews = await db.PlanReviews.AsNoTracking().Where(r => r.RoundId == running.Id).ToListAsync();
        Assert.Equal((2, 1), (runningReviews.Count(r => r.SubmittedUtc != null), runningReviews.Count(r => r.SubmittedUtc == null)));
    }

    private static Dictionary<QualityIndicator, ReviewRating> Ratings(PlanReview review) =>
        QualityIndicatorText.Monitored.Where(i => review.RatingOf(i) is not null).ToDictionary(i => i, i => review.RatingOf(i)!.Value);
}
