using System.Net;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Dagbog;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Api;

/// <summary>Reading notes page by page, and a correction guarded by ETag and If-Match (428, 412 with the current body).</summary>
public sealed class NoteReadAndCorrectApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private async Task<(Guid Citizen, Guid SubGoal, Guid Other)> CitizenWithSubGoalsAsync(int n)
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, n);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren smører sin madpakke");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren finder pålægget frem", goal.Id);
        var other = await App.AddGoalAsync(citizen.Id, "At borgeren rydder op efter sig", goal.Id);
        return (citizen.Id, subGoal.Id, other.Id);
    }

    [Fact]
    public async Task Paging_through_a_citizens_notes_returns_each_once_newest_first_and_filters_on_a_sub_goal()
    {
        var (citizenId, subGoalId, otherId) = await CitizenWithSubGoalsAsync(0);
        await App.AddManyNotesAsync(citizenId, subGoalId, 12);
        await App.AddDiaryNoteAsync(citizenId, otherId, daysAgo: 3);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var before = await App.LastAuditIdAsync();

        var seen = new List<(Guid Id, DateTime At)>();
        string? next = null;
        var calls = 0;
        do
        {
            var page = (await anne.GetJsonAsync($"/api/v1/borgere/{citizenId}/notater?limit=5" + (next is null ? string.Empty : "&after=" + next)))
                .Assert(HttpStatusCode.OK).Json;
            seen.AddRange(page["items"]!.AsArray().Select(i => (Guid.Parse(i!["id"]!.GetValue<string>()), i["observedAt"]!.GetValue<DateTime>())));
            next = page["next"]?.GetValue<string>();
            calls++;
        }
        while (next is not null && calls < 10);

        Assert.Equal(13, seen.Count);
        Assert.Equal(13, seen.Select(s => s.Id).Distinct().Count());
        Assert.Equal(seen.Select(s => s.At).OrderByDescending(a => a), seen.Select(s => s.At));
        Assert.Equal(calls, (await App.AuditEntriesSinceAsync(before)).Count(r => r.Action == AuditAction.Read && r.CitizenId == citizenId));

        var filtered = (await anne.GetJsonAsync($"/api/v1/borgere/{citizenId}/notater?subGoalId={otherId}")).Assert(HttpStatusCode.OK).Json;
        Assert.Equal(otherId.ToString(), Assert.Single(filtered["items"]!.AsArray())!["subGoalId"]!.GetValue<string>());
        (await anne.GetJsonAsync($"/api/v1/borgere/{citizenId}/notater?subGoalId=nej")).AssertProblem(HttpStatusCode.BadRequest, "subGoalId");
        (await anne.GetJsonAsync($"/api/v1/borgere/{citizenId}/notater?after=" + new Domain.Api.ApiCursor(Domain.Api.ApiCursorKind.Notes, Guid.NewGuid()).Encode()))
            .AssertProblem(HttpStatusCode.BadRequest, "after");
    }

    [Fact]
    public async Task ChangedSince_lists_only_notes_written_or_corrected_since()
    {
        var (citizenId, subGoalId, _) = await CitizenWithSubGoalsAsync(1);
        await App.AddDiaryNoteAsync(citizenId, subGoalId, daysAgo: 2);
        var instant = App.Clock.GetUtcNow().AddSeconds(30);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await App.AddDiaryNoteAsync(citizenId, subGoalId);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var page = (await anne.GetJsonAsync($"/api/v1/borgere/{citizenId}/notater?changedSince=" + Uri.EscapeDataString(instant.ToString("O")))).Assert(HttpStatusCode.OK).Json;

        Assert.Equal(newer.ToString(), Assert.Single(page["items"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_correction_needs_If_Match_a_stale_one_gets_412_with_the_current_note_and_nothing_is_written()
    {
        var (citizenId, subGoalId, _) = await CitizenWithSubGoalsAsync(2);
        var noteId = await App.AddDiaryNoteAsync(citizenId, subGoalId, daysAgo: 1);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var url = $"/api/v1/borgere/{citizenId}/notater/{noteId}";
        var read = (await anne.GetJsonAsync(url)).Assert(HttpStatusCode.OK);
        var etag = read.ETag!;
        var observedAt = read.Json["observedAt"]!.GetValue<DateTime>().ToString("O");
        object Correction(string text) => new { subGoalId, score = 3, text, observedAt, correctionReason = "Forkert score" };

        var before = await App.LastAuditIdAsync();
        (await anne.PutJsonAsync(url, Correction("Rettet tekst"), ifMatch: null)).AssertProblem((HttpStatusCode)428, "If-Match");
        Assert.Equal(1, (await App.FindNoteAsync(noteId)).CurrentVersion);

        var corrected = (await anne.PutJsonAsync(url, Correction("Rettet tekst"), etag)).Assert(HttpStatusCode.OK);
        Assert.NotEqual(etag, corrected.ETag);
        Assert.Equal(2, corrected.Json["currentVersion"]!.GetValue<int>());
        var stored = await App.FindNoteAsync(noteId);
        Assert.Equal(("Rettet tekst", 3, 2), (stored.Text, stored.ScoreValue!.Value, stored.Versions.Count));

        // A second writer still holding the first ETag: 412, the current note in the body, nothing written.
        var stale = (await anne.PutJsonAsync(url, Correction("Min ældre rettelse"), etag)).Assert(HttpStatusCode.PreconditionFailed);
        Assert.Equal("application/problem+json", stale.ContentType);
        Assert.Equal("Rettet tekst", stale.Json["current"]!["text"]!.GetValue<string>());
        Assert.Equal(corrected.ETag, stale.ETag);
        Assert.False(string.IsNullOrEmpty(stale.Json["detail"]!.GetValue<string>()));
        var after = await App.FindNoteAsync(noteId);
        Assert.Equal(("Rettet tekst", 2), (after.Text, after.Versions.Count));

        var rows = await App.AuditEntriesSinceAsync(before);
        Assert.Equal([AuditAction.Update, AuditAction.Read], rows.Select(r => r.Action));
        Assert.Equal("Dagbog: ret notat (konflikt)", rows[1].Subject);
    }

    [Fact]
    public async Task A_note_of_another_departments_citizen_is_404_and_audited()
    {
        var (citizenId, subGoalId, _) = await CitizenWithSubGoalsAsync(3);
        var noteId = await App.AddDiaryNoteAsync(citizenId, subGoalId);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        var before = await App.LastAuditIdAsync();

        (await jonas.GetJsonAsync($"/api/v1/borgere/{citizenId}/notater/{noteId}")).AssertProblem(HttpStatusCode.NotFound);
        (await jonas.PutJsonAsync($"/api/v1/borgere/{citizenId}/notater/{noteId}", new { text = "x" }, "\"v0\"")).AssertProblem(HttpStatusCode.NotFound);

        var rows = await App.AuditEntriesSinceAsync(before);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal((AuditAction.Denied, (Guid?)citizenId), (r.Action, r.CitizenId)));
        Assert.Equal(1, (await App.FindNoteAsync(noteId)).CurrentVersion);
    }
}
