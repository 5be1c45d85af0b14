using System.Net;
using Retning.Domain.Diary;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Dagbog;

/// <summary>
/// Where a note is started (docs/domain.md, "Diary notes and scores"): "Skriv notat" on the citizen overview, and "Registrér manglende
/// arbejde" on the sub-goal page, which opens the resident diary's form with the type and sub-goal chosen.
/// </summary>
public sealed class NoteEntryPointsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private async Task<(Guid Citizen, Guid SubGoal)> CitizenWithSubGoalAsync(int n)
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, n);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren cykler selv til fodbold");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren pumper sin cykel om søndagen", goal.Id, g => g.ScoringFrequency = Domain.Plans.ScoringFrequency.Weekly);
        return (citizen.Id, subGoal.Id);
    }

    [Fact]
    public async Task A_care_worker_writes_a_note_from_the_citizen_overview_and_comes_back_to_it()
    {
        var (citizenId, subGoalId) = await CitizenWithSubGoalAsync(0);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var overview = (await mette.GetPageAsync($"/borgere/{citizenId}")).AssertStatus(HttpStatusCode.OK);

        var link = overview.Document.QuerySelector("#skriv-notat")!.GetAttribute("href")!;
        Assert.Equal($"/borgere/{citizenId}/dagbog/ny?tilbage=%2Fborgere%2F{citizenId}", link);
        var form = (await mette.GetPageAsync(link)).AssertStatus(HttpStatusCode.OK);
        var response = await form.SubmitAsync("form.app-diary-form", new Dictionary<string, string?>
        {
            ["Input.SubGoalId"] = subGoalId.ToString(), ["Input.Score"] = "3", ["Input.Text"] = "Vi pumpede cyklen sammen; han holdt selv pumpen.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/borgere/{citizenId}", response.RedirectPath());
        var note = Assert.Single(await App.NotesOfAsync(citizenId));
        Assert.Equal((DiaryKind.SubGoal, subGoalId, 3), (note.Kind, note.SubGoalId!.Value, note.ScoreValue!.Value));
        var back = (await mette.GetPageAsync($"/borgere/{citizenId}")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Vi pumpede cyklen sammen", back.Document.QuerySelector(".app-latest-notes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quality_officer_who_only_reads_gets_no_Skriv_notat_on_the_overview()
    {
        var (citizenId, _) = await CitizenWithSubGoalAsync(1);
        using var quality = await fixture.SignInAsync(DemoUsers.Kvalitet);

        var overview = (await quality.GetPageAsync($"/borgere/{citizenId}")).AssertStatus(HttpStatusCode.OK);

        Assert.Null(overview.Document.QuerySelector("#skriv-notat"));
        Assert.Null(overview.Document.QuerySelector("a[href*='/dagbog/ny']"));
    }

    [Fact]
    public async Task Missing_work_is_registered_from_the_sub_goal_page_with_type_and_sub_goal_chosen()
    {
        var (citizenId, subGoalId) = await CitizenWithSubGoalAsync(2);
        var (context, _, missingWork) = await App.CategoriesAsync(citizenId);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var subGoalPage = (await mette.GetPageAsync($"/borgere/{citizenId}/delmaal/{subGoalId}")).AssertStatus(HttpStatusCode.OK);

        var form = (await mette.GetPageAsync(subGoalPage.Document.QuerySelector("#manglende-arbejde")!.GetAttribute("href")!)).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(missingWork.ToString(), form.FieldValue("Input.NoteTypeId", "form.app-diary-form"));
        Assert.Equal(subGoalId.ToString(), form.FieldValue("Input.SubGoalId", "form.app-diary-form"));
        // The help texts quote the type with real quotation marks, not a double-encoded "&quot;".
        var hints = string.Join(" ", form.Document.QuerySelectorAll(".app-missing-work .form-hint").Select(h => h.TextContent));
        Assert.Contains("Skal udfyldes ved \"Manglende arbejde med delmål\"", hints, StringComparison.Ordinal);
        Assert.Contains("Kun ved \"Manglende arbejde med delmål\".", hints, StringComparison.Ordinal);
        Assert.DoesNotContain("&quot;", hints, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;quot;", form.Html, StringComparison.Ordinal);

        var response = await form.SubmitAsync("form.app-diary-form", new Dictionary<string, string?>
        {
            ["Input.ContextId"] = context.ToString(), ["Input.MissingWorkReason"] = nameof(MissingWorkReason.Staffing),
            ["Input.Text"] = "Ingen tid til cyklen i dag; to kolleger syge.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/borgere/{citizenId}/delmaal/{subGoalId}", response.RedirectPath()); // back where the worker looked
        var note = Assert.Single(await App.NotesOfAsync(citizenId));
        Assert.Equal((DiaryKind.Resident, subGoalId, MissingWorkReason.Staffing, missingWork), (note.Kind, note.SubGoalId!.Value, note.MissingWorkReason!.Value, note.NoteTypeId!.Value));
        var after = (await mette.GetPageAsync($"/borgere/{citizenId}/delmaal/{subGoalId}")).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Manglende arbejde med delmål: " + MissingWorkReason.Staffing.Danish(), after.Document.QuerySelector(".app-figures-notes")!.TextContent, StringComparison.Ordinal);
    }
}
