using System.Net;
using Retning.Domain.Audit;
using Retning.Domain.Diary;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Dagbog;

/// <summary>/borgere/{id}/dagbog/ny: both diaries through the real form, from the citizen list in two steps.</summary>
public sealed class WriteNoteTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private async Task<(Guid Citizen, Guid SubGoal)> CitizenWithSubGoalAsync(int n)
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, n);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren smører sin madpakke tre dage om ugen");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren finder pålægget frem om morgenen", goal.Id, g => g.ScoringFrequency = Domain.Plans.ScoringFrequency.Daily);
        return (citizen.Id, subGoal.Id);
    }

    [Fact]
    public async Task A_care_worker_writes_a_scored_sub_goal_note_from_the_citizen_list_in_two_steps()
    {
        var (citizenId, subGoalId) = await CitizenWithSubGoalAsync(0);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var list = (await mette.GetPageAsync("/borgere?side=1")).AssertStatus(HttpStatusCode.OK);

        // Step 1: the row's link. Step 2: the one form.
        var link = list.Document.QuerySelectorAll("a.app-quick-note").Select(a => a.GetAttribute("href")!)
            .Single(h => h.StartsWith($"/borgere/{citizenId}/dagbog/ny", StringComparison.Ordinal));
        var form = (await mette.GetPageAsync(link)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal("2026-03-02", form.FieldValue("Input.ObservedDate"));
        Assert.Equal("09:00", form.FieldValue("Input.ObservedTime")); // 08:00 UTC is 09:00 in Denmark in winter
        Assert.Equal(subGoalId.ToString(), form.FieldValue("Input.SubGoalId")); // the only active sub-goal is chosen
        Assert.Equal(6, form.Document.QuerySelectorAll("input[name='Input.Score']").Length); // 5 FFB levels + "Ikke vurderet"
        var before = await App.LastAuditIdAsync();

        var response = await form.SubmitAsync("form.app-diary-form", new Dictionary<string, string?>
        {
            ["Input.Score"] = "2",
            ["Input.Text"] = "Vi fandt pålægget frem sammen; hun tog selv osten.",
            ["Input.Effect"] = "Roligere morgen",
            ["Input.CitizenExperience"] = "\"Det var nemt i dag\"",
            ["Input.ObservedTime"] = "07:45",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/borgere?side=1", response.RedirectPathAndQuery()); // back to the list for the next citizen
        var note = Assert.Single(await App.NotesOfAsync(citizenId));
        Assert.Equal((DiaryKind.SubGoal, subGoalId, 2, 1), (note.Kind, note.SubGoalId!.Value, note.ScoreValue!.Value, note.CurrentVersion));
        Assert.NotNull(note.ScaleVersionId);
        Assert.Equal(new DateTime(2026, 3, 2, 6, 45, 0, DateTimeKind.Utc), note.ObservedAtUtc);
        Assert.Equal(new DateOnly(2026, 3, 2), note.ObservedOn);
        Assert.Equal("Mette Kjær", note.AuthorName);
        var version = Assert.Single(note.Versions);
        Assert.Equal(("Vi fandt pålægget frem sammen; hun tog selv osten.", 2, (string?)null), (version.Text, version.ScoreValue!.Value, version.CorrectionReason));
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Create, citizenId, "Dagbog: delmålsnotat skrevet"), (row.Action, row.CitizenId, row.Subject));
        Assert.DoesNotContain("pålægget", row.Detail ?? string.Empty, StringComparison.Ordinal); // no note text in the log

        // The list shows the success message and tells the browser to forget the draft.
        var after = (await mette.GetPageAsync("/borgere?side=1")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("er gemt", after.Document.QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"retning-kladde:{citizenId}:SubGoal", after.Document.QuerySelector("[data-clear-draft]")!.GetAttribute("data-clear-draft"));
    }

    [Fact]
    public async Task Bad_input_gets_Danish_messages_at_the_fields_and_keeps_what_was_typed()
    {
        var (citizenId, _) = await CitizenWithSubGoalAsync(1);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = (await mette.GetPageAsync($"/borgere/{citizenId}/dagbog/ny")).AssertStatus(HttpStatusCode.OK);

        var page = await form.SubmitForPageAsync("form.app-diary-form", new Dictionary<string, string?>
        {
            ["Input.Score"] = null,
            ["Input.Text"] = "",
            ["Input.Effect"] = "Hun smilede bagefter – det må ikke gå tabt",
            ["Input.ObservedTime"] = "23:59", // later today: the future
        });

        page.AssertStatus(HttpStatusCode.OK);
        Assert.StartsWith("Vælg borgerens støttebehov", page.FieldError("Input.Score"), StringComparison.Ordinal);
        Assert.Equal("Skriv, hvad der blev gjort.", page.FieldError("Input.Text"));
        Assert.Equal("Tidspunktet ligger i fremtiden. Skriv, hvornår det skete.", page.FieldError("Input.ObservedDate"));
        Assert.Equal("Hun smilede bagefter – det må ikke gå tabt", page.FieldValue("Input.Effect", "form.app-diary-form"));
        Assert.Equal("23:59", page.FieldValue("Input.ObservedTime", "form.app-diary-form"));
        Assert.Equal(3, page.ErrorSummary.Count);
        Assert.Equal("false", page.Form("form.app-diary-form").GetAttribute("data-draft-restore")); // the server's values win after an error
        Assert.Empty(await App.NotesOfAsync(citizenId));
    }

    [Fact]
    public async Task Not_scored_is_an_explicit_choice_and_stores_no_score()
    {
        var (citizenId, _) = await CitizenWithSubGoalAsync(2);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = await mette.GetPageAsync($"/borgere/{citizenId}/dagbog/ny");

        var response = await form.SubmitAsync("form.app-diary-form", new Dictionary<string, string?>
        {
            ["Input.Score"] = Retning.Web.Pages.Borgere.Dagbog.DiaryNoteInput.NotScored, ["Input.Text"] = "Kort morgen, ingen tid til øvelsen",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var note = Assert.Single(await App.NotesOfAsync(citizenId));
        Assert.Null(note.ScoreValue);
        Assert.Null(note.ScaleVersionId);
    }

    [Fact]
    public async Task Missing_work_on_a_sub_goal_needs_the_sub_goal_and_a_reason()
    {
        var (citizenId, subGoalId) = await CitizenWithSubGoalAsync(3);
        var (context, _, missingWork) = await App.CategoriesAsync(citizenId);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = (await mette.GetPageAsync($"/borgere/{citizenId}/dagbog/ny?slags=beboer")).AssertStatus(HttpStatusCode.OK);

        var refused = await form.SubmitForPageAsync("form.app-diary-form", new Dictionary<string, string?>
        {
            ["Input.ContextId"] = context.ToString(), ["Input.NoteTypeId"] = missingWork.ToString(), ["Input.Text"] = "Ingen morgenøvelse i dag",
        });
        refused.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Vælg det delmål, arbejdet ikke blev gjort med.", refused.FieldError("Input.SubGoalId"));
        Assert.Equal("Vælg årsagen til, at arbejdet med delmålet ikke blev gjort.", refused.FieldError("Input.MissingWorkReason"));
        Assert.Equal("Ingen morgenøvelse i dag", refused.FieldValue("Input.Text", "form.app-diary-form"));

        var response = await refused.SubmitAsync("form.app-diary-form", new Dictionary<string, string?>
        {
            ["Input.SubGoalId"] = subGoalId.ToString(), ["Input.MissingWorkReason"] = nameof(MissingWorkReason.Staffing),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var note = Assert.Single(await App.NotesOfAsync(citizenId));
        Assert.Equal((DiaryKind.Resident, subGoalId, MissingWorkReason.Staffing, missingWork), (note.Kind, note.SubGoalId!.Value, note.MissingWorkReason!.Value, note.NoteTypeId!.Value));
        Assert.NotNull(note.ThemeKeys); // the sub-goal's theme, so a theme filter finds it
    }

    [Fact]
    public async Task A_resident_note_keeps_its_themes_and_internal_flag()
    {
        var (citizenId, _) = await CitizenWithSubGoalAsync(4);
        var (context, type, _) = await App.CategoriesAsync(citizenId);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var form = await anne.GetPageAsync($"/borgere/{citizenId}/dagbog/ny?slags=beboer");
        var themes = form.Document.QuerySelectorAll("input[name='Input.ThemeKeys']").Select(i => i.GetAttribute("value")!).Take(2).ToList();

        var fields = form.FormFields("form.app-diary-form").Where(f => f.Key is not ("Input.ThemeKeys" or "Input.IsInternal")).ToList();
        fields.RemoveAll(f => f.Key is "Input.ContextId" or "Input.NoteTypeId" or "Input.Text");
        fields.AddRange([new("Input.ContextId", context.ToString()), new("Input.NoteTypeId", type.ToString()), new("Input.Text", "Ringede til mor om weekenden"),
            new("Input.ThemeKeys", themes[0]), new("Input.ThemeKeys", themes[1]), new("Input.IsInternal", "true"), new("Input.IsInternal", "false")]);
        var response = await anne.PostRawAsync(form.Form("form.app-diary-form").GetAttribute("action")!, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/borgere/{citizenId}/dagbog", response.RedirectPath());
        var note = Assert.Single(await App.NotesOfAsync(citizenId));
        Assert.Equal($"|{themes[0]}|{themes[1]}|", note.ThemeKeys);
        Assert.True(note.IsInternal);
        var timeline = await anne.GetPageAsync($"/borgere/{citizenId}/dagbog");
        Assert.Contains("Internt notat", timeline.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quality_officer_reads_the_diary_but_may_not_write_and_the_denial_is_audited()
    {
        var (citizenId, _) = await CitizenWithSubGoalAsync(5);
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        (await kvalitet.GetPageAsync($"/borgere/{citizenId}/dagbog")).AssertStatus(HttpStatusCode.OK);
        var token = await kvalitet.TokenAsync();
        var before = await App.LastAuditIdAsync();

        var response = await kvalitet.PostRawAsync($"/borgere/{citizenId}/dagbog/ny",
            [new("__RequestVerificationToken", token), new("Input.Text", "forsøg"), new("Input.Score", "ikke")]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal(AuditAction.Denied, row.Action);
        Assert.Empty(await App.NotesOfAsync(citizenId));
    }

    [Fact]
    public async Task Another_departments_care_worker_gets_404_and_cannot_write()
    {
        var (citizenId, _) = await CitizenWithSubGoalAsync(6);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        Assert.Equal(HttpStatusCode.NotFound, (await jonas.GetAsync($"/borgere/{citizenId}/dagbog/ny")).StatusCode);
        var token = await jonas.TokenAsync();
        var response = await jonas.PostRawAsync($"/borgere/{citizenId}/dagbog/ny", [new("__RequestVerificationToken", token), new("Input.Text", "x")]);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await App.NotesOfAsync(citizenId));
    }

    [Fact]
    public async Task A_note_posted_on_another_citizens_sub_goal_or_on_a_goal_is_refused_at_the_field_and_nothing_is_written()
    {
        var (citizenId, subGoalId) = await CitizenWithSubGoalAsync(7);
        var (_, otherCitizensSubGoal) = await CitizenWithSubGoalAsync(8);
        var goalId = (await App.AddGoalAsync(citizenId, "At borgeren cykler til skole")).Id; // a goal, not a sub-goal
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var form = (await mette.GetPageAsync($"/borgere/{citizenId}/dagbog/ny?delmaal={subGoalId}")).AssertStatus(HttpStatusCode.OK);

        foreach (var posted in new[] { otherCitizensSubGoal, goalId })
        {
            var refused = await form.SubmitForPageAsync("form.app-diary-form", new Dictionary<string, string?>
            {
                ["Input.SubGoalId"] = posted.ToString(), ["Input.Score"] = "2", ["Input.Text"] = "Vi øvede sammen.",
            });

            refused.AssertStatus(HttpStatusCode.OK);
            Assert.Equal("Vælg et af borgerens delmål fra listen.", refused.FieldError("Input.SubGoalId"));
            Assert.Equal("Vi øvede sammen.", refused.FieldValue("Input.Text")); // nothing typed is lost
        }

        Assert.Empty(await App.NotesOfAsync(citizenId));
    }
}
