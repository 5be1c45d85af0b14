using System.Net;
using Retning.Domain.Common;
using Retning.Domain.Status;
using Retning.IntegrationTests.Perioder;
using Retning.IntegrationTests.Status;
using Retning.IntegrationTests.Statusmoeder;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Opgaver;

/// <summary>
/// Approvals find the approver (docs/domain.md, "Tasks and deadlines"): a status or minutes sent for approval is the department
/// head's task — in her task lists and on her start page, with the day it was sent — until she
/// approves or sends it back; a status sent for sparring is the department's colleagues' task until it moves on.
/// </summary>
public sealed class ApprovalTaskTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private static string StepForm(StatusStep step) => $"main form[action*='step={step}']";

    private static List<string> Rows(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("#opgaver tbody tr").Select(r => System.Text.RegularExpressions.Regex.Replace(r.TextContent, @"\s+", " ").Trim())];

    [Fact]
    public async Task A_status_sent_for_approval_is_on_the_department_heads_list_and_start_page_until_she_approves_it()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen, DemoUsers.Mette);
        var statusId = await App.AddDraftStatusAsync(citizen.Id);
        var url = $"/borgere/{citizen.Id}/status/{statusId}";
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        Assert.Equal(HttpStatusCode.Redirect, (await mette.PostFormAsync(url, StepForm(StatusStep.SubmitForApproval))).StatusCode);
        var sent = $"(sendt {App.Today:dd-MM-yyyy})";

        var row = Assert.Single(Rows(await anne.GetPageAsync("/opgaver?type=StatusApproval")), r => r.Contains(citizen.FullName, StringComparison.Ordinal));
        Assert.Contains("Status til godkendelse", row, StringComparison.Ordinal);
        Assert.Contains(sent, row, StringComparison.Ordinal);
        Assert.Contains(App.Today.AddDays(7).ToDanishDate(), row, StringComparison.Ordinal); // a week to answer
        Assert.DoesNotContain(Rows(await mette.GetPageAsync("/opgaver?type=StatusApproval")), r => r.Contains(citizen.FullName, StringComparison.Ordinal));
        var home = await anne.GetPageAsync("/");
        var waiting = home.Document.QuerySelectorAll("#til-godkendelse a").Single(a => a.TextContent.Contains(citizen.FullName, StringComparison.Ordinal));
        Assert.Equal(url, waiting.GetAttribute("href"));
        Assert.Contains(sent, waiting.TextContent, StringComparison.Ordinal);

        // She reads first: the approval comes after the status text on the page.
        var status = await anne.GetPageAsync(url);
        var html = status.Html;
        Assert.True(html.IndexOf("app-status-preview", StringComparison.Ordinal) < html.IndexOf("step=Approve", StringComparison.Ordinal),
            "The approve button must follow the status text.");
        Assert.True(html.IndexOf("app-status-preview", StringComparison.Ordinal) < html.IndexOf("step=SendBack", StringComparison.Ordinal),
            "The send-back form must follow the status text.");

        Assert.Equal(HttpStatusCode.Redirect, (await anne.PostFormAsync(url, StepForm(StatusStep.Approve))).StatusCode);
        Assert.DoesNotContain(Rows(await anne.GetPageAsync("/opgaver?type=StatusApproval")), r => r.Contains(citizen.FullName, StringComparison.Ordinal));
        Assert.Null((await anne.GetPageAsync("/")).Document.QuerySelectorAll("#til-godkendelse a").FirstOrDefault(a => a.TextContent.Contains(citizen.FullName, StringComparison.Ordinal)));
        var done = Assert.Single(Rows(await anne.GetPageAsync("/opgaver?vis=udfoerte&type=StatusApproval")), r => r.Contains(citizen.FullName, StringComparison.Ordinal));
        Assert.Contains("Se dokumentation", done, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_sent_back_closes_the_approval_and_a_new_submission_opens_another()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen, DemoUsers.Mette);
        var statusId = await App.AddDraftStatusAsync(citizen.Id);
        var url = $"/borgere/{citizen.Id}/status/{statusId}";
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        await mette.PostFormAsync(url, StepForm(StatusStep.SubmitForApproval));
        Assert.Equal(HttpStatusCode.Redirect, (await anne.PostFormAsync(url, StepForm(StatusStep.SendBack), new Dictionary<string, string?> { ["Reason"] = "Skriv mere om skolen" })).StatusCode);

        Assert.DoesNotContain(Rows(await anne.GetPageAsync("/opgaver?type=StatusApproval")), r => r.Contains(citizen.FullName, StringComparison.Ordinal));
        Assert.Single(Rows(await anne.GetPageAsync("/opgaver?vis=udfoerte&type=StatusApproval")), r => r.Contains(citizen.FullName, StringComparison.Ordinal));

        await mette.PostFormAsync(url, StepForm(StatusStep.SubmitForApproval));
        Assert.Single(Rows(await anne.GetPageAsync("/opgaver?type=StatusApproval")), r => r.Contains(citizen.FullName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_status_out_for_sparring_is_the_colleagues_task_until_it_goes_for_approval()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen, DemoUsers.Mette);
        var statusId = await App.AddDraftStatusAsync(citizen.Id);
        var url = $"/borgere/{citizen.Id}/status/{statusId}";
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var rasmus = await fixture.SignInAsync(DemoUsers.Rasmus);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        await mette.PostFormAsync(url, StepForm(StatusStep.AskForFeedback));

        var row = Assert.Single(Rows(await rasmus.GetPageAsync("/opgaver?type=StatusSparring")), r => r.Contains(citizen.FullName, StringComparison.Ordinal));
        Assert.Contains("Kolleger i afdelingen", row, StringComparison.Ordinal);
        Assert.Contains($"/borgere/{citizen.Id}/status/{statusId}", (await rasmus.GetPageAsync("/")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain(Rows(await mette.GetPageAsync("/opgaver?type=StatusSparring")), r => r.Contains(citizen.FullName, StringComparison.Ordinal)); // she asked
        Assert.DoesNotContain(Rows(await jonas.GetPageAsync("/opgaver?type=StatusSparring")), r => r.Contains(citizen.FullName, StringComparison.Ordinal)); // another department

        await mette.PostFormAsync(url, StepForm(StatusStep.SubmitForApproval));
        Assert.DoesNotContain(Rows(await rasmus.GetPageAsync("/opgaver?type=StatusSparring")), r => r.Contains(citizen.FullName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Minutes_awaiting_approval_are_the_department_heads_task_and_lead_to_the_minutes()
    {
        var citizen = await App.NewCitizenAsync(DemoUsers.Maagen, DemoUsers.Mette);
        var meetingId = await App.AddMeetingAsync(citizen.Id, App.Today.AddDays(-2), m =>
        {
            m.MinutesState = MinutesState.AwaitingApproval;
            m.MinutesAttendance = "Alle";
            m.MinutesDiscussion = "Drøftet";
            m.MinutesAgreements = "Aftalt";
            m.MinutesNextSteps = "Næste møde";
        });
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        var page = await anne.GetPageAsync("/opgaver?type=MinutesApproval");
        var row = Assert.Single(Rows(page), r => r.Contains(citizen.FullName, StringComparison.Ordinal));
        Assert.Contains("Referat til godkendelse", row, StringComparison.Ordinal);
        Assert.Contains(App.Today.AddDays(5).ToDanishDate(), row, StringComparison.Ordinal); // the minutes' own 7-day deadline comes first
        Assert.NotNull(page.Document.QuerySelector($"#opgaver a[href='/borgere/{citizen.Id}/statusmoeder/{meetingId}/referat']"));
        Assert.DoesNotContain(Rows(await mette.GetPageAsync("/opgaver?type=MinutesApproval")), r => r.Contains(citizen.FullName, StringComparison.Ordinal));

        var minutes = await anne.GetPageAsync($"/borgere/{citizen.Id}/statusmoeder/{meetingId}/referat");
        Assert.True(minutes.Html.IndexOf("referat-tekst", StringComparison.Ordinal) < minutes.Html.IndexOf("handler=Approve", StringComparison.Ordinal),
            "The minutes' approval follows their text.");
        Assert.Equal(HttpStatusCode.Redirect, (await anne.PostFormAsync($"/borgere/{citizen.Id}/statusmoeder/{meetingId}/referat", "main form[action*='handler=Approve']")).StatusCode);
        Assert.DoesNotContain(Rows(await anne.GetPageAsync("/opgaver?type=MinutesApproval")), r => r.Contains(citizen.FullName, StringComparison.Ordinal));
    }
}
