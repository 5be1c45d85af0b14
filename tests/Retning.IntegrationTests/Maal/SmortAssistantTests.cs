using System.Net;
using AngleSharp.Html.Parser;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Maal;

/// <summary>
/// The SMORT assistant on the goal form: the SmortPanel handler smort.js posts to (the panel
/// alone, no audit row), the "Tjek SMORT" button without JavaScript, and saving that never
/// waits for every letter.
/// </summary>
public sealed class SmortAssistantTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Avoidance = "At borgeren ikke bruger alle sine penge på cigaretter";
    private const string Rewritten = "At borgeren køber cigaretter for højst 150 kr. om ugen";
    private static readonly HtmlParser Parser = new();

    private RetningApp App => fixture.App;

    private static (string Verdict, string Text) Letter(string panelHtml, string letter)
    {
        var item = Parser.ParseDocument(panelHtml).QuerySelector($"li[data-letter={letter}]")
                   ?? throw new InvalidOperationException($"No letter {letter} in the panel: {panelHtml}");
        return (item.GetAttribute("data-verdict")!, item.TextContent);
    }

    [Fact]
    public async Task The_panel_handler_says_O_Ret_for_an_avoidance_goal_and_I_orden_once_rewritten_and_writes_no_audit_row()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0, inContactTeam: DemoUsers.Mette);
        await App.EnsurePlanAsync(citizen.Id);
        var form = (await anne.GetPageAsync($"/borgere/{citizen.Id}/maal/ny")).AssertStatus(HttpStatusCode.OK);
        var region = form.Document.QuerySelector("#smort-panel")!;
        Assert.Equal("polite", region.GetAttribute("aria-live"));
        var panelUrl = region.GetAttribute("data-smort-url")!;
        Assert.Equal($"/borgere/{citizen.Id}/maal/ny?handler=SmortPanel", panelUrl);
        Assert.NotNull(form.Document.QuerySelector("script[src^='/js/smort.js']"));
        var before = await App.LastAuditIdAsync();

        var first = await anne.PostToHandlerAsync(form, "SmortPanel", "#goal-form", new Dictionary<string, string?> { ["Input.Text"] = Avoidance, ["Input.Realistic"] = "ja" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var html = await first.Content.ReadAsStringAsync();
        var o = Letter(html, "O");
        Assert.Equal("NotMet", o.Verdict);
        Assert.Contains("Ret", o.Text, StringComparison.Ordinal);
        Assert.Contains("noget, man vil undgå, ikke noget man vil opnå", o.Text, StringComparison.Ordinal);
        // Only the panel: no layout, no citizen header, nothing stored about the citizen.
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(citizen.LastName, html, StringComparison.Ordinal);

        var second = await anne.PostToHandlerAsync(form, "SmortPanel", "#goal-form", new Dictionary<string, string?> { ["Input.Text"] = Rewritten, ["Input.Realistic"] = "ja" });
        var rewritten = Letter(await second.Content.ReadAsStringAsync(), "O");
        Assert.Equal("Met", rewritten.Verdict);
        Assert.Contains("I orden", rewritten.Text, StringComparison.Ordinal);

        Assert.Empty(await App.AuditEntriesSinceAsync(before));
    }

    [Fact]
    public async Task The_panel_of_the_edit_page_reads_the_form_not_the_stored_goal()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0, inContactTeam: DemoUsers.Mette);
        var goal = await App.AddGoalAsync(citizen.Id, "At Emil smører madpakke hver dag");
        var sub = await App.AddGoalAsync(citizen.Id, "At Emil smører madpakke om mandagen", goal.Id);
        var page = (await anne.GetPageAsync($"/borgere/{citizen.Id}/maal/{sub.Id}/rediger")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal($"/borgere/{citizen.Id}/maal/{sub.Id}/rediger?handler=SmortPanel", page.Document.QuerySelector("#smort-panel")!.GetAttribute("data-smort-url"));
        var before = await App.LastAuditIdAsync();

        var response = await anne.PostToHandlerAsync(page, "SmortPanel", "#goal-form", new Dictionary<string, string?>
        {
            ["Input.IndicatorScaleId"] = "",
            ["Input.EndOn"] = "",
        });

        var html = await response.Content.ReadAsStringAsync();
        var m = Letter(html, "M");
        Assert.Equal("NotMet", m.Verdict);
        Assert.Contains("Delmålet har ingen indikator.", m.Text, StringComparison.Ordinal);
        Assert.Equal("NotMet", Letter(html, "T").Verdict);
        Assert.Empty(await App.AuditEntriesSinceAsync(before));
        Assert.Equal(sub.IndicatorScaleId, (await App.FindGoalAsync(sub.Id))!.IndicatorScaleId);
    }

    [Fact]
    public async Task Tjek_SMORT_without_JavaScript_shows_the_advice_and_keeps_everything_typed()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1, inContactTeam: DemoUsers.Mette);
        await App.EnsurePlanAsync(citizen.Id);
        var form = (await anne.GetPageAsync($"/borgere/{citizen.Id}/maal/ny")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal($"/borgere/{citizen.Id}/maal/ny?handler=Smort", form.Document.QuerySelector("#goal-form button[formaction]")!.GetAttribute("formaction"));
        var goalsBefore = (await App.GoalsOfAsync(citizen.Id)).Count;
        var before = await App.LastAuditIdAsync();

        var response = await anne.PostToHandlerAsync(form, "Smort", "#goal-form", new Dictionary<string, string?>
        {
            ["Input.Text"] = Avoidance,
            ["Input.Rationale"] = "Handleplanen: styre egen økonomi.",
            ["Input.EndOn"] = "2026-08-31",
            ["Input.Realistic"] = "nej",
        });
        var page = await anne.ReadPageAsync(form.Url, response);

        page.AssertStatus(HttpStatusCode.OK);
        Assert.Equal(Avoidance, page.FieldValue("Input.Text"));
        Assert.Equal("Handleplanen: styre egen økonomi.", page.FieldValue("Input.Rationale"));
        Assert.Equal("2026-08-31", page.FieldValue("Input.EndOn"));
        Assert.Equal("nej", page.FieldValue("Input.Realistic"));
        Assert.Equal("NotMet", page.Document.QuerySelector("#smort-panel li[data-letter=O]")!.GetAttribute("data-verdict"));
        Assert.Equal("Met", page.Document.QuerySelector("#smort-panel li[data-letter=T]")!.GetAttribute("data-verdict"));
        Assert.Empty(page.ErrorSummary);
        Assert.Equal(goalsBefore, (await App.GoalsOfAsync(citizen.Id)).Count);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, "Mål: nyt mål (SMORT-tjek)"), (row.Action, row.Subject));
    }

    [Fact]
    public async Task Saving_never_waits_for_every_letter_and_keeps_why_the_staff_keep_the_wording()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1, inContactTeam: DemoUsers.Mette);
        await App.EnsurePlanAsync(citizen.Id);
        var form = (await anne.GetPageAsync($"/borgere/{citizen.Id}/maal/ny")).AssertStatus(HttpStatusCode.OK);
        var theme = form.Document.QuerySelectorAll("#Input_ThemeKey option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));

        var response = await form.SubmitAsync("#goal-form", new Dictionary<string, string?>
        {
            ["Input.ThemeKey"] = theme,
            ["Input.Text"] = Avoidance,
            ["Input.SmortNote"] = "Borgeren vil selv have målet formuleret sådan.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var goalId = Guid.Parse(response.Headers.Location!.OriginalString[^36..]);
        var goal = (await App.FindGoalAsync(goalId))!;
        Assert.Equal("Borgeren vil selv have målet formuleret sådan.", goal.SmortNote);
        Assert.Null(goal.PurposeId);
        Assert.Null(goal.EndOn);

        var page = (await anne.GetPageAsync(response.Headers.Location!.OriginalString)).AssertStatus(HttpStatusCode.OK);
        foreach (var letter in new[] { "M", "O", "R", "T" })
        {
            Assert.Equal("NotMet", page.Document.QuerySelector($"#smort-panel li[data-letter={letter}]")!.GetAttribute("data-verdict"));
        }

        var list = await anne.GetPageAsync($"/borgere/{citizen.Id}/maal");
        var status = list.Document.QuerySelector($"article[aria-labelledby='maal-{goalId}'] .app-smort-status")!.TextContent;
        Assert.Contains("SMARTE: 2 af 6 i orden", status, StringComparison.Ordinal);
        Assert.Contains("Ret: M, A, R, T", string.Join(' ', status.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_panel_handler_is_for_those_who_may_edit()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0, notInContactTeam: DemoUsers.Mette);
        var goal = await App.AddGoalAsync(citizen.Id, "At Sara går tur hver dag");
        var fields = new Dictionary<string, string> { ["Input.Text"] = Avoidance };

        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        fields["__RequestVerificationToken"] = await mette.TokenAsync();
        var before = await App.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await mette.PostRawAsync($"/borgere/{citizen.Id}/maal/ny?handler=SmortPanel", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mette.PostRawAsync($"/borgere/{citizen.Id}/maal/{goal.Id}/rediger?handler=SmortPanel", fields)).StatusCode);
        Assert.All(await App.AuditEntriesSinceAsync(before), r => Assert.Equal(AuditAction.Denied, r.Action));

        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        fields["__RequestVerificationToken"] = await jonas.TokenAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await jonas.PostRawAsync($"/borgere/{citizen.Id}/maal/ny?handler=SmortPanel", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jonas.PostRawAsync($"/borgere/{citizen.Id}/maal/{goal.Id}/rediger?handler=SmortPanel", fields)).StatusCode);
    }
}
