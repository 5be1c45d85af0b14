using Microsoft.EntityFrameworkCore;
using System.Net;
using Retning.Data;
using Retning.IntegrationTests.Dagbog;
using Retning.Testing;

namespace Retning.IntegrationTests.Performance;

/// <summary>
/// Query budgets: the SQL commands and connection opens one request of a hot page may cost, counted by
/// <see cref="QueryCounter"/> (counts, never times — bench/README.md has the timed benchmarks). A page over its
/// budget fails with the list of its commands. Lower a budget when a change cuts the count; raise one only with a reason.
///
/// Measured on the demo data with its demo plans, signed in as Anne (department head of Mågen), after one warm-up request.
/// Before → after the work on the raw path's yardstick (bench/README.md): the request's one connection, grants cached
/// under the access stamp, the plan read by id after the scoped citizen lookup, keyset paging in the diary. A read's
/// audit row is written by the group commit on its own connection (docs/adr/0013-audit-group-commit.md), so it is
/// not counted here; a write's row is (it commits with the change).
///
/// | page                                   | SQLite commands / opens | PostgreSQL commands / opens |
/// |----------------------------------------|-------------------------|-----------------------------|
/// | plan, demo citizen                     | 25 / 20 → 17 / 1        | 24 / 20 → 17 / 1            |
/// | plan, the bench's 30-goal plan         | 25 / 20 → 17 / 1        | 24 / 20 → 17 / 1            |
/// | citizen overview                       | 18 / 15 → 11 / 1        | 17 / 15 → 11 / 1            |
/// | diary timeline, page 1                 | 19 / 16 → 10 / 1        | 18 / 16 → 10 / 1            |
/// | sub-goal page                          | 29 / 24 → 21 / 1        | 28 / 24 → 21 / 1            |
/// | note POST (scored, through the form)   | 21 / 15 → 13 / 1        | 17 / 15 → 9 / 1             |
/// </summary>
public sealed class QueryBudgetTests(BudgetFixture fixture) : IClassFixture<BudgetFixture>
{
    private sealed record Budget(int Commands, int Opens);

    private static readonly bool Postgres = TestDatabase.UsePostgres;

    // PostgreSQL sends a save's statements as one batch; SQLite sends each on its own.
    private static Budget PlanPage => new(17, 1);
    private static Budget ThirtyGoalPlanPage => new(17, 1);
    private static Budget Overview => new(11, 1);
    private static Budget Timeline => new(10, 1);
    private static Budget SubGoalPage => new(21, 1);
    // A note's save keeps its month's score facts (docs/adr/0014): one read of the month's notes and row, on PostgreSQL
    // after a lock of the sub-goal's row in a statement of its own (2 more), on SQLite beside the row's own write (2 more).
    private static Budget NotePost => Postgres ? new(11, 1) : new(15, 1);

    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_plan_page_of_a_demo_citizen_stays_within_its_budget()
    {
        var (citizen, _) = await App.DemoCitizenWithPlanAsync();
        await AssertGetWithinAsync($"/borgere/{citizen}/plan", PlanPage);
    }

    [Fact]
    public async Task The_plan_page_of_a_30_goal_plan_stays_within_its_budget()
    {
        var citizen = await App.ThirtyGoalPlanAsync(0);
        await AssertGetWithinAsync($"/borgere/{citizen}/plan", ThirtyGoalPlanPage);
    }

    [Fact]
    public async Task The_citizen_overview_stays_within_its_budget()
    {
        var (citizen, _) = await App.DemoCitizenWithPlanAsync();
        await AssertGetWithinAsync($"/borgere/{citizen}", Overview);
    }

    [Fact]
    public async Task The_first_page_of_the_diary_timeline_stays_within_its_budget()
    {
        var (citizen, _) = await App.DemoCitizenWithPlanAsync();
        await AssertGetWithinAsync($"/borgere/{citizen}/dagbog", Timeline);
    }

    [Fact]
    public async Task The_sub_goal_page_stays_within_its_budget()
    {
        var (citizen, subGoal) = await App.DemoCitizenWithPlanAsync();
        await AssertGetWithinAsync($"/borgere/{citizen}/delmaal/{subGoal}", SubGoalPage);
    }

    [Fact]
    public async Task A_scored_note_posted_through_the_real_form_stays_within_its_budget()
    {
        var (citizen, subGoal) = await App.DemoCitizenWithPlanAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        (await (await NoteFormAsync(anne, citizen, subGoal)).SubmitAsync(DiaryForm, Scored("Opvarmning"))).Dispose();
        var form = await NoteFormAsync(anne, citizen, subGoal);

        var (response, count) = await App.Queries.MeasureAsync(() => form.SubmitAsync(DiaryForm, Scored("Vi øvede sammen; hun klarede det meste selv.")));
        using var _ = response;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertWithin(count, NotePost, "POST /borgere/{id}/dagbog/ny");
    }

