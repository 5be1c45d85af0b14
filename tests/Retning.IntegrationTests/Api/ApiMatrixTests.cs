using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Retning.Domain.ApiClients;
using Retning.IntegrationTests.Api.Auth;
using Retning.IntegrationTests.Api.Reports;
using Retning.IntegrationTests.Dagbog;
using Retning.IntegrationTests.Evalueringer;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Api;

/// <summary>
/// Every operation of the served OpenAPI document × {anonymous → 401, a staff member of another department → 404,
/// a staff member with access → 2xx, the administrator (no citizen access) → 403, an API client without the write
/// right → 2xx on reads and 403 on writes, an API client of another department → 404, an API client with the rights
/// → 2xx}, and one audit row per answer. The operations are read from the
/// document, so a new endpoint fails here until it has a valid request in <see cref="RequestFor"/>.
/// </summary>
public sealed class ApiMatrixTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private sealed record Subject(Guid Citizen, Guid SubGoal, Guid Note, Guid Context, Guid Type, Guid Goal, Guid Evaluation, Guid Report);

    private const string Jonas = "medarbejder i en anden afdeling", Reader = "klient uden skriveret";

    /// <summary>
    /// Where an operation's own rule answers a caller otherwise than its kind: the management figures follow the
    /// management pages, where a care worker (Jonas) is refused; an approved status report's content and files are free
    /// text, which a client without the text right may not read (docs/adr/0017).
    /// </summary>
    private static readonly Dictionary<(string Operation, string Caller), HttpStatusCode> Exceptions = new()
    {
        [("GetManagementFigures", Jonas)] = HttpStatusCode.Forbidden,
        [("GetStatusReport", Reader)] = HttpStatusCode.Forbidden,
        [("GetStatusReportDocx", Reader)] = HttpStatusCode.Forbidden,
        [("GetStatusReportPdf", Reader)] = HttpStatusCode.Forbidden,
    };

    private async Task<Subject> SubjectAsync(BrowserlessClient head)
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren smører sin madpakke");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren finder pålægget frem", goal.Id);
        var note = await App.AddDiaryNoteAsync(citizen.Id, subGoal.Id);
        var (context, type, _) = await App.CategoriesAsync(citizen.Id);
        var evaluation = await App.AddEvaluationAsync(citizen.Id, goal.Id);
        var (_, report) = await App.AddApprovedStatusAsync(head, citizen.Id);
        return new Subject(citizen.Id, subGoal.Id, note, context, type, goal.Id, evaluation, report);
    }

    /// <summary>A valid request of each operation (by operationId): its body and headers; null body for a GET.</summary>
    private async Task<(string? Body, List<(string, string)> Headers)> RequestFor(string operationId, Subject s, BrowserlessClient caller)
    {
        var now = App.Clock.GetUtcNow().ToString("O");
        string Json(object body) => JsonSerializer.Serialize(body);
        List<(string, string)> Key() => [("Idempotency-Key", Guid.NewGuid().ToString())];
        switch (operationId)
        {
            case "ListCitizens" or "GetCitizen" or "ListNotes" or "GetNote" or "GetMe" or "ExportPlanFhir":
            case "ListPurposes" or "GetPlan" or "GetGoal" or "ListEvaluations" or "GetEvaluation" or "ListDeadlines":
            case "ListStatusReports" or "GetStatusReport" or "GetStatusReportDocx" or "GetStatusReportPdf" or "GetManagementFigures":
                return (null, []);
            case "WriteSubGoalNote":
                return (Json(new { subGoalId = s.SubGoal, score = 2, text = "Matrix", observedAt = now }), Key());
            case "WriteResidentNote":
                return (Json(new { contextId = s.Context, noteTypeId = s.Type, text = "Matrix", observedAt = now }), Key());
            case "CorrectNote":
                // The current ETag as an allowed caller would have read it (another caller's GET may be refused).
                await using (var db = App.CreateSystemDbContext())
                {
                    var version = (await db.DiaryEntries.FindAsync(s.Note))!.Version;
                    var text = "Matrix rettet " + Guid.NewGuid().ToString("N")[..6];
                    return (Json(new { subGoalId = s.SubGoal, score = 3, text, observedAt = App.Clock.GetUtcNow().AddMinutes(-1).ToString("O"), correctionReason = "Matrix" }),
                        [("If-Match", $"\"v{version}\"")]);
                }

            default:
                Assert.Fail($"The API matrix has no request for operation '{operationId}': add it to ApiMatrixTests.RequestFor.");
                return (null, []);
        }
    }

    /// <summary>A kind of caller and what it gets: for a read and for a write.</summary>
    /// <summary><paramref name="Subject"/>: the caller's own note where it may correct only what it wrote (an API client).</summary>
    private sealed record Caller(BrowserlessClient Client, string Who, HttpStatusCode Read, HttpStatusCode Write, bool Audited, Subject? Subject = null);

    /// <summary>Operations that read no citizen data and so write no audit row when they succeed.</summary>
    private static readonly HashSet<string> NoCitizenData = ["GetMe"];

    /// <summary>An API client of <paramref name="department"/> calling with a bearer token from /api/token.</summary>
    private async Task<BrowserlessClient> ApiClientAsync(string name, string department, ApiRights rights)
    {
        var registered = await App.AddApiClientAsync(name, department, rights);
        using var http = App.ApiHttp();
        var token = await http.TokenAsync(registered);
        var client = fixture.Anonymous();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Every_operation_answers_each_kind_of_caller_as_the_contract_says()
    {
        var document = JsonNode.Parse(await OpenApiDocumentTests.ServedAsync(fixture))!;
        const HttpStatusCode ok = HttpStatusCode.OK, notFound = HttpStatusCode.NotFound, forbidden = HttpStatusCode.Forbidden;
        using var anonymous = fixture.Anonymous();
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas); // Ternen: the citizen is in Mågen
        using var anne = await fixture.SignInAsync(DemoUsers.Anne); // Mågen's head: reads, writes, corrects, approves statuses
        var subject = await SubjectAsync(anne);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin); // no citizen access
        using var reader = await ApiClientAsync("Matrix: kun læse", DemoUsers.Maagen, ApiRights.Read);
        using var outsider = await ApiClientAsync("Matrix: anden afdeling", DemoUsers.Ternen, ApiRights.Read | ApiRights.Write | ApiRights.Text);
        using var full = await ApiClientAsync("Matrix: alle rettigheder", DemoUsers.Maagen, ApiRights.Read | ApiRights.Write | ApiRights.Text);
        // A client corrects only the notes it wrote itself (as a care worker corrects their own, ApiDiaryRights).
        var fullsNote = (await full.PostJsonAsync($"/api/v1/borgere/{subject.Citizen}/notater/delmaal",
            new { subGoalId = subject.SubGoal, score = 1, text = "Matrix: klientens eget notat", observedAt = App.Clock.GetUtcNow().ToString("O") }, Guid.NewGuid()))
            .Assert(HttpStatusCode.Created).Json["id"]!.GetValue<Guid>();
        Caller[] callers =
        [
            new(anonymous, "anonym", HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, Audited: false),
            new(jonas, Jonas, notFound, notFound, Audited: true),
            new(admin, "administrator", forbidden, forbidden, Audited: true),
            new(anne, "afdelingsleder", ok, ok, Audited: true),
            new(reader, Reader, ok, forbidden, Audited: true),
            new(outsider, "klient i en anden afdeling", notFound, notFound, Audited: true),
            new(full, "klient med ret", ok, ok, Audited: true, subject with { Note = fullsNote }),
        ];
        var checkedOperations = 0;
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var operationId = operation!["operationId"]!.GetValue<string>();
                var httpMethod = new HttpMethod(method.ToUpperInvariant());
                var declared = operation["responses"]!.AsObject().Select(r => r.Key).ToHashSet();
                foreach (var caller in callers)
                {
                    var expected = Exceptions.TryGetValue((operationId, caller.Who), out var own) ? own
                        : httpMethod == HttpMethod.Get ? caller.Read : caller.Write;
                    var s = caller.Subject ?? subject;
                    var url = template.Replace("{id}", s.Citizen.ToString(), StringComparison.Ordinal)
                        .Replace("{noteId}", s.Note.ToString(), StringComparison.Ordinal)
                        .Replace("{goalId}", s.Goal.ToString(), StringComparison.Ordinal)
                        .Replace("{evaluationId}", s.Evaluation.ToString(), StringComparison.Ordinal)
                        .Replace("{reportId}", s.Report.ToString(), StringComparison.Ordinal);
                    var (body, headers) = await RequestFor(operationId, s, caller.Client);
                    var before = await App.LastAuditIdAsync();
                    var answer = body is null
                        ? await caller.Client.GetJsonAsync(url)
                        : await caller.Client.SendJsonAsync(httpMethod, url, body, headers);
                    var what = $"{method} {template} as {caller.Who}";
                    if (expected == notFound && !template.Contains("{id}", StringComparison.Ordinal))
                    {
                        // A list of no one citizen: the other department's caller gets their own citizens, never this one.
                        answer.Assert(ok);
                        Assert.DoesNotContain(subject.Citizen.ToString(), answer.Body, StringComparison.Ordinal);
                        expected = ok;
                    }
                    else if (expected == ok)
                    {
                        Assert.True((int)answer.Status is >= 200 and < 300, $"{what}: expected 2xx, got {(int)answer.Status}: {answer.Body}");
                        Assert.Contains(((int)answer.Status).ToString(System.Globalization.CultureInfo.InvariantCulture), declared);
                    }
                    else
                    {
                        Assert.True(answer.Status == expected, $"{what}: expected {(int)expected}, got {(int)answer.Status}: {answer.Body}");
                        answer.AssertProblem(expected);
                    }

                    // One audit row for every answer that reads, writes or refuses citizen data (ADR 0003), none for an anonymous call.
                    var rows = (await App.AuditEntriesSinceAsync(before)).Count;
                    var expectedRows = !caller.Audited || (expected == ok && NoCitizenData.Contains(operationId)) ? 0 : 1;
                    Assert.True(rows == expectedRows, $"{what}: {rows} audit rows, expected {expectedRows}");
                }

                checkedOperations++;
            }
        }

        Assert.True(checkedOperations >= 6, $"only {checkedOperations} operations in the document");
    }
}
