using Retning.Domain.Diary;
using Retning.Web.Api.Auth;
using Retning.Web.Api.Http;
using Retning.Web.Services.Diary;

namespace Retning.Web.Api.Diary;

/// <summary>
/// The one way the API creates a note, in the order that keeps the contract (docs/adr/0020-api-contract.md): the key,
/// then scoping (404, audited), then a repeat of the key (the first response, or 422/409), then the writing right (403,
/// audited), then the rules (422), then the note, its audit row and the key with its response in one SaveChanges.
/// </summary>
public sealed class NoteCreation(AppDbContext db, CitizenAccessService access, AuditLog audit, ApiIdempotency idempotency, CurrentUser me,
    TimeProvider clock, IHttpContextAccessor httpAccessor)
{
    private HttpContext Http => httpAccessor.HttpContext ?? throw new InvalidOperationException("No request.");

    public async Task<IResult> CreateAsync(Guid id, DiaryKind kind, NoteDraft draft, byte[] body, Func<VerifiedCitizen, CancellationToken, Task<DiaryChoices>> choicesOf)
    {
        var http = Http;
        var ct = http.RequestAborted;
        if (ApiIdempotency.ReadKey(http.Request, out var keyProblem) is not { } key)
        {
            return keyProblem!;
        }

        if (await access.FindVerifiedAsync(id, ct: ct) is not { } verified)
        {
            return ApiProblems.NotFound();
        }

        var fingerprint = ApiIdempotency.FingerprintOf(http.Request, body);
        if (await idempotency.ReplayAsync(key, fingerprint, ct) is { } repeat)
        {
            await audit.RecordAsync(AuditAction.Read, id, "API: dagbog: gentaget oprettelse", $"kanal=api; nøgle={key}", ct);
            return repeat;
        }

        if (!Auth.ApiDiaryRights.MayWrite(me, access.RolesFor(verified.Citizen)))
        {
            await access.RecordDeniedAsync(id, "Dagbog: skriv notat", ct);
            return ApiProblems.Forbidden("Du skriver ikke notater hos denne borger.");
        }

        var choices = await choicesOf(verified, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = DiaryNoteRules.Read(draft, kind, choices.ForRules, now, DanishTime.Zone, out var content);
        if (errors.Count > 0)
        {
            await audit.RecordAsync(AuditAction.Read, id, "Dagbog: ny note (fejl i formular)", $"kanal=api; slags={kind}", ct);
            return ApiProblems.Invalid(NoteDrafts.AsBodyFields(errors));
        }

        var entry = DiaryRules.Write(id, kind, content, me.Id!.Value, me.FullName, now);
        entry.CreatedUtc = entry.UpdatedUtc = now; // as SaveChanges stamps them, so the stored response is the note as saved
        db.DiaryEntries.Add(entry);
        audit.Add(AuditAction.Create, id, kind == DiaryKind.SubGoal ? "Dagbog: delmålsnotat skrevet" : "Dagbog: beboernotat skrevet",
            $"kanal=api; notat={entry.Id}" + (entry.SubGoalId is { } sg ? $"; delmål={sg}" : string.Empty) + (entry.ScoreValue is { } v ? $"; score={v}" : string.Empty));
        var location = $"{ApiRegistration.Prefix}/borgere/{id}/notater/{entry.Id}";
        var resource = NoteResource.Of(entry, ApiText.For(me));
        idempotency.Remember(key, fingerprint, StatusCodes.Status201Created, location, resource);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (ApiIdempotency.IsCollision(e))
        {
            // A concurrent twin with the same key committed first: nothing of this request was saved.
            audit.DiscardUncommitted();
            db.ChangeTracker.Clear();
            var first = await idempotency.ReplayAsync(key, fingerprint, CancellationToken.None) ?? ApiProblems.InProgress();
            await audit.RecordAsync(AuditAction.Read, id, "API: dagbog: gentaget oprettelse", $"kanal=api; nøgle={key}", CancellationToken.None);
            return first;
        }

        ApiETag.Set(http.Response, entry.Version);
        return TypedResults.Created(location, NoteResource.Of(entry, ApiText.For(me)));
    }
}