    [Fact]
    public async Task The_timeline_and_the_sub_goal_page_cost_the_same_at_100_and_at_2000_notes()
    {
        var (citizen, subGoal) = await App.CitizenWithSubGoalAsync(1);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        string[] urls = [$"/borgere/{citizen}/dagbog", $"/borgere/{citizen}/delmaal/{subGoal}"];

        await App.AddManyNotesAsync(citizen, subGoal, 100);
        var few = await CountEachAsync(anne, urls);
        await App.AddManyNotesAsync(citizen, subGoal, 1900);
        var many = await CountEachAsync(anne, urls);

        foreach (var (url, i) in urls.Select((u, i) => (u, i)))
        {
            Assert.True((few[i].Commands, few[i].Opens) == (many[i].Commands, many[i].Opens),
                $"{url}: at 100 notes {few[i].Describe()}\n\nat 2,000 notes {many[i].Describe()}");
        }
    }

    [Fact]
    public async Task The_rounds_overview_costs_the_same_with_two_rounds_and_with_seven()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var few = (await CountEachAsync(anne, ["/kvalitet"]))[0];
        await AddRoundsAsync(5);
        var many = (await CountEachAsync(anne, ["/kvalitet"]))[0];

        Assert.True((few.Commands, few.Opens) == (many.Commands, many.Opens), $"/kvalitet: with the demo's rounds {few.Describe()}\n\nwith 5 more {many.Describe()}");
    }

    /// <summary>Rounds on Mågen, copies of the demo's round without a sample (a per-round read would cost queries even then).</summary>
    private async Task AddRoundsAsync(int count)
    {
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        await using var db = App.CreateSystemDbContext();
        var model = await db.MonitoringRounds.AsNoTracking().Include(r => r.Departments).FirstAsync(r => r.Departments.Any(d => d.DepartmentId == maagen));
        for (var i = 0; i < count; i++)
        {
            var round = new Domain.Quality.MonitoringRound
            {
                RegionId = model.RegionId, Title = $"Budgetrunde {i}", PeriodFrom = model.PeriodFrom, PeriodTo = model.PeriodTo, DueOn = model.DueOn,
                CreatedByUserId = model.CreatedByUserId, CreatedUtc = model.CreatedUtc, ReviewerUserId = model.ReviewerUserId,
            };
            round.Departments.Add(new Domain.Quality.RoundDepartment { RoundId = round.Id, DepartmentId = maagen });
            db.MonitoringRounds.Add(round);
        }

        await db.SaveChangesAsync();
    }

    private async Task AssertGetWithinAsync(string url, Budget budget)
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var count = (await CountEachAsync(anne, [url]))[0];
        AssertWithin(count, budget, url);
    }

    /// <summary>Each page once to warm up, then once counted.</summary>
    private async Task<List<QueryCount>> CountEachAsync(BrowserlessClient client, string[] urls)
    {
        var counts = new List<QueryCount>();
        foreach (var url in urls)
        {
            (await client.GetAsync(url)).Dispose();
            var (response, count) = await App.Queries.MeasureAsync(() => client.GetAsync(url));
            using (response)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            counts.Add(count);
        }

        return counts;
    }

    private const string DiaryForm = "form.app-diary-form";

    /// <summary>The note form of a sub-goal, as the sub-goal page links to it.</summary>
    private static async Task<HtmlPage> NoteFormAsync(BrowserlessClient client, Guid citizen, Guid subGoal) =>
        (await client.GetPageAsync($"/borgere/{citizen}/dagbog/ny?delmaal={subGoal}")).AssertStatus(HttpStatusCode.OK);

    /// <summary>A scored note's fields as a care worker fills them in (the rest as the form comes).</summary>
    private static Dictionary<string, string?> Scored(string text) => new() { ["Input.Score"] = "2", ["Input.Text"] = text };

    private static void AssertWithin(QueryCount count, Budget budget, string what)
    {
        var provider = Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        TestContext.Current.TestOutputHelper?.WriteLine($"{what} on {provider}: {count.Commands} commands, {count.Opens} opens (budget {budget.Commands} / {budget.Opens})");
        Assert.True(count.Commands <= budget.Commands && count.Opens <= budget.Opens,
            $"{what} on {provider}: budget {budget.Commands} commands, {budget.Opens} opens; used {count.Describe()}");
    }
}
