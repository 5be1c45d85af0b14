using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.ApiClients;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Dagbog;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Api.Auth;

/// <summary>
/// An outside system with a registered client (docs/adr/0017, docs/adr/0020): it reaches exactly its departments'
/// citizens (another department's is 404, audited), every call's audit row names the client, a retried POST with the
/// same Idempotency-Key writes one note, and a client without the write right is refused (403, audited).
/// </summary>
public sealed class ApiClientCitizenTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_client_reads_its_departments_citizens_and_no_others_and_each_call_is_audited_in_its_name()
    {
        var client = await App.AddApiClientAsync("Kommunens sagssystem", DemoUsers.Maagen, ApiRights.Read);
        using var http = App.ApiHttp();
        var token = await http.TokenAsync(client);
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        var own = await App.NthCitizenAsync(DemoUsers.Maagen, 0);
        var other = await App.NthCitizenAsync(DemoUsers.Ternen, 0);
        var before = await App.LastAuditIdAsync();

        using var list = await http.GetWithTokenAsync("/api/v1/borgere?limit=200", token);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var items = (await list.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(maagen, i.GetProperty("departmentId").GetGuid()));
        using var read = await http.GetWithTokenAsync($"/api/v1/borgere/{own.Id}", token);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var outside = await http.GetWithTokenAsync($"/api/v1/borgere/{other.Id}", token);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);

        var rows = await App.AuditEntriesSinceAsync(before);
        Assert.Equal(
            [(AuditAction.Search, (Guid?)null), (AuditAction.Read, own.Id), (AuditAction.Denied, other.Id)],
            rows.Select(r => (r.Action, r.CitizenId)));
        Assert.All(rows, r => Assert.Equal(((Guid?)client.Id, "API-klient: Kommunens sagssystem"), (r.UserId, r.UserName)));
    }

    [Fact]
    public async Task A_client_writes_a_scored_note_once_with_a_retried_key_and_a_client_without_write_right_is_refused()
    {
        var writer = await App.AddApiClientAsync("Bostedets app", DemoUsers.Maagen, ApiRights.Read | ApiRights.Write);
        var reader = await App.AddApiClientAsync("Regionens datavarehus", DemoUsers.Maagen, ApiRights.Read);
        using var http = App.ApiHttp();
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 1);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren selv tager bussen");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren finder sin bus på skærmen", goal.Id);
        var body = JsonSerializer.Serialize(new { subGoalId = subGoal.Id, score = 2, text = "Fandt bussen med lidt hjælp.", observedAt = App.Clock.GetUtcNow().AddMinutes(-20).ToString("O") });
        var key = Guid.NewGuid();
        var url = $"/api/v1/borgere/{citizen.Id}/notater/delmaal";

        var writerToken = await http.TokenAsync(writer);
        using var first = await PostAsync(http, url, body, key, writerToken);
        using var again = await PostAsync(http, url, body, key, writerToken);
        var before = await App.LastAuditIdAsync();
        using var refused = await PostAsync(http, url, body, Guid.NewGuid(), await http.TokenAsync(reader));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, again.StatusCode));
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        var note = Assert.Single(await App.NotesOfAsync(citizen.Id));
        Assert.Equal((writer.Id, "Bostedets app", 2), (note.AuthorId, note.AuthorName, note.ScoreValue!.Value));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        // Refused by the write policy before any citizen is looked up: the denial names the client, not the citizen.
        var denial = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Denied, (Guid?)reader.Id), (denial.Action, denial.UserId));
        await using var db = App.CreateSystemDbContext();
        Assert.Single(await db.DiaryEntries.AsNoTracking().Where(e => e.CitizenId == citizen.Id).ToListAsync());
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string url, string json, Guid key, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", key.ToString());
        return http.SendAsync(request);
    }

    /// <summary>The text right decides free text in every read (Api/Auth/ApiText): a note's structure leaves, its words do not.</summary>
    [Fact]
    public async Task A_client_without_the_text_right_reads_a_notes_structure_but_not_its_text()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 3);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren går en tur");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren tager skoene på", goal.Id);
        var noteId = await App.AddDiaryNoteAsync(citizen.Id, subGoal.Id);
        using var http = App.ApiHttp();
        var structured = await http.TokenAsync(await App.AddApiClientAsync("Kun struktur", DemoUsers.Maagen, ApiRights.Read));
        var withText = await http.TokenAsync(await App.AddApiClientAsync("Med fritekst", DemoUsers.Maagen, ApiRights.Read | ApiRights.Text));

        foreach (var (token, seesText) in new[] { (structured, false), (withText, true) })
        {
            using var one = await http.GetWithTokenAsync($"/api/v1/borgere/{citizen.Id}/notater/{noteId}", token);
            using var list = await http.GetWithTokenAsync($"/api/v1/borgere/{citizen.Id}/notater?subGoalId={subGoal.Id}", token);
            var note = await one.JsonAsync();
            var listed = Assert.Single((await list.JsonAsync()).GetProperty("items").EnumerateArray());
            foreach (var shown in new[] { note, listed })
            {
                Assert.Equal(subGoal.Id, shown.GetProperty("subGoalId").GetGuid());
                Assert.Equal(seesText, shown.GetProperty("text").ValueKind == JsonValueKind.String);
            }
        }
    }
}
