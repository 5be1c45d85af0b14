using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Api;

/// <summary>/api/v1/borgere: keyset paging, changedSince, no CPR in the list, ETag, scoping and one audit row per call.</summary>
public sealed class CitizenApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task Paging_through_all_citizens_with_cursors_returns_each_of_the_callers_citizens_exactly_once()
    {
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var expected = (await App.CitizensInAsync(DemoUsers.Maagen)).Concat(await App.CitizensInAsync(DemoUsers.Ternen)).Select(c => c.Id).ToHashSet();
        var seen = new List<Guid>();
        string? next = null;
        var pages = 0;
        do
        {
            var page = (await lars.GetJsonAsync("/api/v1/borgere?limit=3" + (next is null ? string.Empty : "&after=" + next))).Assert(HttpStatusCode.OK).Json;
            var items = page["items"]!.AsArray();
            Assert.True(items.Count <= 3);
            seen.AddRange(items.Select(i => Guid.Parse(i!["id"]!.GetValue<string>())));
            next = page["next"]?.GetValue<string>();
            pages++;
        }
        while (next is not null && pages < 100);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(expected.OrderBy(x => x), seen.OrderBy(x => x));
        Assert.True(pages > 2, "the demo departments hold more than two pages of three");
    }

    [Fact]
    public async Task The_list_has_no_CPR_number_and_writes_one_Search_row()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var before = await App.LastAuditIdAsync();

        var answer = (await anne.GetJsonAsync("/api/v1/borgere?limit=200&q=" + Uri.EscapeDataString(citizen.LastName))).Assert(HttpStatusCode.OK);

        Assert.Contains(citizen.Id.ToString(), answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(citizen.CprDigits, answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(citizen.CprDigits[6..], answer.Body.Replace(citizen.Id.ToString(), string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("cpr", answer.Body, StringComparison.OrdinalIgnoreCase);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Search, (Guid?)null, "API: borgerliste", DemoUsers.Anne), (row.Action, row.CitizenId, row.Subject, row.UserName));
    }

    [Fact]
    public async Task ChangedSince_lists_only_the_citizens_changed_at_or_after_the_instant()
    {
        var changed = await App.NthCitizenAsync(DemoUsers.Maagen, 2);
        var instant = App.Clock.GetUtcNow().AddSeconds(30);
        App.Clock.Advance(TimeSpan.FromMinutes(1)); // a minute, so the class's sessions stay valid
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        await using (var db = App.CreateSystemDbContext())
        {
            var tracked = await db.Citizens.SingleAsync(c => c.Id == changed.Id);
            tracked.Municipality = "Aalborg Kommune";
            await db.SaveChangesAsync();
        }

        var since = Uri.EscapeDataString(instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        var page = (await anne.GetJsonAsync("/api/v1/borgere?changedSince=" + since)).Assert(HttpStatusCode.OK).Json;

        var item = Assert.Single(page["items"]!.AsArray());
        Assert.Equal(changed.Id.ToString(), item!["id"]!.GetValue<string>());
        Assert.Null(page["next"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("after=abc", "after")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=ti", "limit")]
    [InlineData("changedSince=2026-03-01", "changedSince")]
    [InlineData("changedSince=2026-03-01T10:00:00", "changedSince")]
    public async Task A_bad_cursor_limit_or_instant_is_400_in_Danish_naming_the_parameter(string query, string field)
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var before = await App.LastAuditIdAsync();

        (await anne.GetJsonAsync("/api/v1/borgere?" + query)).AssertProblem(HttpStatusCode.BadRequest, field);
        Assert.Empty(await App.AuditEntriesSinceAsync(before));
    }

    [Fact]
    public async Task A_cursor_of_the_notes_list_is_refused_by_the_citizens_list()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var notesCursor = new Domain.Api.ApiCursor(Domain.Api.ApiCursorKind.Notes, Guid.NewGuid()).Encode();
        (await anne.GetJsonAsync("/api/v1/borgere?after=" + notesCursor)).AssertProblem(HttpStatusCode.BadRequest, "after");
    }

    [Fact]
    public async Task A_citizen_reads_with_its_version_as_ETag_a_masked_CPR_and_one_Read_row()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var before = await App.LastAuditIdAsync();

        var answer = (await anne.GetJsonAsync($"/api/v1/borgere/{citizen.Id}")).Assert(HttpStatusCode.OK);

        Assert.Equal($"\"v{citizen.Version}\"", answer.ETag);
        Assert.Equal(citizen.CprDigits[..6] + "-xxxx", answer.Json["maskedCpr"]!.GetValue<string>());
        Assert.DoesNotContain(citizen.CprDigits, answer.Body, StringComparison.Ordinal);
        Assert.Equal(citizen.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), answer.Json["birthDate"]!.GetValue<string>());
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, (Guid?)citizen.Id, "API: borger"), (row.Action, row.CitizenId, row.Subject));
    }

    [Fact]
    public async Task A_citizen_of_another_department_is_404_without_a_hint_and_the_attempt_is_audited()
    {
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        var before = await App.LastAuditIdAsync();

        var problem = (await jonas.GetJsonAsync($"/api/v1/borgere/{citizen.Id}")).AssertProblem(HttpStatusCode.NotFound);

        Assert.DoesNotContain(citizen.LastName, problem.ToJsonString(), StringComparison.Ordinal);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Denied, (Guid?)citizen.Id, DemoUsers.Jonas), (row.Action, row.CitizenId, row.UserName));
    }

    [Fact]
    public async Task An_anonymous_call_is_401_problem_json_not_the_login_page()
    {
        using var anonymous = fixture.Anonymous();
        (await anonymous.GetJsonAsync("/api/v1/borgere")).AssertProblem(HttpStatusCode.Unauthorized);
        (await anonymous.GetJsonAsync("/api/v1/ukendt")).AssertProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_api_address_is_404_problem_json()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        (await anne.GetJsonAsync("/api/v1/ukendt")).AssertProblem(HttpStatusCode.NotFound);
    }
}
