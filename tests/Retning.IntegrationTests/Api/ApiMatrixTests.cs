using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Retning.IntegrationTests.Api.Reports;
using Retning.IntegrationTests.Dagbog;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Api;

/// <summary>
/// Every operation of the served OpenAPI document × {anonymous → 401, a staff member of another department → 404,
/// a staff member with access → 2xx, the administrator (no citizen access) → 403}. The operations are read from the
/// document, so a new endpoint fails here until it has a valid request in <see cref="RequestFor"/>.
/// </summary>
public sealed class ApiMatrixTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private sealed record Subject(Guid Citizen, Guid SubGoal, Guid Note, Guid Context, Guid Type, Guid Report);

    /// <summary>
    /// Operations that read no citizen answer the other department's caller by their own rule instead of 404: the
    /// management figures follow the management pages, where a care worker (Jonas) is refused.
    /// </summary>
    private static readonly Dictionary<string, HttpStatusCode> ForTheOtherDepartment = new(StringComparer.Ordinal)
    {
        ["GetManagementFigures"] = HttpStatusCode.Forbidden,
    };

    private async Task<Subject> SubjectAsync(BrowserlessClient head)
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 0);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren smører sin madpakke");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren finder pålægget frem", goal.Id);
        var note = await App.AddDiaryNoteAsync(citizen.Id, subGoal.Id);
        var (context, type, _) = await App.CategoriesAsync(citizen.Id);
        var (_, report) = await App.AddApprovedStatusAsync(head, citizen.Id);
        return new Subject(citizen.Id, subGoal.Id, note, context, type, report);
    }

    /// <summary>A valid request of each operation (by operationId): its body and headers; null body for a GET.</summary>
    private async Task<(string? Body, List<(string, string)> Headers)> RequestFor(string operationId, Subject s, BrowserlessClient caller)
    {
        var now = App.Clock.GetUtcNow().ToString("O");
        string Json(object body) => JsonSerializer.Serialize(body);
        List<(string, string)> Key() => [("Idempotency-Key", Guid.NewGuid().ToString())];
        switch (operationId)
        {
            case "ListCitizens" or "GetCitizen" or "ListNotes" or "GetNote" or "GetMe":
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

    [Fact]
    public async Task Every_operation_answers_each_kind_of_caller_as_the_contract_says()
    {
        var document = JsonNode.Parse(await OpenApiDocumentTests.ServedAsync(fixture))!;
        using var anonymous = fixture.Anonymous();
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas); // Ternen: the citizen is in Mågen
        using var anne = await fixture.SignInAsync(DemoUsers.Anne); // Mågen's head: reads, writes, corrects, approves statuses
        var subject = await SubjectAsync(anne);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin); // no citizen access
        var checkedOperations = 0;
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var operationId = operation!["operationId"]!.GetValue<string>();
                var url = template.Replace("{id}", subject.Citizen.ToString(), StringComparison.Ordinal)
                    .Replace("{noteId}", subject.Note.ToString(), StringComparison.Ordinal)
                    .Replace("{reportId}", subject.Report.ToString(), StringComparison.Ordinal);
                var httpMethod = new HttpMethod(method.ToUpperInvariant());
                var declared = operation["responses"]!.AsObject().Select(r => r.Key).ToHashSet();
                foreach (var (caller, usual) in new[]
                         {
                             (anonymous, HttpStatusCode.Unauthorized), (jonas, HttpStatusCode.NotFound), (admin, HttpStatusCode.Forbidden), (anne, HttpStatusCode.OK),
                         })
                {
                    var expected = caller == jonas && ForTheOtherDepartment.TryGetValue(operationId, out var own) ? own : usual;
                    var (body, headers) = await RequestFor(operationId, subject, caller);
                    var answer = body is null
                        ? await caller.GetJsonAsync(url)
                        : await caller.SendJsonAsync(httpMethod, url, body, headers);
                    var who = caller.Email ?? "anonym";
                    if (expected == HttpStatusCode.NotFound && !template.Contains("{id}", StringComparison.Ordinal))
                    {
                        // A list of no one citizen: the other department's caller gets their own citizens, never this one.
                        answer.Assert(HttpStatusCode.OK);
                        Assert.DoesNotContain(subject.Citizen.ToString(), answer.Body, StringComparison.Ordinal);
                        continue;
                    }

                    if (expected == HttpStatusCode.OK)
                    {
                        Assert.True((int)answer.Status is >= 200 and < 300, $"{method} {template} as {who}: expected 2xx, got {(int)answer.Status}: {answer.Body}");
                        Assert.Contains(((int)answer.Status).ToString(System.Globalization.CultureInfo.InvariantCulture), declared);
                    }
                    else
                    {
                        Assert.True(answer.Status == expected, $"{method} {template} as {who}: expected {(int)expected}, got {(int)answer.Status}: {answer.Body}");
                        answer.AssertProblem(expected);
                    }
                }

                checkedOperations++;
            }
        }

        Assert.True(checkedOperations >= 6, $"only {checkedOperations} operations in the document");
    }
}
