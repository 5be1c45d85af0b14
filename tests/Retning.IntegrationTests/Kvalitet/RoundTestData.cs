using Microsoft.EntityFrameworkCore;
using Retning.Domain.Quality;
using Retning.IntegrationTests.Perioder;
using Retning.Testing;

namespace Retning.IntegrationTests.Kvalitet;

/// <summary>Monitoring rounds written straight to the database for tests (the pages' own flows are posted through the forms).</summary>
public static class RoundTestData
{
    public const string MatrixTitle = "Matrixrunde Mågen";

    /// <summary>
    /// The round the authorization matrices open: Mågen only (run by Anne, Lars and the quality officer, read by the sector
    /// management), reviewed by the quality officer, with a sample of 3 plans drawn. Made once per app.
    /// </summary>
    public static async Task<Guid> MatrixRoundAsync(RetningApp app)
    {
        await using (var db = app.CreateSystemDbContext())
        {
            if (await db.MonitoringRounds.Where(r => r.Title == MatrixTitle).Select(r => (Guid?)r.Id).FirstOrDefaultAsync() is { } id)
            {
                return id;
            }
        }

        var roundId = await CreateAsync(app, MatrixTitle, [DemoUsers.Maagen], DemoUsers.Kvalitet);
        await DrawAsync(app, roundId, 3, seed: 7);
        return roundId;
    }

    public static async Task<Guid> CreateAsync(RetningApp app, string title, string[] departments, string reviewer, string? secondReviewer = null, int? secondSize = null, DateOnly? dueOn = null)
    {
        var ids = new List<Guid>();
        foreach (var name in departments)
        {
            ids.Add(await app.DepartmentIdAsync(name));
        }

        await EnsurePlansAsync(app, ids);

        var creator = await app.UserIdAsync(DemoUsers.Kvalitet);
        await using var db = app.CreateSystemDbContext();
        var round = new MonitoringRound
        {
            RegionId = await db.Departments.Where(d => d.Id == ids[0]).Select(d => d.Offer!.RegionId).FirstAsync(),
            Title = title, PeriodFrom = app.Today.AddYears(-1), PeriodTo = app.Today, DueOn = dueOn ?? app.Today.AddMonths(3),
            CreatedByUserId = creator, CreatedUtc = app.Clock.GetUtcNow().UtcDateTime,
            ReviewerUserId = await app.UserIdAsync(reviewer),
            SecondReviewerUserId = secondReviewer is null ? null : await app.UserIdAsync(secondReviewer),
            SecondSampleSize = secondSize,
        };
        round.Departments.AddRange(ids.Select(d => new RoundDepartment { RoundId = round.Id, DepartmentId = d }));
        db.MonitoringRounds.Add(round);
        await db.SaveChangesAsync();
        return round.Id;
    }

    /// <summary>The test apps seed no plans: every current citizen of the departments gets one, as the app makes it (once).</summary>
    public static async Task EnsurePlansAsync(RetningApp app, IReadOnlyCollection<Guid> departmentIds)
    {
        List<Guid> without;
        await using (var db = app.CreateSystemDbContext())
        {
            var today = app.Today;
            without = await db.Citizens.Where(c => departmentIds.Contains(c.DepartmentId) && (c.DischargedOn == null || c.DischargedOn > today)
                                                   && !db.Plans.Any(p => p.CitizenId == c.Id))
                .Select(c => c.Id).ToListAsync();
        }

        foreach (var citizenId in without)
        {
            await app.CreatePlanAsync(citizenId, app.Today.AddMonths(-6));
        }
    }

    /// <summary>Draws the sample as the page does, but straight into the database (all current plans of the round's departments).</summary>
    public static async Task<IReadOnlyList<RoundSample>> DrawAsync(RetningApp app, Guid roundId, int size, int seed)
    {
        await using var db = app.CreateSystemDbContext();
        var round = await db.MonitoringRounds.Include(r => r.Departments).SingleAsync(r => r.Id == roundId);
        var departments = round.Departments.Select(d => d.DepartmentId).ToHashSet();
        var today = app.Today;
        var plans = await db.Plans.Join(db.Citizens, p => p.CitizenId, c => c.Id, (p, c) => new { p.Id, c.DepartmentId, CitizenId = c.Id, c.DischargedOn })
            .Where(x => departments.Contains(x.DepartmentId) && (x.DischargedOn == null || x.DischargedOn > today)).ToListAsync();
        var (sample, _) = PlanSampling.Draw(plans.Select(p => new SampleCandidate(p.Id, p.DepartmentId)), departments, size, seed);
        var rows = sample!.Plans.Select((p, i) => new RoundSample
        {
            RoundId = roundId, PlanId = p.PlanId, DepartmentId = p.DepartmentId, CitizenId = plans.First(x => x.Id == p.PlanId).CitizenId,
            Position = i + 1, DoubleRated = i < (round.SecondSampleSize ?? 0),
        }).ToList();
        db.RoundSamples.AddRange(rows);
        round.Seed = seed;
        round.SampleSize = rows.Count;
        round.SampledUtc = app.Clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return rows;
    }

    /// <summary>A review of a sampled plan, submitted unless <paramref name="submitted"/> is false, with one rating for all four indicators unless given.</summary>
    public static async Task ReviewAsync(RetningApp app, RoundSample sample, ReviewerRole role, string reviewer, ReviewRating[] ratings, bool submitted = true)
    {
        await using var db = app.CreateSystemDbContext();
        db.PlanReviews.Add(new PlanReview
        {
            SampleId = sample.Id, RoundId = sample.RoundId, CitizenId = sample.CitizenId, Role = role, ReviewerUserId = await app.UserIdAsync(reviewer),
            Coherence = ratings[0], Results = ratings[1], Collaboration = ratings[2], Involvement = ratings[3],
            CoherenceComment = "Se planen.", ResultsComment = "Se planen.", CollaborationComment = "Se planen.", InvolvementComment = "Se planen.",
            SavedUtc = app.Clock.GetUtcNow().UtcDateTime, SubmittedUtc = submitted ? app.Clock.GetUtcNow().UtcDateTime : null,
        });
        await db.SaveChangesAsync();
    }
}
