using Microsoft.EntityFrameworkCore;
using Retning.Domain.Quality;
using Retning.IntegrationTests.Perioder;
using Retning.Testing;

namespace Retning.IntegrationTests.Kvalitet;

/// <summary>
/// A completed monitoring round on Solsikken (Mågen and Ternen), made directly in the database: four sampled plans
/// with the first reviewer's submitted ratings (indicator 7: 1 met, 1 partly, 2 not met; the others met) and one
/// blind second review that agrees.
/// </summary>
public static class ImprovementTestData
{
    public static readonly ReviewRating[] Collaboration = [ReviewRating.Met, ReviewRating.NotMet, ReviewRating.NotMet, ReviewRating.PartlyMet];

    public static async Task<Guid> CompletedRoundAsync(RetningApp app, string title)
    {
        var reviewer = await app.UserIdAsync(DemoUsers.Kvalitet);
        var second = await app.UserIdAsync(DemoUsers.Anne);
        var departments = new[] { await app.DepartmentIdAsync(DemoUsers.Maagen), await app.DepartmentIdAsync(DemoUsers.Ternen) };
        await using var db = app.CreateSystemDbContext();
        var regionId = await db.Departments.Where(d => d.Id == departments[0]).Select(d => d.Offer!.RegionId).SingleAsync();
        var plans = new List<(Guid PlanId, Guid CitizenId, Guid DepartmentId)>();
        foreach (var name in new[] { DemoUsers.Maagen, DemoUsers.Maagen, DemoUsers.Ternen, DemoUsers.Ternen })
        {
            var citizen = await app.NewCitizenAsync(name);
            plans.Add(((await app.CreatePlanAsync(citizen.Id, app.Today.AddYears(-1))).Id, citizen.Id, citizen.DepartmentId));
        }

        var now = app.Clock.GetUtcNow().UtcDateTime;
        var round = new MonitoringRound
        {
            RegionId = regionId, Title = title, PeriodFrom = new DateOnly(2025, 1, 1), PeriodTo = new DateOnly(2025, 12, 31), DueOn = app.Today.AddMonths(1),
            CreatedByUserId = reviewer, CreatedUtc = now, ReviewerUserId = reviewer, SecondReviewerUserId = second, SampleSize = plans.Count, SecondSampleSize = 1,
            Seed = 4711, SampledUtc = now, CompletedOn = app.Today, CompletedByUserId = reviewer, Conclusion = "Samarbejdet med eksterne aktører skal styrkes.",
            Departments = [.. departments.Select(d => new RoundDepartment { DepartmentId = d })],
        };
        db.MonitoringRounds.Add(round);
        for (var i = 0; i < plans.Count; i++)
        {
            var sample = new RoundSample { RoundId = round.Id, CitizenId = plans[i].CitizenId, PlanId = plans[i].PlanId, DepartmentId = plans[i].DepartmentId, Position = i + 1, DoubleRated = i == 0 };
            db.RoundSamples.Add(sample);
            db.PlanReviews.Add(Review(round.Id, sample, ReviewerRole.First, reviewer, Collaboration[i], now));
            if (i == 0)
            {
                db.PlanReviews.Add(Review(round.Id, sample, ReviewerRole.Second, second, Collaboration[i], now));
            }
        }

        await db.SaveChangesAsync();
        return round.Id;
    }

    /// <summary>The authorization matrices' round and action: made once per app, found again by its title.</summary>
    public static async Task<(Guid RoundId, Guid ActionId)> MatrixRoundAsync(RetningApp app)
    {
        const string Title = "Runde til adgangsmatricen";
        await using (var db = app.CreateSystemDbContext())
        {
            if (await db.MonitoringRounds.Where(r => r.Title == Title).Select(r => (Guid?)r.Id).FirstOrDefaultAsync() is { } existing)
            {
                return (existing, await db.ImprovementActions.Where(a => a.RoundId == existing).Select(a => a.Id).FirstAsync());
            }
        }

        var roundId = await CompletedRoundAsync(app, Title);
        return (roundId, await ActionAsync(app, roundId, DemoUsers.Lars, "Tiltag til adgangsmatricen", app.Today.AddMonths(1)));
    }

    /// <summary>An action owned by <paramref name="owner"/>, straight into the database.</summary>
    public static async Task<Guid> ActionAsync(RetningApp app, Guid roundId, string owner, string title, DateOnly dueOn, ImprovementActionStatus status = ImprovementActionStatus.Planned)
    {
        var ownerId = await app.UserIdAsync(owner);
        await using var db = app.CreateSystemDbContext();
        var action = new ImprovementAction
        {
            RoundId = roundId, Title = title, Finding = "Indikator 7: 1 af 4 planer opfyldt (25 %)", Indicators = IndicatorSet.Of([QualityIndicator.ExternalCollaboration]),
            OwnerUserId = ownerId, DueOn = dueOn, Status = status, FigureKind = ActionFigureKind.NextRoundIndicator, FigureKey = "7", FigureDirection = FigureDirection.Up,
            BeforeValue = 25, BeforeReadOn = app.Today, CreatedByUserId = ownerId, CreatedUtc = app.Clock.GetUtcNow().UtcDateTime,
            MadeToLast = status == ImprovementActionStatus.Done ? "Fast punkt på teammødet." : null, DoneOn = status == ImprovementActionStatus.Done ? app.Today : null,
        };
        db.ImprovementActions.Add(action);
        await db.SaveChangesAsync();
        return action.Id;
    }

    private static PlanReview Review(Guid roundId, RoundSample sample, ReviewerRole role, Guid reviewer, ReviewRating collaboration, DateTime now) => new()
    {
        SampleId = sample.Id, RoundId = roundId, CitizenId = sample.CitizenId, Role = role, ReviewerUserId = reviewer,
        Coherence = ReviewRating.Met, Results = ReviewRating.Met, Collaboration = collaboration, Involvement = ReviewRating.Met,
        SavedUtc = now, SubmittedUtc = now,
    };
}
