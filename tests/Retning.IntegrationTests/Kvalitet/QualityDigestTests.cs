using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Retning.Domain.Deadlines;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Jobs;
using Retning.Web.Services.Quality;

namespace Retning.IntegrationTests.Kvalitet;

/// <summary>
/// The daily reminder counts the quality work's tasks as "Mine opgaver" shows them (docs/domain.md, "Quality
/// monitoring"): a quality officer with no citizen tasks but a round due soon gets a reminder of it.
/// </summary>
public sealed class QualityDigestTests
{
    [Fact]
    public async Task A_reviewer_with_a_round_due_soon_gets_a_reminder_counting_it()
    {
        await using var own = await AppFixture.StartAsync(new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" });
        var app = own.App;
        var round = await RoundTestData.CreateAsync(app, "Runde til påmindelsen", [DemoUsers.Maagen], DemoUsers.Kvalitet, dueOn: app.Today.AddDays(10));
        await RoundTestData.DrawAsync(app, round, 1, seed: 1);
        var kvalitet = await app.UserIdAsync(DemoUsers.Kvalitet);
        IReadOnlyList<QualityTask> expected;
        using (var scope = app.Services.CreateScope())
        {
            expected = await scope.ServiceProvider.GetRequiredService<QualityTasks>().ForAsync(kvalitet, app.Today, CancellationToken.None);
        }

        await app.Services.GetRequiredService<DailyDigestRun>().RunOnceAsync(CancellationToken.None);

        await using var db = app.CreateSystemDbContext();
        var digest = await db.DailyDigests.AsNoTracking().SingleAsync(d => d.UserId == kvalitet);
        Assert.Contains(expected, t => t.Href == $"/kvalitet/{round}" && t.State == DeadlineState.Due);
        Assert.Equal((expected.Count(t => t.State == DeadlineState.Due), expected.Count(t => t.IsOverdue)), (digest.DueCount, digest.OverdueCount));
    }
}
