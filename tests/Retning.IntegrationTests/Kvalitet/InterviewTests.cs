using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Quality;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Kvalitet;

/// <summary>
/// The citizen interview of indicator 8 (issue 15, step 3): every question needs an answer, and "kunne ikke svare" is
/// one; one interview per sample, under its version; recorded by the reviewers and those who edit the citizen.
/// </summary>
public sealed class InterviewTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Form = "#interview-form";
    private RetningApp App => fixture.App;

    private async Task<SampledPlan> SampleAsync() =>
        await App.SampledPlanAsync((await App.CitizenAsync(DemoUsers.Maagen, notInContactTeam: DemoUsers.Mette)).Id);

    private static Dictionary<string, string?> Answers(string comment) => new()
    {
        ["Input.Respondent"] = "Citizen", ["Input.Answer1"] = "Yes", ["Input.Answer2"] = "CouldNotAnswer",
        ["Input.Answer3"] = "Partly", ["Input.Answer4"] = "Yes", ["Input.Comment"] = comment,
    };

    [Fact]
    public async Task An_interview_with_could_not_answer_is_saved_and_shown_on_the_review_with_its_involvement_share()
    {
        var sample = await SampleAsync();
        using var client = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var page = (await client.GetPageAsync(sample.InterviewUrl)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(App.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page.FieldValue("Input.InterviewedOn", Form));
        var before = await App.LastAuditIdAsync();

        var saved = await page.SubmitAsync(Form, Answers("Borgeren ville gerne tale om maden."));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(sample.ReviewUrl, saved.RedirectPath());
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Update, sample.CitizenId), (row.Action, row.CitizenId));
        await using (var db = App.CreateSystemDbContext())
        {
            var interview = await db.CitizenInterviews.SingleAsync(i => i.SampleId == sample.SampleId);
            Assert.Equal(InterviewAnswer.CouldNotAnswer, interview.Answer2);
            Assert.Equal(83.3m, InterviewQuestions.Involvement(interview));
        }

        var review = (await client.GetPageAsync(sample.ReviewUrl)).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Kunne ikke svare", review.MainText, StringComparison.Ordinal);
        Assert.Contains("83,3 %", review.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unanswered_questions_are_named_at_the_fields_and_the_given_answers_stay()
    {
        var sample = await SampleAsync();
        using var client = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var page = (await client.GetPageAsync(sample.InterviewUrl)).AssertStatus(HttpStatusCode.OK);

        var answer = await page.SubmitForPageAsync(Form, new Dictionary<string, string?>
        {
            ["Input.Answer1"] = "CouldNotAnswer", ["Input.Comment"] = "Afbrudt.", ["Input.InterviewedOn"] = App.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        answer.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Vælg, hvem der svarede.", answer.FieldError("Input.Respondent"));
        Assert.Equal("Samtalen kan ikke være holdt i fremtiden.", answer.FieldError("Input.InterviewedOn"));
        Assert.Equal("Vælg et svar (\"Kunne ikke svare\" er også et svar).", answer.FieldError("Input.Answer2"));
        Assert.Null(answer.FieldError("Input.Answer1"));
        Assert.Equal("CouldNotAnswer", answer.FieldValue("Input.Answer1", Form));
        Assert.Equal("Afbrudt.", answer.FieldValue("Input.Comment", Form));
        await using var db = App.CreateSystemDbContext();
        Assert.False(await db.CitizenInterviews.AnyAsync(i => i.SampleId == sample.SampleId));
    }

    [Fact]
    public async Task A_stale_save_of_the_interview_gets_the_conflict_and_keeps_what_was_typed()
    {
        var sample = await SampleAsync();
        using var client = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var first = (await client.GetPageAsync(sample.InterviewUrl)).AssertStatus(HttpStatusCode.OK);
        var second = (await client.GetPageAsync(sample.InterviewUrl)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(Form, Answers("Første fane."))).StatusCode);

        var conflict = await second.SubmitForPageAsync(Form, Answers("Anden fane."));

        conflict.AssertStatus(HttpStatusCode.OK);
        Assert.Contains("En anden har gemt samtalen", conflict.MainText, StringComparison.Ordinal);
        Assert.Equal("Anden fane.", conflict.FieldValue("Input.Comment", Form));
        await using var db = App.CreateSystemDbContext();
        Assert.Equal("Første fane.", (await db.CitizenInterviews.SingleAsync(i => i.SampleId == sample.SampleId)).Comment);
    }

    [Fact]
    public async Task The_contact_team_records_the_interview_and_another_care_worker_is_refused()
    {
        var inTeam = await App.SampledPlanAsync((await App.CitizenAsync(DemoUsers.Maagen, inContactTeam: DemoUsers.Mette)).Id);
        var notInTeam = await SampleAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        var page = (await mette.GetPageAsync(inTeam.InterviewUrl)).AssertStatus(HttpStatusCode.OK);
        var saved = await page.SubmitAsync(Form, Answers("Skrevet af kontaktpersonen."));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(inTeam.InterviewUrl, saved.RedirectPath());

        var before = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await mette.GetAsync(notInTeam.InterviewUrl)).StatusCode);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Denied, notInTeam.CitizenId), (row.Action, row.CitizenId));
    }
}
