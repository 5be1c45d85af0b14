using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Retning.Domain.Deadlines;
using Retning.Domain.Common;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Services.Quality;

namespace Retning.IntegrationTests.Kvalitet;

/// <summary>
/// The rounds' tasks (issue 15): a reviewer's round in progress as it nears its due date; an offer whose three-year
/// deadline is within six months, for its offer head and quality officer (not for a department head).
/// </summary>
public sealed class RoundTaskTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_reviewer_sees_a_round_due_soon_and_the_offer_head_an_offer_due_within_six_months()
    {
        var soon = await RoundTestData.CreateAsync(App, "Runde med snarlig frist", [DemoUsers.Maagen], DemoUsers.Kvalitet, dueOn: App.Today.AddDays(10));
        await RoundTestData.DrawAsync(App, soon, 1, seed: 1);
        await RoundTestData.CreateAsync(App, "Runde med fjern frist", [DemoUsers.Maagen], DemoUsers.Kvalitet, dueOn: App.Today.AddMonths(6));
        var last = await RoundTestData.CreateAsync(App, "Runde for tre år siden", [DemoUsers.Maagen], DemoUsers.Kvalitet);
        await using (var db = App.CreateSystemDbContext())
        {
            var completed = await db.MonitoringRounds.FindAsync(last);
            completed!.CompletedOn = App.Today.AddYears(-3).AddMonths(2);
            await db.SaveChangesAsync();
        }

        var reviewer = await TasksAsync(DemoUsers.Kvalitet);
        // The demo's guidelines give Lars tasks of their own (GuidelineTasks); only the rounds' tasks are looked at here.
        var offerHead = (await TasksAsync(DemoUsers.Lars)).Where(t => t.Kind == "Kvalitetsovervågning").ToList();
        var departmentHead = (await TasksAsync(DemoUsers.Anne)).Where(t => t.Kind == "Kvalitetsovervågning").ToList();

        var round = Assert.Single(reviewer, t => t.Title.Contains("Runde", StringComparison.Ordinal));
        Assert.Equal(("Gennemgå stikprøven i \"Runde med snarlig frist\"", DeadlineState.Due, $"/kvalitet/{soon}"), (round.Title, round.State, round.Href));
        var offer = Assert.Single(offerHead);
        Assert.Equal((App.Today.AddMonths(2), DeadlineState.Due), (offer.DueOn, offer.State));
        Assert.Contains(reviewer, t => t.Title == offer.Title);
        Assert.Empty(departmentHead);

        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var page = (await lars.GetPageAsync("/kvalitet")).AssertStatus(HttpStatusCode.OK);
        var row = page.Document.QuerySelectorAll("#tilbud-frister tbody tr").Single(tr => tr.TextContent.Contains("Solsikken", StringComparison.Ordinal));
        Assert.Contains("Snart", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(App.Today.AddMonths(2).ToDanishDate(), row.TextContent, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<QualityTask>> TasksAsync(string email)
    {
        var userId = await App.UserIdAsync(email);
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<QualityTasks>().ForAsync(userId, App.Today, CancellationToken.None);
    }
}
