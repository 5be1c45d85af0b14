using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Retning.BrowserTests.Infrastructure;
using Retning.BrowserTests.PageObjects;
using Retning.Testing;
using Retning.Web.Services.Plans;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// The status to the municipality (docs/domain.md, "Status reports"): a contact-team member drafts a status for a child with
/// a chart, a colleague comments, the department head approves, and the DOCX and PDF download.
/// </summary>
public sealed class StatusWorkflowTests(BrowserFixture fixture)
{
    private const string Mette = "mette@demo.retning.dk";
    private const string Colleague = "rasmus@demo.retning.dk"; // not camilla: TwoFactorTests turns on her two-factor login
    private const string Anne = "anne@demo.retning.dk";
    private const string Peter = "peter@demo.retning.dk";

    [Fact]
    public async Task A_status_for_a_child_goes_from_draft_through_a_colleagues_comment_to_approval_and_downloads_as_DOCX_and_PDF()
    {
        var (citizenId, name) = await ChildWithScoredSubGoalAsync();

        // Mette drafts the status from the plan.
        await using (var session = await fixture.NewSessionAsync())
        {
            var page = session.Page;
            await new LoginPage(session).SignInAsync(Mette, "Mette Kjær");
            await session.GotoAsync($"/borgere/{citizenId}/status");
            await session.CheckPageAsync("status-oversigt");
            await page.GetByRole(AriaRole.Link, new() { Name = "Ny status" }).ClickAsync();
            await Expect(page.GetByLabel("Statusdato")).ToBeVisibleAsync();
            await session.CheckPageAsync("status-ny");
            await page.GetByRole(AriaRole.Button, new() { Name = "Opret status" }).ClickAsync();

            await Expect(page.GetByText("Statusrapporten er oprettet", new() { Exact = false })).ToBeVisibleAsync();
            await session.CheckPageAsync("status-rediger");
            var resources = page.Locator("#afsnit-Resources textarea").First;
            await resources.FillAsync("Barnet er glad for sin skole og har fået en fast ven i klassen.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Gem status" }).ClickAsync();

            await Expect(page.GetByText("Statussen er gemt.")).ToBeVisibleAsync();
            var preview = page.Locator(".app-status-preview");
            await Expect(preview.GetByText("Barnet er glad for sin skole", new() { Exact = false })).ToBeVisibleAsync();
            await Expect(preview.Locator("svg").First).ToBeVisibleAsync(); // the sub-goal's chart
            await Expect(preview.GetByText("dækker bord til aftensmaden", new() { Exact = false }).First).ToBeVisibleAsync();
            await session.CheckPageAsync("status-kladde");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send til sparring" }).ClickAsync();
            await Expect(page.Locator("#status-tilstand")).ToHaveTextAsync("Til sparring");
            await session.CheckPageAsync("status-til-sparring");
            session.AssertEveryPageChecked();
        }

