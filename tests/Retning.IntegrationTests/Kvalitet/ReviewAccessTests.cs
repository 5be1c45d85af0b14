using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Kvalitet;

/// <summary>
/// Who opens a sampled plan's review (issue 15, step 3): the two reviewers rate blind; a reader of the round sees the
/// submitted first review; a reviewer outside the citizen's departments gets 404 and the attempt is audited on the
/// citizen; a completed round is read-only.
/// </summary>
public sealed class ReviewAccessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Form = "#review-form";
    private RetningApp App => fixture.App;

    private async Task<Guid> CitizenAsync() => (await App.CitizenAsync(DemoUsers.Maagen, notInContactTeam: DemoUsers.Mette)).Id;

    [Fact]
    public async Task The_second_reviewer_rates_blind_until_both_have_submitted()
    {
        var sample = await App.SampledPlanAsync(await CitizenAsync(), secondReviewer: DemoUsers.Anne, doubleRated: true);
        using var first = await fixture.SignInAsync(DemoUsers.Kvalitet);
        using var second = await fixture.SignInAsync(DemoUsers.Anne);
        var firstPage = (await first.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);
        await firstPage.SubmitAsync(Form, ReviewFormTests.Complete("afslut", "Den første bedømmers vurdering."));

        var blind = (await second.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);

        Assert.DoesNotContain("Den første bedømmers vurdering.", blind.Html, StringComparison.Ordinal);
        Assert.Null(blind.FieldValue("Input.Coherence", Form));
        Assert.Contains("Du er anden bedømmer", blind.MainText, StringComparison.Ordinal);
        await blind.SubmitAsync(Form, ReviewFormTests.Complete("kladde", "Den anden bedømmers kladde."));
        Assert.DoesNotContain("Den anden bedømmers kladde.", (await first.GetPageAsync(sample.ReviewUrl)).Html, StringComparison.Ordinal);

        var draft = (await second.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);
        await draft.SubmitAsync(Form, ReviewFormTests.Complete("afslut", "Den anden bedømmers kladde."));

        Assert.Contains("Den første bedømmers vurdering.", (await second.GetPageAsync(sample.ReviewUrl)).MainText, StringComparison.Ordinal);
        Assert.Contains("Den anden bedømmers kladde.", (await first.GetPageAsync(sample.ReviewUrl)).MainText, StringComparison.Ordinal);
        Assert.Equal(2, (await App.ReviewsAsync(sample.SampleId)).Count);
    }

    [Fact]
    public async Task A_reviewer_who_may_not_open_the_citizen_gets_404_and_the_attempt_is_audited_on_the_citizen()
    {
        var sample = await App.SampledPlanAsync(await CitizenAsync(), reviewer: DemoUsers.Jonas);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        var jonasId = await App.UserIdAsync(DemoUsers.Jonas);

        foreach (var url in new[] { sample.ReviewUrl, sample.InterviewUrl })
        {
            var before = await App.LastAuditIdAsync();
            Assert.Equal(HttpStatusCode.NotFound, (await jonas.GetAsync(url)).StatusCode);
            var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
            Assert.Equal((AuditAction.Denied, sample.CitizenId, jonasId), (row.Action, row.CitizenId, row.UserId));
        }

        Assert.Empty(await App.ReviewsAsync(sample.SampleId));
    }

    [Fact]
    public async Task A_reader_of_the_round_sees_the_first_review_once_submitted_and_a_care_worker_is_refused()
    {
        var sample = await App.SampledPlanAsync(await CitizenAsync());
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var reviewer = await fixture.SignInAsync(DemoUsers.Kvalitet);

        var early = (await lars.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Gennemgangen er endnu ikke afsluttet", early.MainText, StringComparison.Ordinal);
        Assert.Empty(early.Document.QuerySelectorAll("#review-form input[type=radio]"));

        var page = (await reviewer.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);
        await page.SubmitAsync(Form, ReviewFormTests.Complete("afslut", "Til lederens øjne."));
        var read = (await lars.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Til lederens øjne.", read.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await lars.PostRawAsync(sample.ReviewUrl + "?handler=Genaabn", [new("__RequestVerificationToken", read.FieldValue("__RequestVerificationToken", "form") ?? "")])).StatusCode);

        var before = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await mette.GetAsync(sample.ReviewUrl)).StatusCode);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Denied, sample.CitizenId), (row.Action, row.CitizenId));
    }

    [Fact]
    public async Task A_completed_round_is_read_only()
    {
        var sample = await App.SampledPlanAsync(await CitizenAsync());
        using var reviewer = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var page = (await reviewer.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);
        await page.SubmitAsync(Form, ReviewFormTests.Complete("kladde", "Kladden før afslutningen."));
        await using (var db = App.CreateSystemDbContext())
        {
            var round = await db.MonitoringRounds.SingleAsync(r => r.Id == sample.RoundId);
            round.CompletedOn = App.Today;
            await db.SaveChangesAsync();
        }

        var shown = (await reviewer.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);

        Assert.Empty(shown.Document.QuerySelectorAll("#review-form textarea"));
        Assert.Empty(shown.Document.QuerySelectorAll("form[action*='handler=Genaabn']"));
        Assert.Contains("Kladden før afslutningen.", shown.MainText, StringComparison.Ordinal);
        var token = shown.FieldValue("__RequestVerificationToken", "form") ?? "";
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostRawAsync(sample.ReviewUrl, [new("__RequestVerificationToken", token), new("Command", "kladde")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostRawAsync(sample.InterviewUrl, [new("__RequestVerificationToken", token)])).StatusCode);
    }
}
