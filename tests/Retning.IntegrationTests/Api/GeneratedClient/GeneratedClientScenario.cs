using System.Net;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using RetningApi.Client;
using RetningApi.Client.Models;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Api.Auth;
using Retning.IntegrationTests.Dagbog;
using Retning.IntegrationTests.Maal;
using Retning.Testing;

namespace Retning.IntegrationTests.Api.GeneratedClient;

/// <summary>
/// The steps of an outside system's session through the generated client, each a method with its own checks, called in
/// order by <see cref="GeneratedClientScenarioTests"/>. Everything the system learns it learns from the API; the
/// database is only read to check what the API said (one note, nothing half-written, audit rows in the client's name).
/// </summary>
public sealed class GeneratedClientScenario(RetningApp app, ApiClientTestData.Registered registered, string clientName) : IDisposable
{
    public const string Department = DemoUsers.Maagen;
    public const string OtherDepartment = DemoUsers.Ternen;

    private readonly GeneratedClientConnection _connection = GeneratedClientConnection.For(app, registered);

    private RetningApiClient Client => _connection.Client;

    /// <summary>Requests the client has sent so far (the token request is not one: it goes by plain HTTP).</summary>
    public int Calls => _connection.Calls;

    public void Dispose() => _connection.Dispose();

    /// <summary>Step: a token by client credentials, then GET /api/v1/mig names the registered client and its department.</summary>
    public async Task AuthenticateAsync()
    {
        var me = await Client.Api.V1.Mig.GetAsync();

        Assert.NotNull(me);
        Assert.Equal(1, _connection.TokenProvider.TokenRequests);
        Assert.Equal(("api-klient", clientName, registered.ClientId, registered.Id), (me.Kind, me.Name, me.ClientId, me.Id));
        Assert.Equal(await app.DepartmentIdAsync(Department), Assert.Single(me.Departments!).Id);
    }

    /// <summary>Step: every page of GET /api/v1/borgere with after/limit until next is null; each own citizen once, no other.</summary>
    public async Task<List<CitizenListItem>> PageThroughCitizensAsync(int limit)
    {
        var seen = new List<CitizenListItem>();
        string? next = null;
        var pages = 0;
        do
        {
            var page = await Client.Api.V1.Borgere.GetAsync(r =>
            {
                r.QueryParameters.Limit = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
                r.QueryParameters.After = next;
            });
            Assert.NotNull(page?.Items);
            Assert.InRange(page.Items.Count, 0, limit);
            seen.AddRange(page.Items);
            next = page.Next;
            pages++;
        }
        while (next is not null && pages < 50);

        var own = (await app.CitizensInAsync(Department)).Select(c => c.Id).Order();
        Assert.Equal(own, seen.Select(c => c.Id!.Value).Order());
        Assert.True(pages > 1, "the department's citizens fill more than one page");
        var others = (await app.CitizensInAsync(OtherDepartment)).Select(c => c.Id).ToHashSet();
        Assert.DoesNotContain(seen, c => others.Contains(c.Id!.Value));
        return seen;
    }

    /// <summary>Step: GET /api/v1/borgere/{id}: the citizen as listed, CPR masked.</summary>
    public async Task<CitizenDetails> ReadCitizenAsync(CitizenListItem listed)
    {
        var citizen = await Client.Api.V1.Borgere[listed.Id!.Value].GetAsync();

        Assert.NotNull(citizen);
        Assert.Equal((listed.Id, listed.FirstName, listed.LastName, listed.DepartmentId), (citizen.Id, citizen.FirstName, citizen.LastName, citizen.DepartmentId));
        Assert.EndsWith("-xxxx", citizen.MaskedCpr, StringComparison.Ordinal);
        return citizen;
    }

    /// <summary>
    /// Step: GET /api/v1/borgere/{id}/plan: the sub-goal the note will be about, found by its wording in the plan's goals
    /// (the client has the text right; without it the wording is null, docs/adr/0017).
    /// </summary>
    public async Task<Guid> FindTheSubGoalInThePlanAsync(Guid citizenId, string wording)
    {
        var plan = await Client.Api.V1.Borgere[citizenId].Plan.GetAsync();

        Assert.NotNull(plan);
        var subGoal = Assert.Single(plan.Goals!.SelectMany(g => g.SubGoals!), s => s.Text == wording);
        return subGoal.Id!.Value;
    }