        // A colleague comments on a section.
        await using (var session = await fixture.NewSessionAsync())
        {
            var page = session.Page;
            await new LoginPage(session).SignInAsync(Colleague, "Rasmus Friis");
            await session.GotoAsync($"/borgere/{citizenId}/status");
            await session.CheckPageAsync("status-oversigt-kollega");
            await page.Locator("#statusrapporter a").First.ClickAsync();
            await Expect(page.Locator("#status-tilstand")).ToHaveTextAsync("Til sparring");
            await session.CheckPageAsync("status-kollega");
            await page.GetByLabel("Kommentaren gælder").SelectOptionAsync("Resources");
            await page.GetByLabel("Din kommentar").FillAsync("Skriv gerne, hvordan vennen blev til – det er et resultat.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Gem kommentar" }).ClickAsync();
            await Expect(page.Locator("#kommentarer").GetByText("hvordan vennen blev til", new() { Exact = false })).ToBeVisibleAsync();
            await session.CheckPageAsync("status-kommentar");
            session.AssertEveryPageChecked();
        }

        // Mette reads it and asks for approval.
        await using (var session = await fixture.NewSessionAsync())
        {
            var page = session.Page;
            await new LoginPage(session).SignInAsync(Mette, "Mette Kjær");
            await session.GotoAsync($"/borgere/{citizenId}/status");
            await session.CheckPageAsync("status-oversigt-igen");
            await page.Locator("#statusrapporter a").First.ClickAsync();
            await Expect(page.Locator("#kommentarer").GetByText("hvordan vennen blev til", new() { Exact = false })).ToBeVisibleAsync();
            await session.CheckPageAsync("status-med-kommentar");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send til godkendelse" }).ClickAsync();
            await Expect(page.Locator("#status-tilstand")).ToHaveTextAsync("Til godkendelse");
            await session.CheckPageAsync("status-til-godkendelse");
            session.AssertEveryPageChecked();
        }

        // The department head approves; the documents download from the frozen version.
        await using (var session = await fixture.NewSessionAsync())
        {
            var page = session.Page;
            await new LoginPage(session).SignInAsync(Anne, "Anne Thomsen");
            await session.GotoAsync($"/borgere/{citizenId}/status");
            await session.CheckPageAsync("status-oversigt-leder");
            await page.Locator("#statusrapporter a").First.ClickAsync();
            await Expect(page.Locator("#status-tilstand")).ToHaveTextAsync("Til godkendelse");
            await session.CheckPageAsync("status-leder");
            await page.GetByRole(AriaRole.Button, new() { Name = "Godkend" }).ClickAsync();
            await Expect(page.Locator("#status-tilstand")).ToHaveTextAsync("Godkendt");
            await session.CheckPageAsync("status-godkendt");

            var docx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Hent som Word (DOCX)" }).ClickAsync());
            Assert.Matches(@"^status-[a-z0-9-]+-[a-z]-\d{4}-\d{2}-\d{2}--\d{4}-\d{2}-\d{2}-v1\.docx$", docx.SuggestedFilename);
            var docxPath = Path.Combine(Artifacts.ScreenshotFolder, "status.docx");
            await docx.SaveAsAsync(docxPath);
            using (var document = WordprocessingDocument.Open(docxPath, false))
            {
                Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken));
                Assert.Contains("Barnet er glad for sin skole", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
                Assert.NotEmpty(document.MainDocumentPart.ImageParts);
            }

            var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Hent som PDF" }).ClickAsync());
            var pdfPath = Path.Combine(Artifacts.ScreenshotFolder, "status.pdf");
            await pdf.SaveAsAsync(pdfPath);
            var text = await PdfText.ReadAsync(pdfPath);
            Assert.Contains(name, text, StringComparison.Ordinal);
            Assert.Contains("Barnet er glad for sin skole", text, StringComparison.Ordinal);
            Assert.Matches(@"Side 1 af \d+", text);

            await page.GetByRole(AriaRole.Link, new() { Name = "Udskriftsvisning" }).ClickAsync();
            await Expect(page.GetByText("Godkendt version 1.", new() { Exact = false })).ToBeVisibleAsync();
            await session.CheckPageAsync("status-udskrift");
            session.AssertEveryPageChecked();
        }

        // Mette records that it went to the caseworker: the status is sent and in the disclosure log.
        await using (var session = await fixture.NewSessionAsync())
        {
            var page = session.Page;
            await new LoginPage(session).SignInAsync(Mette, "Mette Kjær");
            await SendAsync(session, citizenId, "Mor og far (forældremyndighed)");
            session.AssertEveryPageChecked();
        }
    }

    [Fact]
    public async Task A_status_for_an_adult_is_made_in_the_VUM_layout_approved_and_sent_by_the_department_head()
    {
        var citizenId = await AdultInBirkenAsync();
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await new LoginPage(session).SignInAsync(Peter, "Peter Holm");
        await session.GotoAsync($"/borgere/{citizenId}/status/ny");
        await Expect(page.GetByText("VUM (voksne fra 18 år)", new() { Exact = false })).ToBeVisibleAsync();
        await session.CheckPageAsync("voksen-status-ny");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret status" }).ClickAsync();
        await Expect(page.GetByText("Statusrapporten er oprettet", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByText("borgerens ressourcer", new() { Exact = false })).ToBeVisibleAsync();
        await session.CheckPageAsync("voksen-status-rediger");
        await page.Locator("#afsnit-Resources textarea").First.FillAsync("Borgeren handler selv ind to gange om ugen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem status" }).ClickAsync();
        await Expect(page.GetByText("Statussen er gemt.")).ToBeVisibleAsync();
        await session.CheckPageAsync("voksen-status-kladde");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send til godkendelse" }).ClickAsync();
        await Expect(page.Locator("#status-tilstand")).ToHaveTextAsync("Til godkendelse");
        await session.CheckPageAsync("voksen-status-til-godkendelse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Godkend" }).ClickAsync();
        await Expect(page.Locator("#status-tilstand")).ToHaveTextAsync("Godkendt");
        await session.CheckPageAsync("voksen-status-godkendt");
        await SendAsync(session, citizenId, "Borgeren selv");
        session.AssertEveryPageChecked();
    }

    /// <summary>From the approved status page: "Registrér afsendelse", the form filled, and the status shown as sent and logged.</summary>
    private static async Task SendAsync(BrowserSession session, Guid citizenId, string informed)
    {
        var page = session.Page;
        await session.GotoAsync($"/borgere/{citizenId}/status");
        await session.CheckPageAsync("status-liste-foer-afsendelse");
        await page.Locator("#statusrapporter a").First.ClickAsync();
        await Expect(page.Locator("#status-tilstand")).ToHaveTextAsync("Godkendt");
        await session.CheckPageAsync("status-foer-afsendelse");
        await page.GetByRole(AriaRole.Link, new() { Name = "Registrér afsendelse til rådgiveren" }).ClickAsync();
        await Expect(page.GetByLabel("Modtager (rådgiver)")).Not.ToBeEmptyAsync(); // the caseworker from the citizen's record
        await session.CheckPageAsync("status-afsendelse");
        await page.GetByLabel("Hvem er orienteret om afsendelsen").FillAsync(informed);
        await page.GetByLabel("Er der søgt samtykke?").SelectOptionAsync("nej");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrér afsendelse" }).ClickAsync();
        await Expect(page.Locator("#status-tilstand")).ToHaveTextAsync("Sendt");
        await Expect(page.GetByText("Afsendelsen er registreret i videregivelsesloggen", new() { Exact = false })).ToBeVisibleAsync();
        await session.CheckPageAsync("status-sendt");
        await session.GotoAsync($"/borgere/{citizenId}/videregivelser");
        await Expect(page.GetByText(informed, new() { Exact = false }).First).ToBeVisibleAsync();
        await session.CheckPageAsync("videregivelseslog");
    }

    /// <summary>An adult in Birken (claimed) with a plan.</summary>
    private async Task<Guid> AdultInBirkenAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var db = fixture.App.CreateSystemDbContext();
        var adultBy = today.AddYears(-19);
        var candidates = await db.Citizens.Include(c => c.Department)
            .Where(c => c.Department!.Name == "Birken" && c.DischargedOn == null && c.BirthDate < adultBy && !db.Plans.Any(p => p.CitizenId == c.Id))
            .OrderBy(c => c.FirstName).ToListAsync();
        var claimed = fixture.ClaimCitizen(candidates.Select(x => x.Id), "adult status");
        var citizen = candidates.Single(c => c.Id == claimed);
        await new PlanService(db).CreateAsync(citizen, today.AddDays(-60), kind: null, CancellationToken.None);
        await db.SaveChangesAsync();
        return citizen.Id;
    }

    [Fact]
    public async Task The_contact_team_writes_the_minutes_of_a_held_meeting_the_department_head_approves_them_and_the_sending_is_recorded()
    {
        var (citizenId, _) = await ChildWithScoredSubGoalAsync();
        var meetingId = await HeldMeetingAsync(citizenId);
        var url = $"/borgere/{citizenId}/statusmoeder/{meetingId}/referat";

        await using (var session = await fixture.NewSessionAsync(width: 768, height: 1024))
        {
            var page = session.Page;
            await new LoginPage(session).SignInAsync(Mette, "Mette Kjær");
            await session.GotoAsync($"/borgere/{citizenId}/statusmoeder");
            await session.CheckPageAsync("statusmoeder");
            await session.GotoAsync(url);
            await Expect(page.GetByLabel("Deltagere")).Not.ToBeEmptyAsync(); // prefilled from the participants
            await session.CheckPageAsync("referat-kladde");
            await page.GetByLabel("Drøftelse pr. dagsordenspunkt").FillAsync("1. Velkomst.\n2. Status: rådgiveren fandt statussen dækkende.\n3. Skolen deltager næste gang.");
            await page.GetByLabel("Aftaler").FillAsync("Skolen inviteres til næste statusmøde.");
            await page.GetByLabel("Næste skridt og næste møde").FillAsync("Næste statusmøde om et halvt år.");
            foreach (var question in new[] { "Skal den individuelle plan revideres?", "Reviderede kommunen handleplanen?", "Reviderede kommunen formålet med indsatsen?" })
            {
                await page.GetByRole(AriaRole.Group, new() { Name = question }).GetByLabel("Nej").CheckAsync();
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Send til godkendelse" }).ClickAsync();
            await Expect(page.Locator("#venter")).ToBeVisibleAsync();
            await session.CheckPageAsync("referat-til-godkendelse");
            session.AssertEveryPageChecked();
        }

        await using (var session = await fixture.NewSessionAsync())
        {
            var page = session.Page;
            await new LoginPage(session).SignInAsync(Anne, "Anne Thomsen");
            await session.GotoAsync(url);
            await Expect(page.Locator("#referat-tekst")).ToContainTextAsync("Skolen inviteres til næste statusmøde.");
            await session.CheckPageAsync("referat-leder");
            await page.Locator("#godkend").GetByRole(AriaRole.Button, new() { Name = "Godkend" }).ClickAsync();
            await Expect(page.Locator("#send")).ToBeVisibleAsync();
            await session.CheckPageAsync("referat-godkendt");
            session.AssertEveryPageChecked();
        }

        await using (var session = await fixture.NewSessionAsync())
        {
            var page = session.Page;
            await new LoginPage(session).SignInAsync(Mette, "Mette Kjær");
            await session.GotoAsync(url);
            await session.CheckPageAsync("referat-send");
            var send = page.Locator("#send");
            await send.GetByLabel("Sendt som").SelectOptionAsync("SecureMail");
            await send.GetByLabel("Orienteret om afsendelsen").FillAsync("Mor (forældremyndighed)");
            await send.GetByRole(AriaRole.Group, new() { Name = "Er der søgt samtykke til at sende referatet?" }).GetByLabel("Nej").CheckAsync();
            await send.GetByRole(AriaRole.Button, new() { Name = "Registrér afsendelse" }).ClickAsync();
            await Expect(page.Locator("#journaliser")).ToBeVisibleAsync();
            await session.CheckPageAsync("referat-sendt");

            await session.GotoAsync($"/borgere/{citizenId}/videregivelser");
            await Expect(page.GetByText("Mødedeltagerne").First).ToBeVisibleAsync();
            await session.CheckPageAsync("videregivelser");
            session.AssertEveryPageChecked();
        }
    }

    /// <summary>A status meeting held two days ago with the caseworker, the citizen and Mette.</summary>
    private async Task<Guid> HeldMeetingAsync(Guid citizenId)
    {
        await using var db = fixture.App.CreateSystemDbContext();
        var citizen = await db.Citizens.AsNoTracking().SingleAsync(c => c.Id == citizenId);
        var meeting = new Retning.Domain.Status.StatusMeeting
        {
            CitizenId = citizenId, On = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2), At = new TimeOnly(10, 0), Place = "Mågen",
            Agenda = "1. Velkomst\n2. Status siden sidst\n3. Aftaler",
        };
        meeting.Participants.Add(new Retning.Domain.Status.MeetingParticipant { MeetingId = meeting.Id, Role = Retning.Domain.Status.ParticipantRole.Caseworker, Name = citizen.CaseworkerName ?? "Rådgiveren" });
        meeting.Participants.Add(new Retning.Domain.Status.MeetingParticipant { MeetingId = meeting.Id, Role = Retning.Domain.Status.ParticipantRole.Citizen, Name = citizen.FullName });
        meeting.Participants.Add(new Retning.Domain.Status.MeetingParticipant { MeetingId = meeting.Id, Role = Retning.Domain.Status.ParticipantRole.Staff, Name = "Mette Kjær" });
        db.StatusMeetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    /// <summary>A new child in Mette's contact team gets a plan with a daily-scored sub-goal and ten scores over two weeks.</summary>
    private async Task<(Guid CitizenId, string Name)> ChildWithScoredSubGoalAsync()
    {
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        await using var db = fixture.App.CreateSystemDbContext();
        var mette = await db.Users.Where(u => u.Email == Mette).Select(u => u.Id).SingleAsync();
        var citizen = await TestCitizens.NewChildAsync(db, DemoLookup.Maagen, Mette);
        await db.Entry(citizen).Reference(c => c.Department).LoadAsync();

        var plan = await TestPlans.DailySubGoalAsync(db, citizen, "At barnet deltager i hverdagens pligter", "At barnet dækker bord til aftensmaden",
            startedDaysAgo: 30, nextEvaluationOn: today.AddMonths(2));
        TestPlans.AddScoredNotes(db, citizen.Id, plan, Enumerable.Range(5, 10).Reverse().Select(day => (day, day > 9 ? 3 : 2)), "Dækkede bord", mette, "Mette Kjær");
        await db.SaveChangesAsync();
        return (citizen.Id, citizen.FullName);
    }
}
