using Retning.Domain.Api;
using Retning.Web.Api.Auth;
using Retning.Web.Api.Http;
using Retning.Web.Pages.Borgere.Dagbog;

namespace Retning.Web.Api.Diary;

/// <summary>
/// <c>/api/v1/borgere/{id}/notater</c>: a citizen's diary notes newest first, keyset-paged on the timeline's index
/// (<see cref="DiaryTimeline"/>, ADR 0006), never all at once; one note with its ETag. One Read audit row per call.
/// </summary>
public static class NoteReadEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/borgere/{id:guid}/notater", ListAsync).WithName("ListNotes").WithTags("Dagbog")
            .WithSummary("Borgerens dagbogsnotater")
            .WithDescription("Begge dagbøger, nyeste først (tidspunkt, så oprettelse, så id), side for side med after og limit. "
                             + "subGoalId giver kun notater om ét delmål; changedSince kun notater skrevet eller rettet siden. "
                             + "Notater markeret som skrevet på en forkert borger er ikke med.")
            .Produces<ApiPage<NoteResource>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/borgere/{id:guid}/notater/{noteId:guid}", ReadAsync).WithName("GetNote").WithTags("Dagbog")
            .WithSummary("Ét dagbogsnotat")
            .WithDescription("Notatets gældende indhold. ETag er notatets version; send den som If-Match, når notatet rettes.")
            .Produces<NoteResource>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(Guid id,
        [System.ComponentModel.Description("Kun notater om dette delmål (UUID).")] string? subGoalId,
        [System.ComponentModel.Description("Markøren next fra forrige side; udelad for første side.")] string? after,
        [System.ComponentModel.Description("Antal pr. side, 1–200 (standard 50).")] string? limit,
        [System.ComponentModel.Description("Kun notater skrevet eller rettet på eller efter dette tidspunkt (ISO 8601 med tidszone).")] string? changedSince,
        AppDbContext db, CitizenAccessService access, AuditLog audit, CurrentUser me, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (ApiPageRequest.TryRead(ApiCursorKind.Notes, after, limit, changedSince, out var problem) is not { } page)
        {
            return problem!;
        }

        Guid? subGoal = null;
        if (!string.IsNullOrEmpty(subGoalId))
        {
            if (!Guid.TryParse(subGoalId, out var parsed))
            {
                return ApiProblems.BadRequest("subGoalId skal være et UUID.", "subGoalId");
            }

            subGoal = parsed;
        }

        if (await access.FindAsync(id, ct: ct) is null)
        {
            return ApiProblems.NotFound();
        }

        var notes = DiaryTimeline.ForCitizen(db, id, new DiaryFilter(subGoal, null, null, null, null, null, null, null, null));
        if (page.ChangedSinceUtc is { } since)
        {
            notes = notes.Where(e => e.UpdatedUtc >= since);
        }

        if (page.After is { } cursor)
        {
            // The cursor names a note; its keys are read within this citizen's notes (an id of another citizen is no cursor here).
            var key = await db.DiaryEntries.AsNoTracking()
                .Where(e => e.Id == cursor.LastId && e.CitizenId == id && e.WrongCitizenMarkedUtc == null)
                .Select(e => new NoteKey(e.ObservedAtUtc, e.CreatedUtc, e.Id)).FirstOrDefaultAsync(ct);
            if (key == default)
            {
                return ApiProblems.BadRequest("Markøren i after kan ikke læses. Brug next fra det forrige svar, eller udelad after for at starte forfra.", "after");
            }

            notes = DiaryTimeline.OlderThan(notes, key);
        }

        var rows = await DiaryTimeline.NewestFirst(notes).Take(page.Limit + 1).ToListAsync(ct);
        var result = page.PageOf(rows, e => e.Id, ApiCursorKind.Notes, e => NoteResource.Of(e, ApiText.For(me)));
        var detail = new AuditDetailBuilder().Key("kanal", "api").Key("delmål", subGoal?.ToString() ?? "alle")
            .Key("side", page.After is null ? "første" : "efter markør").Key("viste", result.Items.Count).ToString();
        await audit.RecordAsync(AuditAction.Read, id, "API: dagbog", detail, ct);
        return TypedResults.Ok(result);
    }

    private static async Task<IResult> ReadAsync(Guid id, Guid noteId, AppDbContext db, CitizenAccessService access, AuditLog audit, CurrentUser me, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (await access.FindAsync(id, ct: ct) is null)
        {
            return ApiProblems.NotFound();
        }

        var note = await db.DiaryEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == noteId && e.CitizenId == id && e.WrongCitizenMarkedUtc == null, ct);
        if (note is null)
        {
            return ApiProblems.NotFound();
        }

        await audit.RecordAsync(AuditAction.Read, id, "API: dagbogsnotat", $"kanal=api; notat={noteId}", ct);
        ApiETag.Set(http.Response, note.Version);
        return TypedResults.Ok(NoteResource.Of(note, ApiText.For(me)));
    }
}
