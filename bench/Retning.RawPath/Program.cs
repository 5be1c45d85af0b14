using Retning.Domain.Audit;
using Retning.Domain.Diary;
using Retning.RawPath;

// The raw path (bench/README.md): the plan page, the diary timeline and the note write of the app, by hand, on the app's
// database, as the yardstick for the app's own cost. Usage:
//   dotnet Retning.RawPath.dll --sqlite /path/retning.db   or   --pg "Host=…;Database=…"      (ASPNETCORE_URLS sets the port)
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var sqlite = builder.Configuration["sqlite"];
var postgres = builder.Configuration["pg"];
var db = sqlite is not null ? RawDb.Sqlite(sqlite)
    : postgres is not null ? RawDb.Postgres(postgres)
    : throw new ArgumentException("Give --sqlite FILE or --pg CONNECTION.");
var app = builder.Build();

// Every citizen endpoint: one connection; the caller's session and roles; the citizen in the caller's departments (404 otherwise).
async Task<IResult> WithCitizenAsync(HttpContext http, Guid id, Func<System.Data.Common.DbConnection, Caller, CitizenPage, Task<IResult>> page)
{
    var ct = http.RequestAborted;
    await using var connection = await db.OpenAsync(ct);
    if (await Caller.CheckAsync(db, connection, http.Request, ct) is not { } caller)
    {
        return Results.Redirect("/log-ind");
    }

    return await CitizenPage.LoadAsync(db, connection, caller, id, ct) is { } citizen ? await page(connection, caller, citizen) : Results.NotFound();
}

app.MapGet("/borgere/{id:guid}/plan", (HttpContext http, Guid id) => WithCitizenAsync(http, id, async (connection, caller, citizen) =>
{
    var ct = http.RequestAborted;
    if (citizen.Plan is not { } plan)
    {
        return Results.Problem("The raw path shows only citizens with a plan.", statusCode: StatusCodes.Status501NotImplemented);
    }

    var data = await PlanData.LoadAsync(db, connection, citizen, plan, ct);
    var html = new Html().Open("Plan – " + citizen.FullName, caller, caller.Labels, citizen.Id, citizen.FullName, "Plan");
    citizen.Header(html, data.ContactTeam, "plan");
    PlanHtml.Write(html, citizen, plan, data, PlanHtml.CanEdit(citizen, data.ContactTeamIds, caller.Id));
    var body = html.Close().ToString();
    // The page leaves only after its audit row is durable (docs/adr/0003-audit-log.md).
    await AuditWriter.RecordAsync(db, connection, AuditWriter.Row(http, caller, AuditAction.Read, citizen.Id, "Plan", null), ct);
    return Results.Content(body, "text/html; charset=utf-8");
}));

app.MapGet("/borgere/{id:guid}/dagbog", (HttpContext http, Guid id) => WithCitizenAsync(http, id, async (connection, caller, citizen) =>
{
    var ct = http.RequestAborted;
    var page = await DiaryPage.LoadAsync(db, connection, citizen, ct);
    var html = new Html().Open("Dagbog – " + citizen.FullName, caller, caller.Labels, citizen.Id, citizen.FullName, "Dagbog");
    citizen.Header(html, page.ContactTeam, "dagbog");
    DiaryHtml.Write(html, citizen, page, DiaryRules.CanWrite(citizen.Roles));
    var body = html.Close().ToString();
    var detail = $"uden filtre; side=1; viste={page.Notes.Count} af {page.TotalText}";
    await AuditWriter.RecordAsync(db, connection, AuditWriter.Row(http, caller, AuditAction.Read, citizen.Id, "Dagbog: tidslinje vist", detail), ct);
    return Results.Content(body, "text/html; charset=utf-8");
}));

app.MapPost("/borgere/{id:guid}/dagbog/ny", (HttpContext http, Guid id) =>
    WithCitizenAsync(http, id, (connection, caller, citizen) => NoteWrite.PostAsync(db, connection, http, caller, citizen, http.RequestAborted)));

app.MapGet("/health", () => "ok");
app.Run();
