using System.Globalization;
using System.Net;
using Retning.Domain.Audit;
using Retning.Domain.Evaluations;
using Retning.IntegrationTests.Evalueringer;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Teammoede;

/// <summary>/teammoede: a department's goals due for evaluation on a date, new goals to review, and what was decided.</summary>
public sealed class TeamMeetingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private static List<string> Rows(HtmlPage page, string table) =>
        [.. page.Document.QuerySelectorAll($"#{table} tbody tr").Select(r => System.Text.RegularExpressions.Regex.Replace(r.TextContent, @"\s+", " ").Trim())];

    [Fact]
    public async Task The_agenda_holds_goals_due_by_the_meeting_and_new_goals_and_the_decisions_of_the_day()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0, inContactTeam: DemoUsers.Mette);
        var due = await App.AddGoalAsync(citizen.Id, "At borgeren hænger jakken op", configure: g => g.NextEvaluationOn = App.Today.AddDays(7));
        var later = await App.AddGoalAsync(citizen.Id, "At borgeren cykler i skole", configure: g => g.NextEvaluationOn = App.Today.AddMonths(2));
        var fresh = await App.AddGoalAsync(citizen.Id, "At borgeren spiller fodbold i klubben", configure: g => g.NextEvaluationOn = App.Today.AddMonths(3));
        await App.AddEvaluationAsync(citizen.Id, due.Id);   // reviewed before: on the agenda only because it is due
        await App.AddEvaluationAsync(citizen.Id, later.Id); // reviewed and not due: not on the agenda
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();

        var meetingDay = App.Today.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = (await mette.GetPageAsync($"/teammoede?dato={meetingDay}")).AssertStatus(HttpStatusCode.OK);

        var agenda = Rows(page, "dagsorden");
        Assert.Contains(agenda, r => r.Contains("hænger jakken op", StringComparison.Ordinal));
        Assert.Contains(agenda, r => r.Contains("spiller fodbold", StringComparison.Ordinal) && r.Contains("Nyt", StringComparison.Ordinal));
        Assert.DoesNotContain(agenda, r => r.Contains("cykler i skole", StringComparison.Ordinal));
        Assert.NotNull(page.Document.QuerySelector($"#dagsorden a[href='/borgere/{citizen.Id}/evalueringer/ny/{fresh.Id}']"));
        Assert.Equal(AuditAction.Search, Assert.Single(await App.AuditEntriesSinceAsync(before)).Action);

        var today = await mette.GetPageAsync("/teammoede");
        Assert.Contains(Rows(today, "besluttet"), r => r.Contains("hænger jakken op", StringComparison.Ordinal) && r.Contains(EvaluationDecision.Continue.Danish(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_department_cannot_be_chosen_and_only_the_contact_team_and_leaders_get_the_evaluate_button()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0, notInContactTeam: DemoUsers.Mette);
        await App.AddGoalAsync(citizen.Id, "At borgeren reder sin seng");
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var page = await mette.GetPageAsync("/teammoede");
        var row = page.Document.QuerySelectorAll("#dagsorden tbody tr").Single(r => r.TextContent.Contains("reder sin seng", StringComparison.Ordinal));
        Assert.Null(row.QuerySelector("a.button"));

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var asLeader = await anne.GetPageAsync("/teammoede");
        Assert.NotNull(asLeader.Document.QuerySelectorAll("#dagsorden tbody tr").Single(r => r.TextContent.Contains("reder sin seng", StringComparison.Ordinal)).QuerySelector("a.button"));

        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        var other = await jonas.GetPageAsync($"/teammoede?afdeling={maagen}");
        Assert.DoesNotContain("reder sin seng", other.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_that_cannot_be_evaluated_says_why()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1, notInContactTeam: DemoUsers.Mette);
        await App.AddGoalAsync(citizen.Id, "At borgeren tømmer opvaskemaskinen hver aften");

        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var asCareWorker = await mette.GetPageAsync("/teammoede");
        Assert.Contains("Kan ikke evalueres: du er ikke i borgerens kontaktteam.", Item(asCareWorker, "tømmer opvaskemaskinen"), StringComparison.Ordinal);

        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        var asQualityOfficer = await kvalitet.GetPageAsync($"/teammoede?afdeling={maagen}");
        Assert.Contains("Kan ikke evalueres: kun borgerens kontaktteam og afdelingens ledelse evaluerer.", Item(asQualityOfficer, "tømmer opvaskemaskinen"), StringComparison.Ordinal);

        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        Assert.DoesNotContain("Kan ikke evalueres", Item(await anne.GetPageAsync("/teammoede"), "tømmer opvaskemaskinen"), StringComparison.Ordinal);
    }

    private static string Item(HtmlPage page, string goalText) =>
        System.Text.RegularExpressions.Regex.Replace(
            page.Document.QuerySelectorAll("#dagsorden tbody tr").Single(r => r.TextContent.Contains(goalText, StringComparison.Ordinal)).TextContent, @"\s+", " ");
}