    /// <summary>
    /// Step: POST .../notater/delmaal twice with the same Idempotency-Key (a retry after a lost answer): the same note both
    /// times, one note stored.
    /// </summary>
    public async Task<NoteResource> WriteScoredNoteTwiceAsync(Guid citizenId, Guid subGoalId)
    {
        var notesBefore = (await app.NotesOfAsync(citizenId)).Count;
        var key = Guid.NewGuid().ToString();
        var note = new SubGoalNoteInput
        {
            SubGoalId = subGoalId,
            Score = 2,
            Text = "Vi øvede indkøbslisten sammen; han huskede mælken selv.",
            Effect = "Mere selvstændig i butikken",
            ObservedAt = app.Clock.GetUtcNow().AddMinutes(-45),
        };

        var first = await Client.Api.V1.Borgere[citizenId].Notater.Delmaal.PostAsync(note, r => r.Headers.Add("Idempotency-Key", key));
        var second = await Client.Api.V1.Borgere[citizenId].Notater.Delmaal.PostAsync(note, r => r.Headers.Add("Idempotency-Key", key));

        Assert.NotNull(first?.Id);
        Assert.Equal(first.Id, second?.Id);
        Assert.Equal((DiaryKind.SubGoal, (Guid?)subGoalId, (int?)2, 1), (first.Kind!.Value, first.SubGoalId, first.Score, first.CurrentVersion));
        var stored = await app.NotesOfAsync(citizenId);
        Assert.Equal(notesBefore + 1, stored.Count);
        Assert.Contains(stored, n => n.Id == first.Id);
        return first;
    }

    /// <summary>
    /// Step: read the note for its ETag (from the response headers, as a client must), correct it with If-Match, then
    /// correct again with the now stale ETag: 412 with the Danish detail and the current note; the stale text is not stored.
    /// </summary>
    public async Task CorrectWithAStaleETagAsync(Guid citizenId, Guid noteId)
    {
        var noteRequests = Client.Api.V1.Borgere[citizenId].Notater[noteId];
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        var read = await noteRequests.GetAsync(r => r.Options.Add(headers));
        var etag = Assert.Single(headers.ResponseHeaders["ETag"]);
        Assert.Equal($"\"v{read!.Version}\"", etag);
        NoteCorrectionInput Correction(string text) => new()
        {
            SubGoalId = read.SubGoalId, Score = 3, Text = text, ObservedAt = read.ObservedAt, CorrectionReason = "Scoren var forkert",
        };

        var corrected = await noteRequests.PutAsync(Correction("Vi øvede indkøbslisten; han huskede mælken og brødet selv."), r => r.Headers.Add("If-Match", etag));
        Assert.Equal((2, (int?)3), (corrected!.CurrentVersion!.Value, corrected.Score));

        var stale = await Assert.ThrowsAsync<ApiConflictOfNoteResource>(() =>
            noteRequests.PutAsync(Correction("Min ældre udgave af rettelsen."), r => r.Headers.Add("If-Match", etag)));

        Assert.Equal((int)HttpStatusCode.PreconditionFailed, stale.ResponseStatusCode);
        Assert.Equal(412, stale.Status);
        Assert.Contains("ændret", stale.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((corrected.Version, corrected.Text), (stale.Current?.Version, stale.Current?.Text));
        var stored = await app.FindNoteAsync(noteId);
        Assert.Equal((corrected.Text, 2), (stored.Text, stored.Versions.Count));
    }

    /// <summary>Step: a citizen of another department is 404, the same as one that does not exist, and the attempt is audited.</summary>
    public async Task ReadAnotherDepartmentsCitizenAsync()
    {
        var outside = await app.NthCitizenAsync(OtherDepartment, 0);
        var before = await app.LastAuditIdAsync();

        var problem = await Assert.ThrowsAsync<ProblemDetails>(() => Client.Api.V1.Borgere[outside.Id].GetAsync());

        Assert.Equal(((int)HttpStatusCode.NotFound, (int?)404), (problem.ResponseStatusCode, problem.Status));
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
        Assert.DoesNotContain(outside.LastName, problem.Detail, StringComparison.Ordinal);
        var row = Assert.Single(await app.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Denied, (Guid?)outside.Id, (Guid?)registered.Id), (row.Action, row.CitizenId, row.UserId));
    }

    /// <summary>
    /// Step: lists (one citizen a page) until the rate limit refuses a call: exactly the limit's next call is 429, a problem with a Danish detail
    /// and Retry-After. Kiota's retry handler would wait out Retry-After and try again; this request asks it not to.
    /// </summary>
    public async Task CallPastTheRateLimitAsync(int permitLimit)
    {
        var noRetry = new RetryHandlerOption { MaxRetry = 0 };
        ProblemDetails? refused = null;
        while (refused is null && Calls < permitLimit + 1)
        {
            try
            {
                await Client.Api.V1.Borgere.GetAsync(r =>
                {
                    r.QueryParameters.Limit = "1";
                    r.Options.Add(noRetry);
                });
            }
            catch (ProblemDetails problem)
            {
                refused = problem;
            }
        }

        Assert.NotNull(refused);
        Assert.Equal(permitLimit + 1, Calls);
        Assert.Equal((int)HttpStatusCode.TooManyRequests, refused.ResponseStatusCode);
        Assert.StartsWith("For mange kald.", refused.Detail, StringComparison.Ordinal);
        var retryAfter = int.Parse(Assert.Single(refused.ResponseHeaders["Retry-After"]), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
    }

    /// <summary>Every call's audit rows since <paramref name="afterAuditId"/> name the client (docs/adr/0017).</summary>
    public async Task AssertAuditedInTheClientsNameAsync(long afterAuditId)
    {
        var rows = await app.AuditEntriesSinceAsync(afterAuditId);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(((Guid?)registered.Id, "API-klient: " + clientName), (r.UserId, r.UserName)));
    }
}
