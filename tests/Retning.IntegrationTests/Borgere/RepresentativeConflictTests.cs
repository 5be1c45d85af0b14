using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.Domain.Citizens;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Borgere;

/// <summary>
/// /borgere/{id}/repraesentanter and /borgere/{id}/kontaktteam: two leaders saving from the same
/// opened form — the second sees the conflict with the other's change, keeps what he typed, and
/// nothing is overwritten (docs/adr/0004-concurrency-token.md).
/// </summary>
public sealed class RepresentativeConflictTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string SaveForm = "form[action*='handler=Save']";

    private RetningApp App => fixture.App;

    [Fact]
    public async Task Two_leaders_editing_the_same_representative_the_second_gets_the_conflict_and_nothing_is_lost()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var list = $"/borgere/{citizen.Id}/repraesentanter";
        var added = await (await anne.GetPageAsync(list)).SubmitAsync(SaveForm, new Dictionary<string, string?>
        {
            ["Input.Kind"] = nameof(RepresentativeKind.Relative), ["Input.Name"] = "Birthe Konflikt", ["Input.Phone"] = "11 11 11 11",
        });
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, $"{(int)added.StatusCode} {added.Headers.Location}");
        var representative = await RepresentativeAsync(citizen.Id, "Birthe Konflikt");

        var editUrl = $"{list}?rediger={representative.Id}";
        var annesForm = (await anne.GetPageAsync(editUrl)).AssertStatus(HttpStatusCode.OK);
        var larsForm = (await lars.GetPageAsync(editUrl)).AssertStatus(HttpStatusCode.OK);
        var before = await App.LastAuditIdAsync();

        var first = await annesForm.SubmitAsync(SaveForm, new Dictionary<string, string?> { ["Input.Phone"] = "22 22 22 22" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await larsForm.SubmitForPageAsync(SaveForm, new Dictionary<string, string?> { ["Input.Relation"] = "moster" });

        Assert.True(second.Status == HttpStatusCode.OK, $"The second save should show the conflict (200), got {(int)second.Status} {second.Response.Headers.Location}");
        Assert.Contains(second.ErrorSummary, m => m.StartsWith("En anden har gemt ændringer på repræsentanten, mens du redigerede. Intet er overskrevet.", StringComparison.Ordinal));
        Assert.Equal("moster", second.FieldValue("Input.Relation", SaveForm));
        var storedSection = second.Document.QuerySelector("section[aria-labelledby='konflikt']");
        Assert.NotNull(storedSection);
        Assert.Contains("22 22 22 22", storedSection.TextContent, StringComparison.Ordinal);

        var stored = await RepresentativeAsync(citizen.Id, "Birthe Konflikt");
        Assert.Equal("22 22 22 22", stored.Phone);
        Assert.Null(stored.Relation);
        var rows = await App.AuditEntriesSinceAsync(before);
        Assert.Equal([AuditAction.Update, AuditAction.Read], rows.Select(r => r.Action));

        // Saving again from the conflict page is a deliberate choice and keeps both what he typed and what he saw.
        var again = await second.SubmitAsync(SaveForm);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("moster", (await RepresentativeAsync(citizen.Id, "Birthe Konflikt")).Relation);
    }

    [Fact]
    public async Task Removing_a_representative_someone_changed_meanwhile_is_refused_with_the_conflict()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var list = $"/borgere/{citizen.Id}/repraesentanter";
        await (await anne.GetPageAsync(list)).SubmitAsync(SaveForm, new Dictionary<string, string?>
        {
            ["Input.Kind"] = nameof(RepresentativeKind.Guardian), ["Input.Name"] = "Værge Fjernes",
        });
        var representative = await RepresentativeAsync(citizen.Id, "Værge Fjernes");
        var removeForm = $"form[action*='handler=Remove'][action*='{representative.Id}']";
        var larsList = (await lars.GetPageAsync(list)).AssertStatus(HttpStatusCode.OK);

        var edit = await (await anne.GetPageAsync($"{list}?rediger={representative.Id}")).SubmitAsync(SaveForm, new Dictionary<string, string?> { ["Input.Phone"] = "33 33 33 33" });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var removal = await larsList.SubmitForPageAsync(removeForm);

        Assert.Equal(HttpStatusCode.OK, removal.Status);
        Assert.Contains(removal.ErrorSummary, m => m.StartsWith("En anden har gemt ændringer på repræsentanten", StringComparison.Ordinal));
        Assert.Equal("33 33 33 33", (await RepresentativeAsync(citizen.Id, "Værge Fjernes")).Phone);
    }

    [Fact]
    public async Task Two_leaders_saving_the_contact_team_the_second_gets_the_conflict_with_his_choice_kept()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var url = $"/borgere/{citizen.Id}/kontaktteam";
        var mette = await App.UserIdAsync(DemoUsers.Mette);
        var anneId = await App.UserIdAsync(DemoUsers.Anne);
        var annesForm = (await anne.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var larsForm = (await lars.GetPageAsync(url)).AssertStatus(HttpStatusCode.OK);
        var team = annesForm.FormFields().Where(f => f.Key == "Selected").Select(f => Guid.Parse(f.Value)).ToList();

        // Anne puts Mette in (or takes her out); Lars, from the same opened form, puts Anne in (or takes her out).
        var annesTeam = Toggle(team, mette);
        var larsTeam = Toggle(team, anneId);
        var first = await Post(anne, url, annesForm, annesTeam);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await lars.ReadPageAsync(url, await Post(lars, url, larsForm, larsTeam));

        Assert.True(second.Status == HttpStatusCode.OK, $"The second save should show the conflict (200), got {(int)second.Status} {second.Response.Headers.Location}");
        Assert.Contains(second.ErrorSummary, m => m.StartsWith("En anden har gemt ændringer på kontaktteamet, mens du redigerede. Intet er overskrevet.", StringComparison.Ordinal));
        var shown = second.FormFields().Where(f => f.Key == "Selected").Select(f => Guid.Parse(f.Value)).ToHashSet();
        Assert.True(shown.SetEquals(larsTeam), "His own choice is still ticked in the form.");
        Assert.NotNull(second.Document.QuerySelector("section[aria-labelledby='konflikt']"));
        Assert.True((await TeamAsync(citizen.Id)).SetEquals(annesTeam), "Anne's team is stored; Lars' save changed nothing.");

        var again = await second.SubmitAsync();
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.True((await TeamAsync(citizen.Id)).SetEquals(larsTeam));
    }

    private static List<Guid> Toggle(List<Guid> team, Guid user) => team.Contains(user) ? [.. team.Where(u => u != user)] : [.. team, user];

    /// <summary>Posts the opened form with exactly these staff ticked (checkboxes repeat a name, which overrides cannot express).</summary>
    private static Task<HttpResponseMessage> Post(BrowserlessClient client, string url, HtmlPage form, List<Guid> selected)
    {
        var fields = form.FormFields().Where(f => f.Key != "Selected").ToList();
        fields.AddRange(selected.Select(s => new KeyValuePair<string, string>("Selected", s.ToString())));
        return client.PostRawAsync(url, fields);
    }

    private async Task<HashSet<Guid>> TeamAsync(Guid citizenId)
    {
        await using var db = App.CreateSystemDbContext();
        return [.. await db.ContactTeamMembers.IgnoreQueryFilters().Where(m => m.CitizenId == citizenId).Select(m => m.UserId).ToListAsync()];
    }

    private async Task<Representative> RepresentativeAsync(Guid citizenId, string name)
    {
        await using var db = App.CreateSystemDbContext();
        return await db.Representatives.AsNoTracking().IgnoreQueryFilters().SingleAsync(r => r.CitizenId == citizenId && r.Name == name);
    }
}
