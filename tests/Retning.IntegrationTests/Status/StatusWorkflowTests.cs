using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Status;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Status;

/// <summary>
/// A status from draft to approval: created from the plan for a period, edited (only the chosen
/// sections and goals go in), commented by a colleague, approved by the department head alone,
/// frozen as a revision; a later change is a new revision with a reason.
/// </summary>
public sealed class StatusWorkflowTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private static string StepForm(StatusStep step) => $"main form[action*='step={step}']";

    private async Task<(Domain.Citizens.Citizen Citizen, Guid StatusId, (Guid Goal, Guid SubGoal, Guid OtherGoal) Goals)> DraftAsync(BrowserlessClient mette, int n)
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, n, inContactTeam: DemoUsers.Mette);
        var goals = await App.AddStatusWorthyPlanAsync(citizen.Id, $"At barnet {n} spiser med ved bordet", $"At barnet {n} sidder ved bordet i ti minutter", $"At barnet {n} går til svømning");
        var created = await mette.PostFormAsync($"/borgere/{citizen.Id}/status/ny");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var statusId = Guid.Parse(created.RedirectPath()!.Split('/')[4]);
        return (citizen, statusId, goals);
    }

    [Fact]
    public async Task A_new_status_covers_the_time_since_the_last_one_in_the_childs_layout_prefilled_from_the_plan()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();
        var (citizen, statusId, goals) = await DraftAsync(mette, 0);

        var report = await App.FindStatusAsync(statusId);
        Assert.Equal((StatusState.Draft, StatusLayout.Ics, 1), (report.State, report.Layout, report.RevisionNumber));
        var halfYearBack = App.Today.AddMonths(-6);
        Assert.Equal((citizen.EnrolledOn > halfYearBack ? citizen.EnrolledOn : halfYearBack, App.Today), (report.PeriodFrom, report.PeriodTo));
        Assert.Equal(StatusSections.All.Count, report.Sections.Count);
        Assert.Contains(report.Sections, s => s.Key == StatusSectionKey.Interventions || s.Key == StatusSectionKey.Results);
        Assert.Equal(new[] { goals.Goal, goals.SubGoal, goals.OtherGoal }.Order(), report.Goals.Select(g => g.GoalId).Order());
        var results = report.Sections.Single(s => s.Key == StatusSectionKey.Results).SinceText;
        Assert.Contains("sidder ved bordet i ti minutter", results, StringComparison.Ordinal); // the sub-goal's trend
        var audit = (await App.AuditEntriesSinceAsync(before)).Where(a => a.Action == AuditAction.Create).ToList();
        Assert.Equal((citizen.Id, "Status: oprettet"), (Assert.Single(audit).CitizenId, audit[0].Subject));

        // The next status starts the day after this one's period.
        await using (var db = App.CreateSystemDbContext())
        {
            var tracked = await db.StatusReports.SingleAsync(r => r.Id == statusId);
            tracked.PeriodTo = App.Today.AddDays(-10);
            await db.SaveChangesAsync();
        }

        var next = await mette.GetPageAsync($"/borgere/{citizen.Id}/status/ny");
        Assert.Equal(App.Today.AddDays(-9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), next.Document.QuerySelector("#Input_PeriodFrom")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Only_the_chosen_sections_and_goals_reach_the_document()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var (citizen, statusId, goals) = await DraftAsync(mette, 1);
        var edit = await mette.GetPageAsync($"/borgere/{citizen.Id}/status/{statusId}/rediger");
        var fields = edit.FormFields();
        fields.RemoveAll(f => f.Key == "Input.GoalIds" && f.Value == goals.OtherGoal.ToString());
        var approachesIndex = StatusSections.All.ToList().IndexOf(StatusSectionKey.Approaches);
        fields.RemoveAll(f => f.Key == $"Input.Sections[{approachesIndex}].Included" && f.Value == "true");
        fields.RemoveAll(f => f.Key == $"Input.Sections[{approachesIndex}].Since");
        fields.Add(new($"Input.Sections[{approachesIndex}].Since", "Metode der ikke skal med"));
        var resourcesIndex = StatusSections.All.ToList().IndexOf(StatusSectionKey.Resources);
        fields.RemoveAll(f => f.Key == $"Input.Sections[{resourcesIndex}].Since");
        fields.Add(new($"Input.Sections[{resourcesIndex}].Since", "Barnet er glad for skolen og har fået en ven."));
        var saved = await mette.PostRawAsync($"/borgere/{citizen.Id}/status/{statusId}/rediger", fields);
        Assert.Equal($"/borgere/{citizen.Id}/status/{statusId}", saved.RedirectPath());

        var page = (await mette.GetPageAsync($"/borgere/{citizen.Id}/status/{statusId}")).AssertStatus(HttpStatusCode.OK);
        var preview = page.Document.QuerySelector(".app-status-preview")!.TextContent;
        Assert.Contains("Barnet er glad for skolen og har fået en ven.", preview, StringComparison.Ordinal);
        Assert.Contains("sidder ved bordet i ti minutter", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("går til svømning", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Metode der ikke skal med", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_colleagues_save_in_between_keeps_the_typed_text_and_says_so()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var (citizen, statusId, _) = await DraftAsync(mette, 2);
        var url = $"/borgere/{citizen.Id}/status/{statusId}/rediger";
        var metteForm = await mette.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await anne.PostFormAsync(url)).StatusCode);

        var answer = await mette.ReadPageAsync(url, await metteForm.SubmitAsync(BrowserlessClient.MainForm,
            new Dictionary<string, string?> { ["Input.Sections[0].Since"] = "Mettes nye tekst om ressourcer" }));
        answer.AssertStatus(HttpStatusCode.OK);
        Assert.Contains("En kollega har gemt statussen", answer.Html, StringComparison.Ordinal);
        Assert.Equal("Mettes nye tekst om ressourcer", answer.Document.QuerySelector("#Input_Sections_0__Since")!.TextContent.Trim());
        Assert.DoesNotContain(await App.FindStatusAsync(statusId) is var r ? r.Sections.Select(s => s.SinceText) : [], t => t == "Mettes nye tekst om ressourcer");
    }

    [Fact]
    public async Task Only_the_department_head_approves_and_approval_freezes_the_content()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var (citizen, statusId, goals) = await DraftAsync(mette, 3);
        var url = $"/borgere/{citizen.Id}/status/{statusId}";

        Assert.Equal(HttpStatusCode.Redirect, (await mette.PostFormAsync(url, StepForm(StatusStep.SubmitForApproval))).StatusCode);
        Assert.Equal(StatusState.AwaitingApproval, (await App.FindStatusAsync(statusId)).State);
        Assert.Null((await mette.GetPageAsync(url)).Document.QuerySelector(StepForm(StatusStep.Approve)));

        // The care worker and the offer head are refused (403, audited); nothing changes.
        foreach (var (client, email) in new[] { (mette, DemoUsers.Mette), (lars, DemoUsers.Lars) })
        {
            var before = await App.LastAuditIdAsync();
            var version = (await App.FindStatusAsync(statusId)).Version;
            var refused = await client.PostRawAsync($"{url}?handler=Step&step=Approve",
                [new("__RequestVerificationToken", await client.TokenAsync()), new("Version", version.ToString(CultureInfo.InvariantCulture))]);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains(await App.AuditEntriesSinceAsync(before), a => a.Action == AuditAction.Denied && a.CitizenId == citizen.Id);
            Assert.Equal(StatusState.AwaitingApproval, (await App.FindStatusAsync(statusId)).State);
            _ = email;
        }

        // Sending back needs a reason.
        var noReason = await anne.ReadPageAsync(url, await (await anne.GetPageAsync(url)).SubmitAsync(StepForm(StatusStep.SendBack)));
        Assert.Contains("Skriv en begrundelse.", noReason.Html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await anne.PostFormAsync(url, StepForm(StatusStep.Approve))).StatusCode);
        var approved = await App.FindStatusAsync(statusId);
        Assert.Equal(StatusState.Approved, approved.State);
        await using (var db = App.CreateSystemDbContext())
        {
            var revision = await db.StatusRevisions.SingleAsync(v => v.StatusReportId == statusId);
            Assert.Equal((1, "Anne Thomsen"), (revision.Number, revision.ApprovedByName));

            // The plan changes afterwards; the approved status does not.
            var goal = await db.Goals.SingleAsync(g => g.Id == goals.SubGoal);
            goal.Text = "Ændret efter godkendelsen";
            await db.SaveChangesAsync();
        }

        var page = await mette.GetPageAsync(url);
        var preview = page.Document.QuerySelector(".app-status-preview")!.TextContent;
        Assert.Contains("sidder ved bordet i ti minutter", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Ændret efter godkendelsen", preview, StringComparison.Ordinal);
        Assert.Contains("Godkendt", page.Document.QuerySelector("#status-tilstand")!.TextContent, StringComparison.Ordinal);

        // Approved means frozen: the edit page sends her back to the status.
        Assert.Equal(url, (await mette.GetAsync($"{url}/rediger")).RedirectPath());
    }

    [Fact]
    public async Task A_change_after_approval_is_a_new_revision_with_a_reason_and_the_approved_one_stays_readable()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var (citizen, statusId, _) = await DraftAsync(mette, 4);
        var url = $"/borgere/{citizen.Id}/status/{statusId}";
        await mette.PostFormAsync(url, StepForm(StatusStep.SubmitForApproval));
        await anne.PostFormAsync(url, StepForm(StatusStep.Approve));

        var noReason = await mette.ReadPageAsync(url, await (await mette.GetPageAsync(url)).SubmitAsync(StepForm(StatusStep.NewRevision)));
        Assert.Contains("Skriv en begrundelse.", noReason.Html, StringComparison.Ordinal);
        Assert.Equal(1, (await App.FindStatusAsync(statusId)).RevisionNumber);

        await mette.PostFormAsync(url, StepForm(StatusStep.NewRevision), new Dictionary<string, string?> { ["Reason"] = "Kommunen bad om mere om skolen" });
        var report = await App.FindStatusAsync(statusId);
        Assert.Equal((StatusState.Draft, 2, "Kommunen bad om mere om skolen"), (report.State, report.RevisionNumber, report.RevisionReason));
        Assert.Equal(HttpStatusCode.OK, (await mette.GetAsync($"{url}/rediger")).StatusCode);
        var first = await mette.GetPageAsync($"{url}?udgave=1");
        Assert.Contains("Godkendt version 1", first.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await mette.GetAsync($"{url}?udgave=7")).StatusCode);
    }

    [Fact]
    public async Task Colleagues_comment_while_it_is_written_and_the_quality_officer_reads_only()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var camilla = await fixture.SignInAsync(DemoUsers.Camilla);
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var (citizen, statusId, _) = await DraftAsync(mette, 5);
        var url = $"/borgere/{citizen.Id}/status/{statusId}";
        await mette.PostFormAsync(url, StepForm(StatusStep.AskForFeedback));

        var empty = await camilla.ReadPageAsync(url, await (await camilla.GetPageAsync(url)).SubmitAsync("main form[action*='handler=Comment']"));
        Assert.Contains("Skriv din kommentar.", empty.Html, StringComparison.Ordinal);
        var saved = await camilla.PostFormAsync(url, "main form[action*='handler=Comment']",
            new Dictionary<string, string?> { ["CommentText"] = "Skriv gerne mere om samarbejdet med skolen.", ["CommentSection"] = nameof(StatusSectionKey.Resources) });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await mette.GetPageAsync(url);
        Assert.Contains("Skriv gerne mere om samarbejdet med skolen.", page.Document.QuerySelector("#kommentarer")!.TextContent, StringComparison.Ordinal);

        var quality = (await kvalitet.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        Assert.Null(quality.Document.QuerySelector("main form[action*='handler=Comment']"));
        var refused = await kvalitet.PostRawAsync($"{url}?handler=Comment", [new("__RequestVerificationToken", await kvalitet.TokenAsync()), new("CommentText", "x")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kvalitet.GetAsync($"{url}/rediger")).StatusCode);
    }

    [Fact]
    public async Task An_adult_gets_the_VUM_layout_and_another_department_sees_nothing()
    {
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 6);
        await using (var db = App.CreateSystemDbContext())
        {
            var tracked = await db.Citizens.SingleAsync(c => c.Id == citizen.Id);
            tracked.BirthDate = App.Today.AddYears(-19);
            await db.SaveChangesAsync();
        }

        await App.EnsurePlanAsync(citizen.Id);
        var created = await anne.PostFormAsync($"/borgere/{citizen.Id}/status/ny");
        var statusId = Guid.Parse(created.RedirectPath()!.Split('/')[4]);
        Assert.Equal(StatusLayout.Vum, (await App.FindStatusAsync(statusId)).Layout);
        Assert.Contains("borgerens", (await anne.GetPageAsync($"/borgere/{citizen.Id}/status/{statusId}/rediger")).Html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await jonas.GetAsync($"/borgere/{citizen.Id}/status/{statusId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jonas.GetAsync($"/borgere/{citizen.Id}/status")).StatusCode);
    }
}
