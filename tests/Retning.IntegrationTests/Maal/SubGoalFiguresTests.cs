using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Maal;

/// <summary>
/// The sub-goal page's numbers (response rate, trend, scores with their scale version's label),
/// its chart files and the citizen's development overview — checked against figures counted by
/// hand on a calendar. The app's today is Monday 02-03-2026.
/// </summary>
public sealed class SubGoalFiguresTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    // Ten days, Saturday 21-02-2026 to Monday 02-03-2026 (today), both included.
    private static readonly DateOnly TenDaysFrom = new(2026, 2, 21);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly string TenDays = FiguresTestData.Period(TenDaysFrom, Today);

    private static string SubGoalUrl(Guid citizen, Guid subGoal, string? query = null) =>
        $"/borgere/{citizen}/delmaal/{subGoal}" + (query is null ? string.Empty : "?" + query);

    private static string Text(HtmlPage page, string selector) =>
        string.Join(' ', (page.Document.QuerySelector(selector)?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task A_daily_sub_goal_with_7_of_10_days_scored_shows_70_percent_and_that_it_is_enough()
    {
        Assert.Equal(Today, App.Today);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0);
        var sub = await App.AddScoredSubGoalAsync(citizen.Id, "At Emil børster tænder morgen og aften", ScoringFrequency.Daily, TenDaysFrom);
        // Seven distinct days; the second score on day 0 counts once.
        await App.ScoreDaysAsync(citizen.Id, sub, FiguresTestData.Days(TenDaysFrom, 0, 1, 2, 4, 5, 7, 9));
        await App.ScoreAsync(citizen.Id, sub, TenDaysFrom, 1, hour: 19);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        var page = (await mette.GetPageAsync(SubGoalUrl(citizen.Id, sub.Id, TenDays))).AssertStatus(HttpStatusCode.OK);

        var rate = Text(page, "#svarprocent");
        Assert.Contains("Svarprocent 70 % (7 af 10 forventede dage)", rate, StringComparison.Ordinal);
        Assert.Contains("nok til en kvantitativ evaluering (tilbuddets grænse er 70 %)", rate, StringComparison.Ordinal);
        Assert.DoesNotContain("for få", rate, StringComparison.Ordinal);
        Assert.Equal(8, page.Document.QuerySelectorAll("#scoringer tbody tr").Length);
        Assert.Contains("21-02-2026 10:00", Text(page, "#scoringer"), StringComparison.Ordinal);
        Assert.Contains("Mette Kjær", Text(page, "#scoringer"), StringComparison.Ordinal);
        Assert.Equal("/borgere/" + citizen.Id + "/dagbog/ny?delmaal=" + sub.Id, page.Document.QuerySelector("#skriv-notat")!.GetAttribute("href"));
        Assert.Equal($"/borgere/{citizen.Id}/dagbog?delmaal={sub.Id}", page.Document.QuerySelector("#hele-dagbogen")!.GetAttribute("href"));
        Assert.Equal($"/borgere/{citizen.Id}/delmaal/{sub.Id}/graf.png?{TenDays}", page.Document.QuerySelector("#hent-png")!.GetAttribute("href"));
        // The chart is drawn inline and described for screen readers with the same numbers.
        var chart = page.Document.QuerySelector(".app-chart-image[role=img]")!;
        Assert.NotNull(chart.QuerySelector("svg"));
        Assert.Contains("8 scoringer", chart.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("Første: Moderat (21-02-2026)", chart.GetAttribute("aria-label"), StringComparison.Ordinal);
        // The diary lists the notes newest first, each linking to the note.
        var notes = page.Document.QuerySelectorAll(".app-figures-notes > li");
        Assert.Equal(8, notes.Length);
        Assert.Contains("02-03-2026 10:00", notes[0].TextContent, StringComparison.Ordinal);
        Assert.StartsWith($"/borgere/{citizen.Id}/dagbog/", notes[0].QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("Borgerens oplevelse:", notes[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sub_goal_created_today_expects_no_score_yet_instead_of_showing_0_percent()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1);
        var sub = await App.AddScoredSubGoalAsync(citizen.Id, "At Ida lægger sit tøj til vask", ScoringFrequency.Daily, Today);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = (await anne.GetPageAsync(SubGoalUrl(citizen.Id, sub.Id))).AssertStatus(HttpStatusCode.OK);

        var rate = Text(page, "#svarprocent");
        Assert.Contains("Ingen scoringer forventet endnu: dagen i dag er ikke slut", rate, StringComparison.Ordinal);
        Assert.DoesNotContain("0 %", rate, StringComparison.Ordinal);
        Assert.DoesNotContain("for få", rate, StringComparison.Ordinal);

        // A score given today counts at once: 1 of 1.
        await App.ScoreAsync(citizen.Id, sub, Today, 2);
        page = (await anne.GetPageAsync(SubGoalUrl(citizen.Id, sub.Id))).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Svarprocent 100 % (1 af 1 forventede dag)", Text(page, "#svarprocent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weekly_sub_goal_counts_whole_weeks_and_one_score_per_week()
    {
        // Four ISO weeks, Monday 02-02-2026 to Sunday 01-03-2026.
        var from = new DateOnly(2026, 2, 2);
        var to = new DateOnly(2026, 3, 1);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1);
        var sub = await App.AddScoredSubGoalAsync(citizen.Id, "At Laura rydder op på sit værelse", ScoringFrequency.Weekly, from);
        // Weeks 1, 2 (twice) and 4 scored; week 3 not: 3 of 4.
        await App.ScoreDaysAsync(citizen.Id, sub, FiguresTestData.Days(from, 3, 8, 12, 22));
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = (await anne.GetPageAsync(SubGoalUrl(citizen.Id, sub.Id, FiguresTestData.Period(from, to)))).AssertStatus(HttpStatusCode.OK);

        var rate = Text(page, "#svarprocent");
        Assert.Contains("Svarprocent 75 % (3 af 4 forventede uger)", rate, StringComparison.Ordinal);
        Assert.Contains("nok til en kvantitativ evaluering", rate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Days_the_sub_goal_was_paused_expect_nothing_and_a_score_then_does_not_count()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 2);
        var sub = await App.AddScoredSubGoalAsync(citizen.Id, "At Noah går i skole hver dag", ScoringFrequency.Daily, TenDaysFrom);
        // Active 21–23 Feb, passive 24–26 Feb, active again 27 Feb – 2 Mar: 3 + 4 = 7 counting days.
        await App.SetStatesAsync(sub.Id, (TenDaysFrom, GoalState.Active), (TenDaysFrom.AddDays(3), GoalState.Passive), (TenDaysFrom.AddDays(6), GoalState.Active));
        // Scored 21, 22, 27, 28 Feb (counting) and 25 Feb (paused: neither helps nor hurts). Today, 2 Mar,
        // is not over and not scored: it owes nothing yet. 4 of 6.
        await App.ScoreDaysAsync(citizen.Id, sub, FiguresTestData.Days(TenDaysFrom, 0, 1, 4, 6, 7));
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = (await anne.GetPageAsync(SubGoalUrl(citizen.Id, sub.Id, TenDays))).AssertStatus(HttpStatusCode.OK);

        var rate = Text(page, "#svarprocent");
        Assert.Contains("Svarprocent 66 % (4 af 6 forventede dage)", rate, StringComparison.Ordinal);
        Assert.Contains("for få scoringer til en kvantitativ evaluering", rate, StringComparison.Ordinal);
        // The table still lists every score in the period, also the one given while paused.
        Assert.Equal(5, page.Document.QuerySelectorAll("#scoringer tbody tr").Length);
    }

    [Fact]
    public async Task A_note_marked_as_written_on_the_wrong_citizen_counts_nowhere()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 3);
        var sub = await App.AddScoredSubGoalAsync(citizen.Id, "At Sofie spiser frokost sammen med de andre", ScoringFrequency.Daily, TenDaysFrom);
        await App.ScoreDaysAsync(citizen.Id, sub, FiguresTestData.Days(TenDaysFrom, 0, 1, 2, 3, 4, 5, 6));
        await App.ScoreAsync(citizen.Id, sub, TenDaysFrom.AddDays(8), 0, text: "Notat om en anden borger", wrongCitizen: true);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = (await anne.GetPageAsync(SubGoalUrl(citizen.Id, sub.Id, TenDays))).AssertStatus(HttpStatusCode.OK);

        // 21–27 Feb scored; 1 Mar only on the wrong citizen; today (2 Mar) running and unscored: 7 of 9.
        Assert.Contains("Svarprocent 77 % (7 af 9 forventede dage)", Text(page, "#svarprocent"), StringComparison.Ordinal);
        Assert.Equal(7, page.Document.QuerySelectorAll("#scoringer tbody tr").Length);
        Assert.DoesNotContain("Intet", Text(page, "#scoringer"), StringComparison.Ordinal);
        Assert.DoesNotContain("Notat om en anden borger", page.Html, StringComparison.Ordinal);
        Assert.Equal(7, page.Document.QuerySelectorAll(".app-figures-notes > li").Length);
    }

    [Fact]
    public async Task A_score_on_an_old_scale_version_keeps_its_old_label()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 4);
        var offerId = await OfferOfAsync(citizen.DepartmentId);
        Guid scaleId, v1, v2;
        await using (var db = App.CreateSystemDbContext())
        {
            var scale = new IndicatorScale { OfferId = offerId, Name = "Selvhjulpenhed (test)" };
            v1 = scale.NewVersion([new() { Value = 0, Label = "Klarer selv" }, new() { Value = 1, Label = "Lidt hjælp" }, new() { Value = 2, Label = "Meget hjælp" }], "Test", DateTime.UtcNow).Id;
            v2 = scale.NewVersion([new() { Value = 0, Label = "Selvstændig" }, new() { Value = 1, Label = "Guidning" }, new() { Value = 2, Label = "Fuld hjælp" }], "Test", DateTime.UtcNow).Id;
            db.IndicatorScales.Add(scale);
            await db.SaveChangesAsync();
            scaleId = scale.Id;
        }

        var sub = await App.AddScoredSubGoalAsync(citizen.Id, "At Oscar tager tøj på selv", ScoringFrequency.Daily, TenDaysFrom, g => g.IndicatorScaleId = scaleId);
        await App.ScoreAsync(citizen.Id, sub, TenDaysFrom, 2, scaleVersionId: v1);
        await App.ScoreAsync(citizen.Id, sub, TenDaysFrom.AddDays(5), 2, scaleVersionId: v2);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = (await anne.GetPageAsync(SubGoalUrl(citizen.Id, sub.Id, TenDays))).AssertStatus(HttpStatusCode.OK);

        var rows = page.Document.QuerySelectorAll("#scoringer tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(("Meget hjælp", "version 1"), (rows[0][1], rows[0][2]));
        Assert.Equal(("Fuld hjælp", "version 2"), (rows[1][1], rows[1][2]));
        Assert.Contains("Støttebehov: Meget hjælp", Text(page, ".app-figures-notes"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_SVG_endpoint_answers_well_formed_SVG_with_the_dates_and_the_PNG_endpoint_a_PNG()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 5);
        var sub = await App.AddScoredSubGoalAsync(citizen.Id, "At Ida cykler til skole", ScoringFrequency.Daily, TenDaysFrom);
        await App.ScoreAsync(citizen.Id, sub, TenDaysFrom, 3);
        await App.ScoreAsync(citizen.Id, sub, TenDaysFrom.AddDays(4), 2);
        await App.ScoreAsync(citizen.Id, sub, TenDaysFrom.AddDays(8), 1);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        var before = await App.LastAuditIdAsync();
        var svg = await mette.GetAsync(SubGoalUrl(citizen.Id, sub.Id) + "/graf.svg?" + TenDays);
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        var xml = XDocument.Parse(await svg.Content.ReadAsStringAsync());
        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), xml.Root!.Name);
        var texts = xml.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains("21-02-2026", texts);
        Assert.Contains("Højt", texts);
        // The plan (and its period 1) began today, inside the range: its boundary is labelled.
        Assert.Contains("Periode 1", texts);
        var svgRow = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, citizen.Id), (svgRow.Action, svgRow.CitizenId));

        before = await App.LastAuditIdAsync();
        var png = await mette.GetAsync(SubGoalUrl(citizen.Id, sub.Id) + "/graf.png?" + TenDays);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        var bytes = await png.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal("attachment", png.Content.Headers.ContentDisposition!.DispositionType);
        var pngRow = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Export, citizen.Id), (pngRow.Action, pngRow.CitizenId));
    }

    [Fact]
    public async Task An_invalid_date_gives_a_Danish_message_and_the_default_period()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 6);
        var sub = await App.AddScoredSubGoalAsync(citizen.Id, "At Alma hænger jakken op", ScoringFrequency.Daily, TenDaysFrom);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = (await anne.GetPageAsync(SubGoalUrl(citizen.Id, sub.Id, "fra=2026-02-31&til=2026-03-01"))).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Fra-datoen er ikke en gyldig dato", Text(page, "#periode-fejl"), StringComparison.Ordinal);
        // Default: from the open plan period's start (today, when the plan was made) to today.
        Assert.Equal("2026-03-02", page.Document.QuerySelector("#fra")!.GetAttribute("value"));
        Assert.Equal("2026-03-02", page.Document.QuerySelector("#til")!.GetAttribute("value"));

        page = (await anne.GetPageAsync(SubGoalUrl(citizen.Id, sub.Id, "fra=2026-03-01&til=2026-02-21"))).AssertStatus(HttpStatusCode.OK);
        Assert.Contains("Fra-datoen ligger efter til-datoen", Text(page, "#periode-fejl"), StringComparison.Ordinal);

        page = (await anne.GetPageAsync(SubGoalUrl(citizen.Id, sub.Id))).AssertStatus(HttpStatusCode.OK);
        Assert.Null(page.Document.QuerySelector("#periode-fejl"));
        Assert.Contains("Periode 1 (nuværende)", Text(page, "nav[aria-label='Planens perioder']"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sub_goal_without_frequency_says_so_and_the_chart_says_there_are_no_scores()
    {
        // The demo has ten enrolled Mågen citizens; this one shares the invalid-date test's citizen (a plan of its own is not needed).
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 6);
        var sub = await App.AddScoredSubGoalAsync(citizen.Id, "At Viggo ringer til sin mor", null, TenDaysFrom);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = (await anne.GetPageAsync(SubGoalUrl(citizen.Id, sub.Id, TenDays))).AssertStatus(HttpStatusCode.OK);

        Assert.Contains("Delmålet har ingen scoringshyppighed", Text(page, "#svarprocent"), StringComparison.Ordinal);
        Assert.Contains("Ingen scoringer endnu", Text(page, "#tendens"), StringComparison.Ordinal);
        Assert.Contains("ingen scoringer i perioden", page.Document.QuerySelector(".app-chart-image")!.GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_citizen_overview_shows_first_and_latest_score_per_active_sub_goal_and_its_chart_files()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 8);
        var sub = await App.AddScoredSubGoalAsync(citizen.Id, "At Freja smører sin madpakke", ScoringFrequency.Weekly, TenDaysFrom);
        var quiet = await App.AddScoredSubGoalAsync(citizen.Id, "At Freja går til svømning", ScoringFrequency.Weekly, TenDaysFrom);
        await App.ScoreAsync(citizen.Id, sub, TenDaysFrom, 3);
        await App.ScoreAsync(citizen.Id, sub, TenDaysFrom.AddDays(7), 2);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        var page = (await mette.GetPageAsync($"/borgere/{citizen.Id}")).AssertStatus(HttpStatusCode.OK);

        var rows = page.Document.QuerySelectorAll("#udvikling-tabel tbody tr");
        Assert.Equal(2, rows.Length);
        var row = rows.Single(r => r.TextContent.Contains("madpakke", StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["Højt (21-02-2026)", "Moderat (28-02-2026)", "Støttebehovet er faldet fra Højt til Moderat"], cells);
        Assert.Equal($"/borgere/{citizen.Id}/delmaal/{sub.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Ingen scoringer endnu", rows.Single(r => r.TextContent.Contains(quiet.Text, StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("section[aria-labelledby=udvikling] .app-chart-image[role=img] svg"));

        var svg = await mette.GetAsync($"/borgere/{citizen.Id}/udvikling.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Første", XDocument.Parse(await svg.Content.ReadAsStringAsync()).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        var png = await mette.GetAsync($"/borgere/{citizen.Id}/udvikling.png");
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_citizen_without_a_plan_has_no_development_section_and_no_chart_files()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 9);
        await using (var db = App.CreateSystemDbContext())
        {
            Assert.False(await db.Plans.AnyAsync(p => p.CitizenId == citizen.Id));
        }

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = (await anne.GetPageAsync($"/borgere/{citizen.Id}")).AssertStatus(HttpStatusCode.OK);
        Assert.Null(page.Document.QuerySelector("#udvikling"));
        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync($"/borgere/{citizen.Id}/udvikling.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync($"/borgere/{citizen.Id}/udvikling.png")).StatusCode);
    }

    [Fact]
    public async Task Out_of_scope_the_page_and_every_chart_file_are_404_and_each_request_writes_one_audit_row()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 7);
        var sub = await App.AddScoredSubGoalAsync(citizen.Id, "At Karl lægger sit tøj til vask", ScoringFrequency.Daily, TenDaysFrom);
        await App.ScoreAsync(citizen.Id, sub, TenDaysFrom, 2);
        var other = await App.NthCitizenAsync(DemoUsers.Maagen, 0);
        var othersSub = await App.AddScoredSubGoalAsync(other.Id, "At Lea vander blomsterne", ScoringFrequency.Daily, TenDaysFrom);
        string[] urls =
        [
            SubGoalUrl(citizen.Id, sub.Id),
            SubGoalUrl(citizen.Id, sub.Id, TenDays),
            SubGoalUrl(citizen.Id, sub.Id) + "/graf.svg",
            SubGoalUrl(citizen.Id, sub.Id) + "/graf.png?" + TenDays,
            $"/borgere/{citizen.Id}",
            $"/borgere/{citizen.Id}/udvikling.svg",
            $"/borgere/{citizen.Id}/udvikling.png",
        ];

        using (var jonas = await fixture.SignInAsync(DemoUsers.Jonas))
        {
            foreach (var url in urls)
            {
                var before = await App.LastAuditIdAsync();
                Assert.True((await jonas.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, $"GET {url} as Jonas (Ternen) should be 404.");
                var denied = Assert.Single(await App.AuditEntriesSinceAsync(before));
                Assert.Equal((AuditAction.Denied, citizen.Id), (denied.Action, denied.CitizenId));
            }
        }

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        foreach (var url in urls)
        {
            var before = await App.LastAuditIdAsync();
            Assert.True((await anne.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"GET {url} as Anne should be 200.");
            var rows = await App.AuditEntriesSinceAsync(before);
            Assert.True(rows.Count == 1, $"GET {url} wrote {rows.Count} audit rows, expected exactly 1.");
            Assert.Equal((citizen.Id, DemoUsers.Anne), (rows[0].CitizenId!.Value, rows[0].UserName));
        }

        // Another citizen's sub-goal under this citizen's address does not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync(SubGoalUrl(citizen.Id, othersSub.Id) + "/graf.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync(SubGoalUrl(citizen.Id, othersSub.Id) + "/graf.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync(SubGoalUrl(citizen.Id, sub.ParentGoalId!.Value) + "/graf.svg")).StatusCode);

        // Anonymous visitors are sent to the login page; the administrator sees no citizen content.
        using var anonymous = fixture.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(urls[2])).StatusCode);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(urls[2])).StatusCode);
    }

    [Fact]
    public async Task Every_role_gets_the_status_the_authorization_matrix_should_list_for_the_chart_files()
    {
        // The matrix's citizen and route values (AuthorizationMatrixTests.UrlFor): a Mågen citizen outside Mette's contact team.
        var citizen = await App.CitizenAsync(DemoUsers.Maagen, notInContactTeam: DemoUsers.Mette);
        var values = await CitizenRouteValues.ForAsync(App, citizen.Id);
        const int Ok = 200, Login = 302, Forbidden = 403, NotFound = 404;
        var expected = new Dictionary<string, int[]>
        {
            // anon, mette (Mågen), jonas (Ternen), anne, lars, kvalitet, admin
            [$"/borgere/{citizen.Id}/delmaal/{values["subGoalId"]}/graf.svg"] = [Login, Ok, NotFound, Ok, Ok, Ok, Forbidden],
            [$"/borgere/{citizen.Id}/delmaal/{values["subGoalId"]}/graf.png"] = [Login, Ok, NotFound, Ok, Ok, Ok, Forbidden],
            [$"/borgere/{citizen.Id}/udvikling.svg"] = [Login, Ok, NotFound, Ok, Ok, Ok, Forbidden],
            [$"/borgere/{citizen.Id}/udvikling.png"] = [Login, Ok, NotFound, Ok, Ok, Ok, Forbidden],
        };
        string?[] users = [null, DemoUsers.Mette, DemoUsers.Jonas, DemoUsers.Anne, DemoUsers.Lars, DemoUsers.Kvalitet, DemoUsers.Admin];
        var failures = new List<string>();
        for (var i = 0; i < users.Length; i++)
        {
            using var client = users[i] is { } email ? await fixture.SignInAsync(email) : fixture.Anonymous();
            foreach (var (url, statuses) in expected)
            {
                var actual = (int)(await client.GetAsync(url)).StatusCode;
                if (actual != statuses[i])
                {
                    failures.Add($"{users[i] ?? "anonymous"} GET {url} → {actual}, expected {statuses[i]}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task<Guid> OfferOfAsync(Guid departmentId)
    {
        await using var db = App.CreateSystemDbContext();
        return await db.Departments.Where(d => d.Id == departmentId).Select(d => d.OfferId).SingleAsync();
    }
}
