using System.Net;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Kvalitet;

/// <summary>
/// The review form of a sampled plan (issue 15, step 3): prefilled from the record, saved as a draft and submitted
/// under the domain's rules, no lost update between two tabs, one audit row per response on the citizen.
/// </summary>
public sealed class ReviewFormTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Form = "#review-form";
    private RetningApp App => fixture.App;

    private async Task<SampledPlan> SampleAsync()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen, notInContactTeam: DemoUsers.Mette);
        return await App.SampledPlanAsync(citizen.Id);
    }

    [Fact]
    public async Task The_form_is_prefilled_with_the_goals_interventions_collaborators_and_the_periods_results()
    {
        var sample = await SampleAsync();
        var (goal, subGoal, evaluationId) = await App.GoalWithRecordAsync(sample.CitizenId, "At borgeren laver sin egen morgenmad");
        using var client = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var before = await App.LastAuditIdAsync();

        var page = (await client.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);

        var text = page.MainText;
        Assert.Contains(goal.Text, text, StringComparison.Ordinal);
        Assert.Contains(subGoal.Text, text, StringComparison.Ordinal);
        Assert.Contains("Træning i køkkenet med kontaktpersonen", text, StringComparison.Ordinal);
        Assert.Contains("Fysioterapeut Hansen", text, StringComparison.Ordinal);
        Assert.Contains("Score: 2 (", text, StringComparison.Ordinal);
        Assert.Contains("→ 4 (", text, StringComparison.Ordinal);
        Assert.Contains("ændring +2", text, StringComparison.Ordinal);
        var evaluationLinks = page.Document.QuerySelectorAll("a[href*='/evalueringer/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/borgere/{sample.CitizenId}/evalueringer/{evaluationId}", evaluationLinks);
        Assert.Single(evaluationLinks);
        Assert.Contains("Samtalen med borgeren er ikke registreret endnu.", text, StringComparison.Ordinal);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, sample.CitizenId, "Kvalitetsgennemgang"), (row.Action, row.CitizenId, row.Subject));
    }

    [Fact]
    public async Task A_draft_saved_half_way_comes_back_intact_and_each_post_is_one_audit_row()
    {
        var sample = await SampleAsync();
        using var client = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var page = (await client.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);
        var before = await App.LastAuditIdAsync();

        var saved = await page.SubmitAsync(Form, new Dictionary<string, string?>
        {
            ["Command"] = "kladde", ["Input.Coherence"] = "PartlyMet", ["Input.CoherenceComment"] = "Indsatserne passer til to af tre mål.",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Update, sample.CitizenId), (row.Action, row.CitizenId));
        var review = Assert.Single(await App.ReviewsAsync(sample.SampleId));
        Assert.Null(review.SubmittedUtc);
        var again = (await client.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("PartlyMet", again.FieldValue("Input.Coherence", Form));
        Assert.Equal("Indsatserne passer til to af tre mål.", again.FieldValue("Input.CoherenceComment", Form));
        Assert.Null(again.FieldValue("Input.Results", Form));
    }

    [Fact]
    public async Task Submitting_an_incomplete_review_shows_the_errors_at_the_fields_keeps_the_input_and_saves_nothing()
    {
        var sample = await SampleAsync();
        using var client = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var page = (await client.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);

        var answer = await page.SubmitForPageAsync(Form, new Dictionary<string, string?>
        {
            ["Command"] = "afslut", ["Input.Coherence"] = "NotMet", ["Input.CollaborationComment"] = "Ingen eksterne aktører nævnt.",
        });

        answer.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Skriv, hvad der mangler, når indikatoren ikke er opfyldt.", answer.FieldError("Input.CoherenceComment"));
        Assert.Equal("Vurdér indikator 6, før gennemgangen afsluttes.", answer.FieldError("Input.Results"));
        Assert.Equal("Vurdér indikator 8, før gennemgangen afsluttes.", answer.FieldError("Input.Involvement"));
        Assert.Equal("NotMet", answer.FieldValue("Input.Coherence", Form));
        Assert.Equal("Ingen eksterne aktører nævnt.", answer.FieldValue("Input.CollaborationComment", Form));
        Assert.Empty(await App.ReviewsAsync(sample.SampleId));
    }

    [Fact]
    public async Task A_complete_review_is_submitted_read_only_and_reopened_by_its_reviewer()
    {
        var sample = await SampleAsync();
        using var client = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var page = (await client.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);

        var submitted = await page.SubmitAsync(Form, Complete("afslut", "Målene hænger sammen med indsatserne."));

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.NotNull(Assert.Single(await App.ReviewsAsync(sample.SampleId)).SubmittedUtc);
        var shown = (await client.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);
        Assert.Empty(shown.Document.QuerySelectorAll("#review-form textarea"));
        Assert.Contains("Målene hænger sammen med indsatserne.", shown.MainText, StringComparison.Ordinal);

        var reopened = await shown.SubmitAsync("form[action*='handler=Genaabn']");

        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Null(Assert.Single(await App.ReviewsAsync(sample.SampleId)).SubmittedUtc);
    }

    [Fact]
    public async Task A_stale_save_gets_the_conflict_message_and_keeps_what_was_typed()
    {
        var sample = await SampleAsync();
        using var client = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var first = (await client.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);
        var second = (await client.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(Form, Complete("kladde", "Fra den første fane."))).StatusCode);

        var conflict = await second.SubmitForPageAsync(Form, Complete("kladde", "Fra den anden fane."));

        conflict.AssertStatus(HttpStatusCode.OK);
        Assert.Contains("En anden har gemt denne gennemgang", conflict.MainText, StringComparison.Ordinal);
        Assert.Equal("Fra den anden fane.", conflict.FieldValue("Input.CoherenceComment", Form));
        Assert.Equal("Fra den første fane.", Assert.Single(await App.ReviewsAsync(sample.SampleId)).CoherenceComment);

        // Saving again is a deliberate choice after seeing both.
        Assert.Equal(HttpStatusCode.Redirect, (await conflict.SubmitAsync(Form)).StatusCode);
        Assert.Equal("Fra den anden fane.", Assert.Single(await App.ReviewsAsync(sample.SampleId)).CoherenceComment);
    }

    internal static Dictionary<string, string?> Complete(string command, string comment) => new()
    {
        ["Command"] = command,
        ["Input.Coherence"] = "Met", ["Input.CoherenceComment"] = comment,
        ["Input.Results"] = "PartlyMet", ["Input.ResultsComment"] = "Et af to mål viser fremgang.",
        ["Input.Collaboration"] = "NotRelevant", ["Input.Involvement"] = "Met",
    };
}
