using Retning.Domain.Diary;
using Retning.Web.Api.Auth;
using Retning.Web.Api.Http;
using Retning.Web.Services.Diary;

namespace Retning.Web.Api.Diary;

/// <summary>
/// PUT of a note: a correction as on the diary's "Ret" page (a new version with a reason, ADR 0006), guarded by
/// <c>If-Match</c> (docs/adr/0020-api-contract.md, "Concurrency"): without it 428; with an older version, or when
/// someone saves first, 412 with the note as it is now and nothing written.
/// </summary>
public static class NoteCorrection
{
    public static async Task<IResult> CorrectAsync(Guid id, Guid noteId, HttpContext http, AppDbContext db, CitizenAccessService access, AuditLog audit,
        CurrentUser me, TimeProvider clock)
    {
        var ct = http.RequestAborted;
        var (input, _, problem) = await ApiJson.ReadAsync<NoteCorrectionInput>(http.Request);
        if (input is null)
        {
            return problem!;
        }

        if (await access.FindVerifiedAsync(id, ct: ct) is not { } verified)
        {
            return ApiProblems.NotFound();
        }

        var note = await db.DiaryEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == noteId && e.CitizenId == id && e.WrongCitizenMarkedUtc == null, ct);
        if (note is null)
        {
            return ApiProblems.NotFound();
        }

        if (!Auth.ApiDiaryRights.MayCorrect(me, note.AuthorId == me.Id, access.RolesFor(verified.Citizen)))
        {
            await access.RecordDeniedAsync(id, "Dagbog: ret notat", ct);
            return ApiProblems.Forbidden("Kun forfatteren og afdelingens ledere retter et notat.");
        }

        switch (ApiETag.Check(http.Request, note.Version, out var sent))
        {
            case IfMatchState.Missing:
                return ApiProblems.PreconditionRequired();
            case IfMatchState.Stale:
                return await ConflictAsync(http, db, audit, id, noteId, ApiText.For(me), ct);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var choices = await DiaryChoices.ForCitizenAsync(verified.Rows, ct);
        var errors = DiaryNoteRules.Read(NoteDrafts.From(input, note.Kind), note.Kind, choices.ForRules, now, DanishTime.Zone, out var content)
            .Concat(DiaryNoteRules.CheckCorrectionReason(input.CorrectionReason)).ToList();
        if (errors.Count > 0)
        {
            await audit.RecordAsync(AuditAction.Read, id, "Dagbog: ret notat (fejl i formular)", $"kanal=api; notat={noteId}", ct);
            return ApiProblems.Invalid(NoteDrafts.AsBodyFields(errors));
        }

        var tracked = await db.DiaryEntries.FirstAsync(e => e.Id == noteId, ct);
        db.Entry(tracked).Property(e => e.Version).OriginalValue = sent!.Value;
        if (DiaryRules.Correct(tracked, content, me.Id!.Value, me.FullName, TypedText.Clean(input.CorrectionReason ?? string.Empty), now, out var refused) is not { } version)
        {
            db.ChangeTracker.Clear();
            await audit.RecordAsync(AuditAction.Read, id, "Dagbog: ret notat (fejl i formular)", $"kanal=api; notat={noteId}", ct);
            return ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, refused!);
        }

        db.DiaryEntryVersions.Add(version);
        audit.Add(AuditAction.Update, id, "Dagbog: notat rettet", $"kanal=api; notat={noteId}; version={version.Number}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            audit.DiscardUncommitted();
            db.ChangeTracker.Clear();
            return await ConflictAsync(http, db, audit, id, noteId, ApiText.For(me), ct);
        }

        ApiETag.Set(http.Response, tracked.Version);
        return TypedResults.Ok(NoteResource.Of(tracked, ApiText.For(me)));
    }

    private static async Task<IResult> ConflictAsync(HttpContext http, AppDbContext db, AuditLog audit, Guid id, Guid noteId, ApiText text, CancellationToken ct)
    {
        var current = await db.DiaryEntries.AsNoTracking().FirstAsync(e => e.Id == noteId, ct);
        await audit.RecordAsync(AuditAction.Read, id, "Dagbog: ret notat (konflikt)", $"kanal=api; notat={noteId}", ct);
        return ApiETag.PreconditionFailed(http.Response, NoteResource.Of(current, text), current.Version);
    }
}
