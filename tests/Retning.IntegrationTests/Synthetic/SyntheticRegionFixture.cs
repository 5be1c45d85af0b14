using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Retning.Data;
using Retning.Data.Synthetic;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Synthetic;

/// <summary>The app on its own database with a small synthetic region (30 citizens, one year up to yesterday) generated into it.</summary>
public sealed class SyntheticRegionFixture : IAsyncLifetime
{
    private readonly AppFixture app = new();

    public RetningApp App => app.App;
    public SyntheticRegionResult Result { get; private set; } = null!;

    public static SyntheticRegionOptions Options(RetningApp app) =>
        new() { Citizens = 30, Years = 1, Seed = 14, EndOn = app.Today.AddDays(-1), BatchSize = 8 };

    public async ValueTask InitializeAsync()
    {
        await app.InitializeAsync();
        Result = await GenerateAsync(App);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    /// <summary>Generates through the app's own context options (its provider and connection).</summary>
    public static Task<SyntheticRegionResult> GenerateAsync(RetningApp app)
    {
        var options = app.Services.GetRequiredService<DbContextOptions<AppDbContext>>();
        return SyntheticRegion.GenerateAsync(clock => new AppDbContext(options, FixedCitizenScope.System, clock), Options(app));
    }

    /// <summary>
    /// The region's rows as text, ordered by id (in memory: SQLite and PostgreSQL order Guids differently), hashed:
    /// citizens, placements, goals, notes with their scores, evaluations and meetings.
    /// </summary>
    public static async Task<string> FingerprintAsync(RetningApp app, Guid regionId)
    {
        await using var db = app.CreateSystemDbContext();
        var departments = await db.Departments.Where(d => d.Offer!.RegionId == regionId).Select(d => d.Id).ToListAsync();
        var citizens = await db.Citizens.Where(c => departments.Contains(c.DepartmentId)).ToListAsync();
        var ids = citizens.Select(c => c.Id).ToList();
        var lines = new List<string>();
        lines.AddRange(citizens.Select(c => $"c {c.Id} {c.CprDigits} {c.FirstName} {c.EnrolledOn} {c.DischargedOn} {c.DepartmentId} {c.TargetGroup}"));
        lines.AddRange(await db.Placements.Where(p => ids.Contains(p.CitizenId)).Select(p => $"p {p.Id} {p.DepartmentId} {p.From} {p.To}").ToListAsync());
        lines.AddRange(await db.Goals.Where(g => db.Plans.Any(p => p.Id == g.PlanId && ids.Contains(p.CitizenId)))
            .Select(g => $"g {g.Id} {g.ParentGoalId} {g.Type} {g.State} {g.StartOn} {g.ScoringFrequency} {g.Text}").ToListAsync());
        lines.AddRange(await db.DiaryEntries.Where(e => ids.Contains(e.CitizenId))
            .Select(e => $"n {e.Id} {e.SubGoalId} {e.ObservedAtUtc:O} {e.ScoreValue} {e.AuthorId} {e.Text}").ToListAsync());
        lines.AddRange(await db.Evaluations.Where(e => ids.Contains(e.CitizenId)).Select(e => $"e {e.Id} {e.GoalId} {e.EvaluatedOn} {e.Decision}").ToListAsync());
        lines.AddRange(await db.StatusMeetings.Where(m => ids.Contains(m.CitizenId)).Select(m => $"m {m.Id} {m.On} {m.CancelledOn} {m.StatusSentOn} {m.MinutesSentOn}").ToListAsync());
        lines.Sort(StringComparer.Ordinal);
        return $"{lines.Count} rows, " + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }
}
