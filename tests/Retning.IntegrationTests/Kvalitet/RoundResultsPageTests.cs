using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Quality;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using static Retning.Domain.Quality.ReviewRating;

namespace Retning.IntegrationTests.Kvalitet;

/// <summary>
/// A round's page, results and completion (issue 15, step 3) on reviews written straight to the database (the review
/// form is tested with its page). Four plans of Mågen, the first two rated blind by Anne too:
/// <list type="bullet">
/// <item>first reviewer: 1 = opfyldt, opfyldt, ikke opfyldt, ikke relevant; 2 = opfyldt, delvist, opfyldt, opfyldt;
///   3 = ikke opfyldt, opfyldt, opfyldt, opfyldt; 4 a draft (not counted).</item>
/// <item>indicator 5: opfyldt 2 (plans 1, 2), ikke opfyldt 1: 2 of 3 relevant = 66,7 %.</item>
/// <item>second reviewer: 1 = opfyldt ×3, ikke relevant; 2 = opfyldt, ikke opfyldt, opfyldt, opfyldt. Pairs 8, equal 6:
///   75 %; chance (5·6 + 1·0 + 1·1 + 1·1) ÷ 64 = 0,5; kappa (0,75 − 0,5) ÷ 0,5 = 0,50.</item>
/// </list>
/// </summary>
public sealed class RoundResultsPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private async Task<(Guid RoundId, IReadOnlyList<RoundSample> Sample)> ArrangeAsync(string title)
    {
        var roundId = await RoundTestData.CreateAsync(App, title, [DemoUsers.Maagen], DemoUsers.Kvalitet, DemoUsers.Anne, secondSize: 2);
        var s = await RoundTestData.DrawAsync(App, roundId, 4, seed: 3);
        await RoundTestData.ReviewAsync(App, s[0], ReviewerRole.First, DemoUsers.Kvalitet, [Met, Met, NotMet, NotRelevant]);
        await RoundTestData.ReviewAsync(App, s[1], ReviewerRole.First, DemoUsers.Kvalitet, [Met, PartlyMet, Met, Met]);
        await RoundTestData.ReviewAsync(App, s[2], ReviewerRole.First, DemoUsers.Kvalitet, [NotMet, Met, Met, Met]);
        await RoundTestData.ReviewAsync(App, s[3], ReviewerRole.First, DemoUsers.Kvalitet, [Met, Met, Met, Met], submitted: false);
        await RoundTestData.ReviewAsync(App, s[0], ReviewerRole.Second, DemoUsers.Anne, [Met, Met, Met, NotRelevant]);
        await RoundTestData.ReviewAsync(App, s[1], ReviewerRole.Second, DemoUsers.Anne, [Met, NotMet, Met, Met]);
        return (roundId, s);
    }

    [Fact]
    public async Task The_results_are_the_hand_counted_ones_and_each_count_opens_to_exactly_its_plans()
    {
        var (roundId, sample) = await ArrangeAsync("Runde med resultater");
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);

        var page = (await kvalitet.GetPageAsync($"/kvalitet/{roundId}/resultater")).AssertStatus(HttpStatusCode.OK);

        Assert.Equal(["Indikator 5", "2", "0", "1", "0", "66,7 % (2 af 3)"], Cells(page, "#resultat-runde tbody tr")[0]);
        Assert.Equal(["Indikator 8", "2", "0", "0", "1", "100,0 % (2 af 2)"], Cells(page, "#resultat-runde tbody tr")[3]);
        Assert.Contains("1 af 4 planer mangler", page.MainText, StringComparison.Ordinal);
        Assert.Contains("Enighed: 75 %", page.MainText, StringComparison.Ordinal);
        Assert.Contains("Cohens kappa: 0,50", page.MainText, StringComparison.Ordinal);

        var before = await App.LastAuditIdAsync();
        var drill = (await kvalitet.GetPageAsync($"/kvalitet/{roundId}/resultater?indikator=5&vurdering=1")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(["1", "2"], drill.Document.QuerySelectorAll("#planer-tabel tbody tr td:first-child").Select(td => td.TextContent.Trim()));
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal(AuditAction.Search, audit.Action);
        Assert.Contains("planer: 2; viste planer: 2", audit.Detail, StringComparison.Ordinal);
        Assert.Contains(sample[0].Id.ToString(), drill.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sector_management_reads_the_counts_but_never_the_plans_behind_them()
    {
        var (roundId, _) = await ArrangeAsync("Runde for sektorledelsen");
        using var sektor = await fixture.SignInAsync(DemoUsers.Sektor);

        var before = await App.LastAuditIdAsync();
        var drill = (await sektor.GetPageAsync($"/kvalitet/{roundId}/resultater?indikator=5&vurdering=1")).AssertStatus(HttpStatusCode.OK);

        Assert.Null(drill.Document.QuerySelector("#planer-tabel"));
        Assert.Contains("2 for borgere, du ikke må åbne, vises ikke", drill.MainText, StringComparison.Ordinal);
        Assert.Contains("viste planer: 0", Assert.Single(await App.AuditEntriesSinceAsync(before)).Detail, StringComparison.Ordinal);

        var round = (await sektor.GetPageAsync($"/kvalitet/{roundId}")).AssertStatus(HttpStatusCode.OK);
        Assert.All(round.Document.QuerySelectorAll("#stikproeve-tabel tbody tr td:nth-child(3)"), td => Assert.Equal("–", td.TextContent.Trim()));
        Assert.Null(round.Document.QuerySelector($"a[href^='/kvalitet/{roundId}/stikproeve']"));
    }

    [Fact]
    public async Task The_round_page_names_the_citizens_the_viewer_may_open_and_audits_the_list()
    {
        var (roundId, sample) = await ArrangeAsync("Runde med navne");
        await using var db = App.CreateSystemDbContext();
        var first = await db.Citizens.Where(c => c.Id == sample[0].CitizenId).Select(c => c.FirstName + " " + c.LastName).SingleAsync();
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);

        var before = await App.LastAuditIdAsync();
        var page = (await kvalitet.GetPageAsync($"/kvalitet/{roundId}")).AssertStatus(HttpStatusCode.OK);

        var rows = Cells(page, "#stikproeve-tabel tbody tr");
        Assert.Equal(first, rows[0][2]);
        Assert.StartsWith("Afsluttet", rows[0][3], StringComparison.Ordinal);
        Assert.StartsWith("Kladde", rows[3][3], StringComparison.Ordinal);
        Assert.Equal("Afsluttet", rows[0][4]);
        Assert.Equal("Ikke med", rows[2][4]);
        Assert.Equal("3 af 4 planer", page.Document.QuerySelector("#fremdrift")!.TextContent.Trim());
        var audit = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Search, "runde: " + roundId + "; planer: 4; viste navne: 4"), (audit.Action, audit.Detail));
    }

    [Fact]
    public async Task A_round_is_completed_only_when_every_first_review_is_submitted_and_is_read_only_after()
    {
        var (roundId, sample) = await ArrangeAsync("Runde der afsluttes");
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);

        var form = (await kvalitet.GetPageAsync($"/kvalitet/{roundId}/afslut")).AssertStatus(HttpStatusCode.OK);
        var refused = await form.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.Conclusion"] = "Planerne er gode." });
        Assert.Contains("Runden kan først afsluttes, når alle gennemgange er afsluttet: 1 mangler.", refused.ErrorSummary);
        Assert.Equal("Planerne er gode.", refused.Document.QuerySelector("textarea")!.TextContent.Trim());

        await using (var db = App.CreateSystemDbContext())
        {
            var draft = await db.PlanReviews.SingleAsync(r => r.SampleId == sample[3].Id);
            draft.SubmittedUtc = App.Clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        }

        var empty = await refused.SubmitForPageAsync(overrides: new Dictionary<string, string?> { ["Input.Conclusion"] = " " });
        Assert.Equal("Skriv rundens konklusion.", empty.FieldError("Input.Conclusion"));
        var done = await empty.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Conclusion"] = "Planerne er gode." });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        await using (var db = App.CreateSystemDbContext())
        {
            var round = await db.MonitoringRounds.SingleAsync(r => r.Id == roundId);
            Assert.Equal((App.Today, await App.UserIdAsync(DemoUsers.Kvalitet), "Planerne er gode."), (round.CompletedOn!.Value, round.CompletedByUserId!.Value, round.Conclusion));
        }

        var page = await kvalitet.GetPageAsync($"/kvalitet/{roundId}");
        Assert.Null(page.Document.QuerySelector($"a[href='/kvalitet/{roundId}/stikproeve']"));
        Assert.Null(page.Document.QuerySelector($"a[href='/kvalitet/{roundId}/afslut']"));
        Assert.NotNull((await kvalitet.GetPageAsync($"/kvalitet/{roundId}/stikproeve")).Document.QuerySelector("#laast"));
        Assert.NotNull((await kvalitet.GetPageAsync($"/kvalitet/{roundId}/afslut")).Document.QuerySelector("#afsluttet"));
    }

    private static List<List<string>> Cells(HtmlPage page, string rows) =>
        [.. page.Document.QuerySelectorAll(rows).Select(tr => tr.QuerySelectorAll("th, td").Select(c => string.Join(' ', c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList())];
}
