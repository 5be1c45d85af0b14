using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Quality;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Kvalitet;

/// <summary>
/// The improvement plan (issue 15, standard 1.3 step 4, indicator 9) through its forms: an action written from a
/// finding, bad input at the fields, status moves (refused ones too), done asking how it lasts, the verdict against
/// the figure with before → after, the history, a stale save, and the owner's task on "Mine opgaver".
/// </summary>
public sealed class ImprovementPlanTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private static string S(ImprovementActionStatus status) => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_action_is_written_from_a_finding_and_shown_in_the_plan_by_indicator()
    {
        var roundId = await ImprovementTestData.CompletedRoundAsync(App, "Runde med fund");
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);

        var plan = await lars.GetPageAsync($"/kvalitet/{roundId}/forbedringsplan");
        plan.AssertStatus(HttpStatusCode.OK);
        Assert.True(plan.MainText.Contains("1 af 4 (25 %)", StringComparison.Ordinal), plan.MainText);

        var form = await lars.GetPageAsync($"/kvalitet/{roundId}/forbedringsplan/ny?indikator=7");
        Assert.Equal("Indikator 7: 1 af 4 planer opfyldt (25 %); 1 delvist opfyldt", form.FieldValue("Input.Finding"));
        Assert.Equal("25", form.FieldValue("Input.BeforeValue"));
        var response = await form.SubmitAsync(overrides: new Dictionary<string, string?> { ["Input.Title"] = "Samarbejdsaftaler med eksterne" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = App.CreateSystemDbContext();
        var action = await db.ImprovementActions.Include(a => a.Changes).SingleAsync(a => a.RoundId == roundId);
        Assert.Equal(("Samarbejdsaftaler med eksterne", ActionFigureKind.NextRoundIndicator, "7", 25m), (action.Title, action.FigureKind, action.FigureKey, action.BeforeValue));
        Assert.Equal([QualityIndicator.ExternalCollaboration], IndicatorSet.In(action.Indicators));
        Assert.Single(action.Changes);
        var shown = await lars.GetPageAsync($"/kvalitet/{roundId}/forbedringsplan");
        Assert.Contains("Samarbejdsaftaler med eksterne", shown.MainText, StringComparison.Ordinal);
        Assert.Contains("Indikator 7: Der samarbejdes", shown.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_shown_at_the_fields_and_nothing_typed_is_lost()
    {
        var roundId = await ImprovementTestData.CompletedRoundAsync(App, "Runde med fejl");
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var form = await lars.GetPageAsync($"/kvalitet/{roundId}/forbedringsplan/ny");

        var page = await form.SubmitForPageAsync(overrides: new Dictionary<string, string?>
        {
            ["Input.Title"] = new string('x', ImprovementAction.MaxTitle + 1), ["Input.Finding"] = "Fund skrevet i hånden", ["Input.BeforeValue"] = "mange",
            ["Input.Figure"] = "figur:findes-ikke",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.FieldError("Input.Title"));
        Assert.Contains("Vælg mindst én indikator", page.FieldError("Input.Indicators"), StringComparison.Ordinal);
        Assert.Contains("Vælg det tal", page.FieldError("Input.Figure"), StringComparison.Ordinal);
        Assert.Contains("som et tal", page.FieldError("Input.BeforeValue"), StringComparison.Ordinal);
        Assert.Equal("Fund skrevet i hånden", page.FieldValue("Input.Finding"));
        Assert.Equal("mange", page.FieldValue("Input.BeforeValue"));
        Assert.Equal(((int)ImprovementAction.MaxTitle).ToString(System.Globalization.CultureInfo.InvariantCulture),
            page.Document.QuerySelector("#Input_Title")!.GetAttribute("maxlength"));
        await using var db = App.CreateSystemDbContext();
        Assert.False(await db.ImprovementActions.AnyAsync(a => a.RoundId == roundId));
    }

    [Fact]
    public async Task Status_moves_follow_the_rules_done_asks_how_it_lasts_and_the_verdict_shows_before_and_after()
    {
        var roundId = await ImprovementTestData.CompletedRoundAsync(App, "Runde med tiltag");
        var actionId = await ImprovementTestData.ActionAsync(App, roundId, DemoUsers.Lars, "Tjekliste for samarbejde", App.Today.AddMonths(2));
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var url = $"/kvalitet/{roundId}/forbedringsplan/{actionId}";

        var page = await lars.GetPageAsync(url);
        var moved = await page.SubmitAsync("#status-form", new Dictionary<string, string?> { ["Move.Status"] = S(ImprovementActionStatus.InProgress) });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        // Verifying an action that is not done is refused at the status field.
        page = await lars.GetPageAsync(url);
        var refused = await page.SubmitForPageAsync("#status-form", new Dictionary<string, string?> { ["Move.Status"] = S(ImprovementActionStatus.VerifiedEffective) });
        Assert.Contains("kan ikke få status \"Virkning bekræftet\"", refused.FieldError("Move.Status"), StringComparison.Ordinal);

        // Done asks how the action is made to last.
        page = await lars.GetPageAsync(url);
        var noLast = await page.SubmitForPageAsync("#status-form", new Dictionary<string, string?> { ["Move.Status"] = S(ImprovementActionStatus.Done), ["Move.MadeToLast"] = "" });
        Assert.Contains("sikres implementeret", noLast.FieldError("Move.MadeToLast"), StringComparison.Ordinal);
        var done = await noLast.SubmitAsync("#status-form", new Dictionary<string, string?> { ["Move.MadeToLast"] = "Fast punkt på teammødet hver måned." });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        // The verdict needs the reading after; with it the plan says whether the figure moved.
        page = await lars.GetPageAsync(url);
        var noAfter = await page.SubmitForPageAsync("#status-form", new Dictionary<string, string?> { ["Move.Status"] = S(ImprovementActionStatus.VerifiedEffective), ["Move.AfterValue"] = "" });
        Assert.Contains("Angiv tallet, efter", noAfter.FieldError("Move.AfterValue"), StringComparison.Ordinal);
        var verified = await noAfter.SubmitAsync("#status-form", new Dictionary<string, string?> { ["Move.AfterValue"] = "62,5", ["Move.AfterReadOn"] = App.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);

        var shown = await lars.GetPageAsync(url);
        Assert.Equal("Virkning bekræftet", shown.Document.QuerySelector("#status")!.TextContent.Trim());
        Assert.Contains("Rykket som ønsket", shown.MainText, StringComparison.Ordinal);
        Assert.Contains("25 % → 62,5 %", shown.MainText, StringComparison.Ordinal);
        var history = shown.Document.QuerySelectorAll("#historik tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, history.Count);
        Assert.Contains(history, r => r.Contains("Udført → Virkning bekræftet", StringComparison.Ordinal) && r.Contains("25 → 62,5", StringComparison.Ordinal));
        await using var db = App.CreateSystemDbContext();
        var action = await db.ImprovementActions.SingleAsync(a => a.Id == actionId);
        Assert.Equal((ImprovementActionStatus.VerifiedEffective, "Fast punkt på teammødet hver måned.", 62.5m), (action.Status, action.MadeToLast, action.AfterValue));
    }

    [Fact]
    public async Task A_verdict_of_no_effect_is_kept_in_the_history_when_the_action_is_tried_again()
    {
        var roundId = await ImprovementTestData.CompletedRoundAsync(App, "Runde uden virkning");
        var actionId = await ImprovementTestData.ActionAsync(App, roundId, DemoUsers.Lars, "Nyt skema", App.Today, ImprovementActionStatus.Done);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var url = $"/kvalitet/{roundId}/forbedringsplan/{actionId}";

        var page = await lars.GetPageAsync(url);
        await page.SubmitAsync("#status-form", new Dictionary<string, string?>
        {
            ["Move.Status"] = S(ImprovementActionStatus.VerifiedNotEffective), ["Move.AfterValue"] = "20", ["Move.AfterReadOn"] = App.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        var judged = await lars.GetPageAsync(url);
        Assert.Contains("Ikke rykket som ønsket", judged.MainText, StringComparison.Ordinal);
        await judged.SubmitAsync("#status-form", new Dictionary<string, string?> { ["Move.Status"] = S(ImprovementActionStatus.InProgress) });

        var again = await lars.GetPageAsync(url);
        Assert.Equal("I gang", again.Document.QuerySelector("#status")!.TextContent.Trim());
        Assert.Contains(again.Document.QuerySelectorAll("#historik tbody tr"), r => r.TextContent.Contains("Uden den ønskede virkning", StringComparison.Ordinal) && r.TextContent.Contains("25 → 20", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stale_save_shows_the_conflict_and_keeps_what_was_typed()
    {
        var roundId = await ImprovementTestData.CompletedRoundAsync(App, "Runde med konflikt");
        var actionId = await ImprovementTestData.ActionAsync(App, roundId, DemoUsers.Lars, "Fælles tiltag", App.Today.AddMonths(1));
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var url = $"/kvalitet/{roundId}/forbedringsplan/{actionId}";
        var mine = await lars.GetPageAsync(url);
        var theirs = await lars.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await theirs.SubmitAsync("#action-form", new Dictionary<string, string?> { ["Input.Title"] = "Deres titel" })).StatusCode);
        var conflict = await mine.SubmitForPageAsync("#action-form", new Dictionary<string, string?> { ["Input.Title"] = "Min titel" });

        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Contains("En anden har gemt ændringer på tiltaget", conflict.MainText, StringComparison.Ordinal);
        Assert.Equal("Min titel", conflict.FieldValue("Input.Title", "#action-form"));
        Assert.Contains("Deres titel", conflict.MainText, StringComparison.Ordinal);
        await using var db = App.CreateSystemDbContext();
        Assert.Equal("Deres titel", (await db.ImprovementActions.SingleAsync(a => a.Id == actionId)).Title);
    }

    [Fact]
    public async Task The_owner_sees_an_overdue_action_and_a_done_action_to_judge_on_my_tasks()
    {
        var roundId = await ImprovementTestData.CompletedRoundAsync(App, "Runde med opgaver");
        await ImprovementTestData.ActionAsync(App, roundId, DemoUsers.Anne, "Overskredet tiltag for Anne", App.Today.AddDays(-3));
        await ImprovementTestData.ActionAsync(App, roundId, DemoUsers.Anne, "Udført tiltag for Anne", App.Today.AddDays(-10), ImprovementActionStatus.Done);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var tasks = await anne.GetPageAsync("/opgaver");

        Assert.Contains("Gennemfør: Overskredet tiltag for Anne", tasks.MainText, StringComparison.Ordinal);
        Assert.Contains("Vurdér virkningen: Udført tiltag for Anne", tasks.MainText, StringComparison.Ordinal);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        Assert.DoesNotContain("tiltag for Anne", (await lars.GetPageAsync("/opgaver")).MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_who_does_not_run_the_round_reads_the_plan_but_may_not_write()
    {
        var roundId = await ImprovementTestData.CompletedRoundAsync(App, "Runde for læsere");
        var actionId = await ImprovementTestData.ActionAsync(App, roundId, DemoUsers.Lars, "Kun til læsning", App.Today.AddMonths(1));
        using var sektor = await fixture.SignInAsync(DemoUsers.Sektor);

        var plan = await sektor.GetPageAsync($"/kvalitet/{roundId}/forbedringsplan");
        Assert.Equal(HttpStatusCode.OK, plan.Status);
        Assert.Null(plan.Document.QuerySelector($"a[href='/kvalitet/{roundId}/forbedringsplan/ny']"));
        var action = await sektor.GetPageAsync($"/kvalitet/{roundId}/forbedringsplan/{actionId}");
        Assert.Null(action.Document.QuerySelector("#status-form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await sektor.GetAsync($"/kvalitet/{roundId}/forbedringsplan/ny")).StatusCode);
        using var peter = await fixture.SignInAsync(DemoUsers.Peter);
        Assert.Equal(HttpStatusCode.NotFound, (await peter.GetAsync($"/kvalitet/{roundId}/forbedringsplan")).StatusCode);
    }
}
