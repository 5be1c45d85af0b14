using System.Net;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Dagbog;

/// <summary>Notes are never edited in place: a correction is a new version with a reason; a leader marks a note as written on the wrong citizen.</summary>
public sealed class CorrectNoteTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private async Task<(Guid Citizen, Guid SubGoal)> CitizenWithSubGoalAsync(int n)
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, n);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren cykler selv til skole");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren pumper selv cyklen", goal.Id);
        return (citizen.Id, subGoal.Id);
    }

    [Fact]
    public async Task The_author_corrects_a_note_as_a_new_version_and_the_first_version_stays_readable()
    {
        var (citizenId, subGoalId) = await CitizenWithSubGoalAsync(0);
        var metteId = await App.UserIdAsync(DemoUsers.Mette);
        var entryId = await App.AddDiaryNoteAsync(citizenId, subGoalId, score: 3, authorId: metteId, authorName: "Mette Kjær", text: "Pumpede cyklen med hjælp");
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = (await mette.GetPageAsync($"/borgere/{citizenId}/dagbog/{entryId}/ret")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("3", form.FieldValue("Input.Score", "form.app-diary-form"));
        Assert.Equal("Pumpede cyklen med hjælp", form.FieldValue("Input.Text", "form.app-diary-form"));

        var refused = await form.SubmitForPageAsync("form.app-diary-form", new Dictionary<string, string?> { ["Input.Text"] = "Pumpede selv cyklen" });
        refused.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Skriv, hvorfor notatet rettes.", refused.FieldError("Input.CorrectionReason"));
        Assert.Equal("Pumpede selv cyklen", refused.FieldValue("Input.Text", "form.app-diary-form"));

        var before = await App.LastAuditIdAsync();
        var response = await refused.SubmitAsync("form.app-diary-form", new Dictionary<string, string?>
        {
            ["Input.Score"] = "1", ["Input.CorrectionReason"] = "Forkert score: han klarede det næsten selv",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var note = await App.FindNoteAsync(entryId);
        Assert.Equal((2, 1, "Pumpede selv cyklen"), (note.CurrentVersion, note.ScoreValue!.Value, note.Text));
        var versions = note.Versions.OrderBy(v => v.Number).ToList();
        Assert.Equal(2, versions.Count);
        Assert.Equal(("Pumpede cyklen med hjælp", 3, (string?)null), (versions[0].Text, versions[0].ScoreValue!.Value, versions[0].CorrectionReason));
        Assert.Equal(("Pumpede selv cyklen", 1, "Forkert score: han klarede det næsten selv"), (versions[1].Text, versions[1].ScoreValue!.Value, versions[1].CorrectionReason));
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Update, "Dagbog: notat rettet"), (row.Action, row.Subject));

        // The author sees both versions; a colleague sees that it was corrected, not what was taken back.
        var own = await mette.GetPageAsync($"/borgere/{citizenId}/dagbog/{entryId}");
        Assert.Contains("Pumpede cyklen med hjælp", own.MainText, StringComparison.Ordinal);
        Assert.Contains("Forkert score", own.MainText, StringComparison.Ordinal);
        using var camilla = await fixture.SignInAsync("camilla@demo.retning.dk");
        var theirs = await camilla.GetPageAsync($"/borgere/{citizenId}/dagbog/{entryId}");
        Assert.Contains("Pumpede selv cyklen", theirs.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Pumpede cyklen med hjælp", theirs.MainText, StringComparison.Ordinal);
        Assert.Contains("Rettet (version 2)", theirs.MainText, StringComparison.Ordinal);
        Assert.Null(theirs.Document.QuerySelector($"a[href='/borgere/{citizenId}/dagbog/{entryId}/ret']"));
    }

    [Fact]
    public async Task Only_the_author_and_leaders_may_correct()
    {
        var (citizenId, subGoalId) = await CitizenWithSubGoalAsync(1);
        var entryId = await App.AddDiaryNoteAsync(citizenId, subGoalId);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await mette.GetAsync($"/borgere/{citizenId}/dagbog/{entryId}/ret")).StatusCode);
        Assert.Equal(AuditAction.Denied, Assert.Single(await App.AuditEntriesSinceAsync(before)).Action);

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var form = (await anne.GetPageAsync($"/borgere/{citizenId}/dagbog/{entryId}/ret")).AssertStatus(HttpStatusCode.OK);
        var unchanged = await form.SubmitForPageAsync("form.app-diary-form", new Dictionary<string, string?> { ["Input.CorrectionReason"] = "Tjek" });
        Assert.Contains("Rettelsen ændrer ikke noget i notatet.", unchanged.ErrorSummary);
        Assert.Equal(1, (await App.FindNoteAsync(entryId)).CurrentVersion);
    }

    [Fact]
    public async Task Two_corrections_at_once_give_the_second_a_conflict_with_the_newer_version_and_nothing_typed_is_lost()
    {
        var (citizenId, subGoalId) = await CitizenWithSubGoalAsync(2);
        var entryId = await App.AddDiaryNoteAsync(citizenId, subGoalId, text: "Første tekst");
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var anneForm = await anne.GetPageAsync($"/borgere/{citizenId}/dagbog/{entryId}/ret");
        var larsForm = await lars.GetPageAsync($"/borgere/{citizenId}/dagbog/{entryId}/ret");

        var first = await anneForm.SubmitAsync("form.app-diary-form", new Dictionary<string, string?>
        {
            ["Input.Text"] = "Annes tekst", ["Input.CorrectionReason"] = "Præcisering",
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await larsForm.SubmitForPageAsync("form.app-diary-form", new Dictionary<string, string?>
        {
            ["Input.Text"] = "Lars' tekst", ["Input.CorrectionReason"] = "Stavefejl",
        });

        second.AssertStatus(HttpStatusCode.OK);
        Assert.Contains(second.ErrorSummary, e => e.Contains("rettet af en anden", StringComparison.Ordinal));
        Assert.Equal("Lars' tekst", second.FieldValue("Input.Text", "form.app-diary-form"));
        Assert.Contains("Annes tekst", second.Document.QuerySelector("[aria-labelledby=newer-heading]")!.TextContent, StringComparison.Ordinal);
        var note = await App.FindNoteAsync(entryId);
        Assert.Equal((2, "Annes tekst"), (note.CurrentVersion, note.Text));

        // Saving again on purpose makes version 3.
        var again = await second.SubmitAsync("form.app-diary-form");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal((3, "Lars' tekst"), ((await App.FindNoteAsync(entryId)).CurrentVersion, (await App.FindNoteAsync(entryId)).Text));
    }

    [Fact]
    public async Task A_leader_marks_a_note_as_written_on_the_wrong_citizen_and_it_leaves_the_citizens_views_but_not_the_database()
    {
        var (citizenId, subGoalId) = await CitizenWithSubGoalAsync(3);
        var entryId = await App.AddDiaryNoteAsync(citizenId, subGoalId, text: "Notat om en anden beboer");
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var asCareWorker = await mette.GetPageAsync($"/borgere/{citizenId}/dagbog/{entryId}");
        Assert.Null(asCareWorker.Document.QuerySelector("form[action*='WrongCitizen']"));
        var token = await mette.TokenAsync();
        var denied = await mette.PostRawAsync($"/borgere/{citizenId}/dagbog/{entryId}?handler=WrongCitizen",
            [new("__RequestVerificationToken", token), new("WrongCitizenReason", "forsøg")]);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var page = await anne.GetPageAsync($"/borgere/{citizenId}/dagbog/{entryId}");
        const string form = "form[action*='WrongCitizen']";
        var refused = await page.SubmitForPageAsync(form);
        Assert.Equal("Skriv, hvorfor notatet er skrevet på en forkert borger.", refused.FieldError("WrongCitizenReason"));
        var before = await App.LastAuditIdAsync();
        var response = await refused.SubmitAsync(form, new Dictionary<string, string?> { ["WrongCitizenReason"] = "Skrevet på Emils side ved en fejl" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Update, "Dagbog: notat markeret som skrevet på forkert borger"), (row.Action, row.Subject));
        var note = await App.FindNoteAsync(entryId);
        Assert.Equal(("Anne Thomsen", "Skrevet på Emils side ved en fejl"), (note.WrongCitizenMarkedBy, note.WrongCitizenReason));
        Assert.DoesNotContain("Notat om en anden beboer", (await mette.GetPageAsync($"/borgere/{citizenId}/dagbog")).MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await mette.GetAsync($"/borgere/{citizenId}/dagbog/{entryId}")).StatusCode);
        Assert.Contains("Skrevet på en forkert borger", (await anne.GetPageAsync($"/borgere/{citizenId}/dagbog/{entryId}")).MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync($"/borgere/{citizenId}/dagbog/{entryId}/ret")).StatusCode);
    }
}
