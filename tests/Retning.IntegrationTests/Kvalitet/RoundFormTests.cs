using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Quality;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Kvalitet;

/// <summary>
/// Planning a round and drawing its sample through the forms (issue 15, step 3): the sample is drawn only among plans
/// the reviewer may open, again from its seed, refused at the field when the size is wrong, not again once a review is
/// saved, and two drawing at once do not overwrite each other.
/// </summary>
public sealed class RoundFormTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_round_is_planned_through_the_form_and_listed()
    {
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        var anne = await App.UserIdAsync(DemoUsers.Anne);
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var form = (await kvalitet.GetPageAsync("/kvalitet/ny")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal((await App.UserIdAsync(DemoUsers.Kvalitet)).ToString(), form.FieldValue("Input.ReviewerUserId"));

        var response = await form.SubmitAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.Title"] = "Runde fra formularen", ["Input.DepartmentIds"] = maagen.ToString(), ["Input.ReviewerUserId"] = anne.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = App.CreateSystemDbContext();
        var round = await db.MonitoringRounds.Include(r => r.Departments).SingleAsync(r => r.Title == "Runde fra formularen");
        Assert.Equal($"/kvalitet/{round.Id}", response.RedirectPath());
        Assert.Equal([maagen], round.Departments.Select(d => d.DepartmentId));
        Assert.Equal(anne, round.ReviewerUserId);
        Assert.Equal(form.FieldValue("Input.DueOn"), round.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var list = (await kvalitet.GetPageAsync("/kvalitet")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains(list.Document.QuerySelectorAll("#runde-liste tbody tr"), tr => tr.TextContent.Contains("Runde fra formularen", StringComparison.Ordinal) && tr.TextContent.Contains("Planlagt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_input_on_the_new_round_is_refused_at_the_field_and_nothing_typed_is_lost()
    {
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var form = await kvalitet.GetPageAsync("/kvalitet/ny");

        var page = await form.SubmitForPageAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.Title"] = "Behold mig", ["Input.DepartmentIds"] = null, ["Input.PeriodFrom"] = "2026-03-01", ["Input.PeriodTo"] = "2026-01-01",
            ["Input.SecondSampleSize"] = "3",
        });

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Vælg mindst én afdeling.", page.FieldError("Input.DepartmentIds"));
        Assert.Equal("Perioden kan ikke slutte, før den begynder.", page.FieldError("Input.PeriodTo"));
        Assert.Equal("Vælg en anden bedømmer, eller lad antallet stå tomt.", page.FieldError("Input.SecondSampleSize"));
        Assert.Equal("Behold mig", page.FieldValue("Input.Title"));
        Assert.Equal("2026-01-01", page.FieldValue("Input.PeriodTo"));

        // Peter leads Birken: he cannot open Mågen's plans.
        var again = await page.SubmitForPageAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.DepartmentIds"] = maagen.ToString(), ["Input.PeriodTo"] = "2026-03-01", ["Input.SecondSampleSize"] = null,
            ["Input.ReviewerUserId"] = (await App.UserIdAsync(DemoUsers.Peter)).ToString(), ["Input.Title"] = new string('x', MonitoringRound.MaxTitle + 1),
        });
        Assert.Equal("Vælg en bedømmer, der kan åbne planerne i de valgte afdelinger.", again.FieldError("Input.ReviewerUserId"));
        Assert.NotNull(again.FieldError("Input.Title"));
        await using var db = App.CreateSystemDbContext();
        Assert.False(await db.MonitoringRounds.AnyAsync(r => r.Title == "Behold mig"));
    }

    [Fact]
    public async Task The_sample_is_drawn_among_the_reviewers_plans_only_and_again_from_its_seed()
    {
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        // Anne opens Mågen only: Birken's plans are never drawn for her.
        var roundId = await RoundTestData.CreateAsync(App, "Runde med to afdelinger", [DemoUsers.Maagen, DemoUsers.Birken], DemoUsers.Anne);
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);

        var first = await DrawAsync(kvalitet, roundId, "3", "12345");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var drawn = await SampleAsync(roundId);
        Assert.Equal(3, drawn.Count);
        Assert.All(drawn, s => Assert.Equal(maagen, s.DepartmentId));
        Assert.Equal([1, 2, 3], drawn.Select(s => s.Position));

        await using (var db = App.CreateSystemDbContext())
        {
            var today = App.Today;
            var candidates = await db.Plans.Join(db.Citizens, p => p.CitizenId, c => c.Id, (p, c) => new { p.Id, c.DepartmentId, c.DischargedOn })
                .Where(x => (x.DepartmentId == maagen || x.DepartmentId == db.Departments.Where(d => d.Name == DemoUsers.Birken).Select(d => d.Id).First())
                            && (x.DischargedOn == null || x.DischargedOn > today))
                .Select(x => new SampleCandidate(x.Id, x.DepartmentId)).ToListAsync();
            var (expected, _) = PlanSampling.Draw(candidates, new HashSet<Guid> { maagen }, 3, 12345);
            Assert.Equal(expected!.Plans.Select(p => p.PlanId), drawn.Select(s => s.PlanId));
            var round = await db.MonitoringRounds.SingleAsync(r => r.Id == roundId);
            Assert.Equal((12345, 3), (round.Seed, round.SampleSize));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await DrawAsync(kvalitet, roundId, "3", "12345")).StatusCode);
        Assert.Equal(drawn.Select(s => s.PlanId), (await SampleAsync(roundId)).Select(s => s.PlanId));
    }

    [Fact]
    public async Task A_wrong_size_is_refused_at_the_field_with_the_seed_kept()
    {
        var roundId = await RoundTestData.CreateAsync(App, "Runde med forkert størrelse", [DemoUsers.Maagen], DemoUsers.Kvalitet);
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var form = await kvalitet.GetPageAsync($"/kvalitet/{roundId}/stikproeve");
        var population = form.Document.QuerySelectorAll("#population tbody td").Select(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).Sum();

        var zero = await form.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.SampleSize"] = "0", ["Input.Seed"] = "99" });
        Assert.Equal("Angiv, hvor mange planer stikprøven skal have (mindst 1).", zero.FieldError("Input.SampleSize"));
        Assert.Equal("99", zero.FieldValue("Input.Seed"));

        var tooMany = await zero.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.SampleSize"] = (population + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal($"Stikprøven kan højst have {population} planer: så mange er der i de valgte afdelinger.", tooMany.FieldError("Input.SampleSize"));
        Assert.Equal("99", tooMany.FieldValue("Input.Seed"));
        Assert.Empty(await SampleAsync(roundId));
    }

    [Fact]
    public async Task The_sample_is_not_drawn_again_once_a_review_is_saved()
    {
        var roundId = await RoundTestData.CreateAsync(App, "Runde med en kladde", [DemoUsers.Maagen], DemoUsers.Kvalitet);
        var sample = await RoundTestData.DrawAsync(App, roundId, 2, seed: 5);
        await RoundTestData.ReviewAsync(App, sample[0], ReviewerRole.First, DemoUsers.Kvalitet, [ReviewRating.Met, ReviewRating.Met, ReviewRating.Met, ReviewRating.Met], submitted: false);
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);

        var form = (await kvalitet.GetPageAsync($"/kvalitet/{roundId}/stikproeve")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Stikprøven kan ikke trækkes igen", form.Document.QuerySelector("#laast")!.TextContent, StringComparison.Ordinal);
        var token = await TokenAsync(kvalitet);
        var page = await kvalitet.ReadPageAsync($"/kvalitet/{roundId}/stikproeve", await kvalitet.PostRawAsync($"/kvalitet/{roundId}/stikproeve",
            [new("__RequestVerificationToken", token), new("Input.SampleSize", "1"), new("Input.Seed", "1"), new("Input.Version", "1")]));

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Contains(page.ErrorSummary, e => e.StartsWith("Stikprøven kan ikke trækkes igen", StringComparison.Ordinal));
        Assert.Equal(sample.Select(s => s.PlanId), (await SampleAsync(roundId)).Select(s => s.PlanId));
    }

    [Fact]
    public async Task Two_drawing_at_once_do_not_overwrite_each_other()
    {
        var roundId = await RoundTestData.CreateAsync(App, "Runde med to der trækker", [DemoUsers.Maagen], DemoUsers.Kvalitet);
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var mine = await kvalitet.GetPageAsync($"/kvalitet/{roundId}/stikproeve");
        var theirs = await anne.GetPageAsync($"/kvalitet/{roundId}/stikproeve");

        Assert.Equal(HttpStatusCode.Redirect, (await mine.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.SampleSize"] = "2", ["Input.Seed"] = "1" })).StatusCode);
        var kept = await SampleAsync(roundId);
        var conflict = await theirs.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.SampleSize"] = "3", ["Input.Seed"] = "2" });

        conflict.AssertStatus(HttpStatusCode.OK);
        Assert.Contains(conflict.ErrorSummary, e => e.StartsWith("En anden har ændret runden", StringComparison.Ordinal));
        Assert.Equal("3", conflict.FieldValue("Input.SampleSize"));
        Assert.Equal(kept.Select(s => s.PlanId), (await SampleAsync(roundId)).Select(s => s.PlanId));
    }

    private static async Task<HttpResponseMessage> DrawAsync(BrowserlessClient client, Guid roundId, string size, string seed)
    {
        var form = (await client.GetPageAsync($"/kvalitet/{roundId}/stikproeve")).AssertStatus(HttpStatusCode.OK);
        return await form.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.SampleSize"] = size, ["Input.Seed"] = seed });
    }

    private async Task<List<RoundSample>> SampleAsync(Guid roundId)
    {
        await using var db = App.CreateSystemDbContext();
        return await db.RoundSamples.Where(s => s.RoundId == roundId).OrderBy(s => s.Position).ToListAsync();
    }

    private static async Task<string> TokenAsync(BrowserlessClient client) =>
        (await client.GetPageAsync("/konto/adgangskode")).FieldValue("__RequestVerificationToken")!;
}
