using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using Retning.Domain.Citizens;
using Retning.Domain.Status;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// The work finds the person (docs/domain.md, "Tasks and deadlines"): the department head finds the status waiting for her
/// approval on her start page and approves it after reading it; a care worker on a tablet writes a
/// note straight from the start page; the task lists fit a 768 px tablet.
/// </summary>
public sealed class TaskWorkflowTests(BrowserFixture fixture)
{
    private const string Mette = "mette@demo.retning.dk";
    private const string Anne = "anne@demo.retning.dk";
    private const string Lars = "lars@demo.retning.dk";

    private static readonly Dictionary<string, string> Names = new() { [Mette] = "Mette Kjær", [Anne] = "Anne Thomsen", [Lars] = "Lars Bach" };

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(768, 1024)]
    public async Task The_department_head_finds_the_status_on_her_start_page_and_approves_it_after_reading(int width, int height)
    {
        var (citizen, statusId) = await StatusAwaitingApprovalAsync($"godkendelse {width}");
        await using var session = await fixture.NewSessionAsync(width, height);
        var page = session.Page;
        await new LoginPage(session).SignInAsync(Anne, "Anne Thomsen");

        var waiting = page.Locator("#til-godkendelse a", new() { HasText = citizen.FullName });
        await Expect(waiting).ToContainTextAsync("Status til godkendelse");
        await Expect(waiting).ToContainTextAsync($"(sendt {fixture.App.Today:dd-MM-yyyy})");
        await waiting.ClickAsync();

        await Expect(page.Locator("#status-tilstand")).ToHaveTextAsync("Til godkendelse");
        await session.CheckPageAsync("status-til-godkendelse");
        var approve = page.GetByRole(AriaRole.Button, new() { Name = "Godkend", Exact = true });
        var text = await page.Locator(".app-status-preview").BoundingBoxAsync();
        var button = await approve.BoundingBoxAsync();
        Assert.True(button!.Y > text!.Y + text.Height, $"The approve button (y={button.Y}) must come after the status text (ends at y={text.Y + text.Height}).");
        await ExpectNoHorizontalOverflowAsync(page, "status til godkendelse");

        await approve.ClickAsync();
        await Expect(page.Locator("#status-tilstand")).ToHaveTextAsync("Godkendt");
        await session.CheckPageAsync("status-godkendt");
        await session.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Goddag, Anne Thomsen" })).ToBeVisibleAsync();
        await Expect(page.Locator("#til-godkendelse a", new() { HasText = citizen.FullName })).ToHaveCountAsync(0);
        await session.CheckPageAsync("forside-efter-godkendelse");
        Assert.Equal(StatusState.Approved, await StateAsync(statusId));
        session.AssertEveryPageChecked();
    }

    [Fact]
    public async Task A_care_worker_on_a_tablet_writes_a_note_from_the_start_page_and_comes_back_to_it()
    {
        var citizen = await MettesCitizenWithSubGoalAsync();
        await using var session = await fixture.NewSessionAsync(width: 768, height: 1024);
        var page = session.Page;
        await new LoginPage(session).SignInAsync(Mette, "Mette Kjær");
        await ExpectNoHorizontalOverflowAsync(page, "forside");

        var write = page.GetByRole(AriaRole.Link, new() { Name = $"Skriv notat om {citizen.FullName}" });
        var box = await write.BoundingBoxAsync();
        Assert.True(box!.Height >= 44, $"'Skriv notat' is {box.Height} px high; a tap target is at least 44 px.");
        await write.ClickAsync();
        var form = new DiaryNotePage(session);
        await form.ExpectLoadedAsync("notat-fra-forsiden");
        await form.WhatWasDone.FillAsync("Vi øvede at rydde op efter aftensmaden; hun bar selv tallerkenen ud.");
        await form.Effect.FillAsync("Hun var stolt bagefter");
        await form.Score("Let").CheckAsync();
        await form.SaveButton.ClickAsync();

        await Expect(page.GetByText("Notatet er gemt.")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(session.Url("/#mine-borgere"));
        await session.CheckPageAsync("forside-notat-gemt");
        session.AssertEveryPageChecked();
    }

    [Theory]
    [InlineData(Mette, "/opgaver", "mine-opgaver")]
    [InlineData(Anne, "/opgaver/afdeling", "afdelingens-opgaver")]
    [InlineData(Anne, "/opgaver/afdeling?sortering=type&side=2", "afdelingens-opgaver-side-2")]
    [InlineData(Lars, "/opgaver/tilbud", "tilbuddets-opgaver")]
    public async Task No_task_table_is_wider_than_a_768_px_tablet_and_every_link_is_a_44_px_target(string user, string path, string step)
    {
        await using var session = await fixture.NewSessionAsync(width: 768, height: 1024);
        var page = session.Page;
        await new LoginPage(session).SignInAsync(user, Names[user]);
        await session.GotoAsync(path);
        await Expect(page.Locator("main table").First).ToBeVisibleAsync();
        await session.CheckPageAsync(step);

        await ExpectNoHorizontalOverflowAsync(page, path);
        var widths = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('main table')].map(t => Math.ceil(t.getBoundingClientRect().right) > window.innerWidth ? t.scrollWidth + 100000 : t.scrollWidth)");
        var inner = await page.EvaluateAsync<int>("() => window.innerWidth");
        Assert.NotEmpty(widths);
        Assert.All(widths, w => Assert.True(w <= inner, $"A table on {path} is {w % 100000} px wide{(w > 100000 ? " and runs past the window" : "")} in a {inner} px window."));

        if (path == "/opgaver/tilbud")
        {
            // The offer's overview is counts per department: its links are the way into each department's list.
            var departmentLinks = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('#afdelinger tbody a')].map(a => a.getBoundingClientRect().height)");
            Assert.NotEmpty(departmentLinks);
            Assert.All(departmentLinks, h => Assert.True(h >= 44, $"A department link is {h} px high."));
            session.AssertEveryPageChecked();
            return;
        }

        // The actions stay within the screen on every card, and every link in the list is at least 44 px to tap.
        var rights = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll(\"#opgaver tbody td.table-card-actions a\")].map(a => a.getBoundingClientRect().right)");
        Assert.NotEmpty(rights);
        Assert.All(rights, r => Assert.True(r <= inner, $"An action link ends at {r} px in a {inner} px window."));
        var heights = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('#opgaver tbody a')].map(a => a.getBoundingClientRect().height)");
        Assert.All(heights, h => Assert.True(h >= 44, $"A link in the task list is {h} px high."));

        // A task's own page (who has it, snooze for leaders) fits the tablet too.
        await page.Locator("#opgaver tbody a", new() { HasText = "Tildel eller udsæt" }).First.ClickAsync();
        await Expect(page.Locator("#opgave-fakta")).ToBeVisibleAsync();
        await session.CheckPageAsync(step + "-opgave");
        await ExpectNoHorizontalOverflowAsync(page, "opgaven");
        session.AssertEveryPageChecked();
    }

    /// <summary>A Mågen citizen with a status sent for approval today by Mette (her contact team).</summary>
    private async Task<(Citizen Citizen, Guid StatusId)> StatusAwaitingApprovalAsync(string purpose)
    {
        await using var db = fixture.App.CreateSystemDbContext();
        var citizen = await TestCitizens.NewChildAsync(db, DemoLookup.Maagen, Mette);
        var id = citizen.Id;
        var today = fixture.App.Today;
        var report = new StatusReport
        {
            CitizenId = id, PeriodFrom = today.AddMonths(-6), PeriodTo = today, StatusDate = today.AddDays(20), State = StatusState.AwaitingApproval,
            Layout = StatusLayoutRules.For(citizen.BirthDate, today), CreatedBy = "Mette Kjær",
        };
        report.Sections = [.. StatusSections.All.Select(k => new StatusSection { StatusReportId = report.Id, Key = k, SinceText = $"Kontaktteamets tekst om {StatusSections.Titles(k, report.Layout).Heading.ToLowerInvariant()}." })];
        db.StatusReports.Add(report);
        db.StatusEvents.Add(new StatusEvent { StatusReportId = report.Id, Kind = StatusEventKind.SubmittedForApproval, RevisionNumber = 1, UserName = "Mette Kjær", AtUtc = fixture.App.Clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync();
        return (citizen, report.Id);
    }

    /// <summary>A new Mågen child with Mette in the contact team and a daily sub-goal.</summary>
    private async Task<Citizen> MettesCitizenWithSubGoalAsync()
    {
        await using var db = fixture.App.CreateSystemDbContext();
        var citizen = await TestCitizens.NewChildAsync(db, DemoLookup.Maagen, Mette);
        await db.Entry(citizen).Reference(c => c.Department).LoadAsync();
        await TestPlans.DailySubGoalAsync(db, citizen, "At barnet hjælper til i køkkenet", "At barnet rydder sin tallerken af", startedDaysAgo: 7);
        return citizen;
    }

    private async Task<StatusState> StateAsync(Guid statusId)
    {
        await using var db = fixture.App.CreateSystemDbContext();
        return await db.StatusReports.Where(r => r.Id == statusId).Select(r => r.State).SingleAsync();
    }

    private static async Task ExpectNoHorizontalOverflowAsync(IPage page, string where)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"The page '{where}' is {widths[0]} px wide in a {widths[1]} px window: it scrolls sideways.");
    }
}
