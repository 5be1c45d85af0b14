using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Retning.Domain.Audit;
using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.RawPath;

/// <summary>
/// POST /borgere/{id}/dagbog/ny, a scored sub-goal note (src/Retning.Web/Pages/Borgere/Dagbog/Ny.cshtml.cs): one read of
/// the posted sub-goal (in the citizen's plan, active, its scale's current version), the domain's checks
/// (<see cref="DiaryNoteRules.Read"/>), then in one durable transaction the note, its first version, the form's
/// idempotency key (as the app's <c>IdempotencyFilter</c> keeps it, with the redirect), the audit row and the month's score facts
/// (<see cref="ScoreMonthWrite"/>); 302 to the sub-goal.
/// </summary>
public static class NoteWrite
{
    private const string SubGoalQuery = """
        SELECT g."ThemeKey", v."Id", s."Name", s."Levels"
        FROM "Goals" g
        JOIN "Plans" p ON p."Id" = g."PlanId"
        LEFT JOIN "IndicatorScales" s ON s."Id" = g."IndicatorScaleId"
        LEFT JOIN "IndicatorScaleVersions" v ON v."ScaleId" = s."Id" AND v."Number" = s."CurrentVersion"
        WHERE g."Id" = @subGoal AND p."CitizenId" = @citizen AND g."ParentGoalId" IS NOT NULL AND g."State" = 'Active'
        """;

    private const string Insert = """
        INSERT INTO "DiaryEntries" ("Id", "CitizenId", "Kind", "AuthorId", "AuthorName", "ObservedAtUtc", "ObservedOn", "SubGoalId", "ThemeKeys", "Text", "Effect",
            "ScoreValue", "ScaleVersionId", "IsInternal", "CurrentVersion", "SearchText", "CreatedUtc", "UpdatedUtc", "Version")
        VALUES (@id, @citizen, 'SubGoal', @author, @authorName, @at, @on, @subGoal, @themes, @text, @effect, @score, @scale, @internal, 1, @search, @now, @now, 0);
        INSERT INTO "DiaryEntryVersions" ("Id", "EntryId", "Number", "WrittenUtc", "WrittenById", "WrittenByName", "ObservedAtUtc", "ObservedOn", "SubGoalId", "ThemeKeys",
            "Text", "Effect", "ScoreValue", "ScaleVersionId", "IsInternal")
        VALUES (@versionId, @id, 1, @now, @author, @authorName, @at, @on, @subGoal, @themes, @text, @effect, @score, @scale, @internal);
        """;

    private const string InsertKey = """
        INSERT INTO "IdempotencyKeys" ("Id", "UserId", "Key", "CreatedUtc", "Location") VALUES (@keyId, @author, @key, @now, @location);
        """;

    public static async Task<IResult> PostAsync(RawDb db, DbConnection connection, HttpContext http, Caller caller, CitizenPage citizen, CancellationToken ct)
    {
        if (!DiaryRules.CanWrite(citizen.Roles))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var form = await http.Request.ReadFormAsync(ct);
        Guid? subGoalId = Guid.TryParse(form["Input.SubGoalId"], out var sid) ? sid : null;
        var options = new NoteOptions([], [], [], []);
        await using (var read = connection.Command(SubGoalQuery).With("@subGoal", db.Id(subGoalId ?? Guid.Empty)).With("@citizen", db.Id(citizen.Id)))
        await using (var r = await read.ExecuteReaderAsync(ct))
        {
            if (await r.ReadAsync(ct))
            {
                var levels = r.IsDBNull(3) ? [] : JsonSerializer.Deserialize<List<ScaleLevel>>(r.GetString(3)) ?? [];
                options = new NoteOptions([new NoteSubGoal(subGoalId!.Value, r.GetString(0), r.OptionalId(1), r.Text(2), levels)], [], [], [r.GetString(0)]);
            }
        }

        var now = DateTime.UtcNow;
        var draft = new NoteDraft(subGoalId, form["Input.Score"], null, null, null, form["Input.Text"], form["Input.Effect"], null, null, [],
            DateOnly.TryParse(form["Input.ObservedDate"], CultureInfo.InvariantCulture, out var day) ? day : null, form["Input.ObservedTime"],
            form["Input.IsInternal"] == "true", DateFieldPosted: form.ContainsKey("Input.ObservedDate"));
        var errors = DiaryNoteRules.Read(draft, DiaryKind.SubGoal, options, now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"), out var content);
        if (errors.Count > 0)
        {
            return Results.Content(string.Join("\n", errors.Select(e => e.Message)), "text/plain", statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var entry = DiaryRules.Write(citizen.Id, DiaryKind.SubGoal, content, caller.Id, caller.FullName, now);
        var location = $"/borgere/{citizen.Id}/delmaal/{entry.SubGoalId}";
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var insert = connection.Command(Insert, transaction)
            .With("@id", db.Id(entry.Id)).With("@citizen", db.Id(citizen.Id)).With("@author", db.Id(caller.Id)).With("@authorName", caller.FullName)
            .With("@at", db.Time(entry.ObservedAtUtc)).With("@on", db.Day(entry.ObservedOn)).With("@subGoal", db.Id(entry.SubGoalId)).With("@themes", entry.ThemeKeys)
            .With("@text", entry.Text).With("@effect", entry.Effect).With("@score", entry.ScoreValue).With("@scale", db.Id(entry.ScaleVersionId)).With("@internal", entry.IsInternal)
            .With("@search", DiaryContent.SearchTextOf(entry)).With("@now", db.Time(now)).With("@versionId", db.Id(entry.Versions[0].Id)))
        {
            await insert.ExecuteNonQueryAsync(ct);
        }

        if (Guid.TryParse(form["__IdempotencyKey"], out var key))
        {
            // A repeat of the same form meets the unique (UserId, Key) index and fails instead of writing a second note.
            await using var keyInsert = connection.Command(InsertKey, transaction).With("@keyId", db.Id(Guid.NewGuid())).With("@author", db.Id(caller.Id))
                .With("@key", db.Id(key)).With("@now", db.Time(now)).With("@location", location);
            await keyInsert.ExecuteNonQueryAsync(ct);
        }

        var detail = $"notat={entry.Id}; delmål={entry.SubGoalId}" + (entry.ScoreValue is { } v ? $"; score={v}" : string.Empty);
        await AuditWriter.AppendAsync(db, connection, transaction, AuditWriter.Row(http, caller, AuditAction.Create, citizen.Id, "Dagbog: delmålsnotat skrevet", detail), ct);
        // After the audit chain's lock, as in the app, so every writer takes the two locks in the same order.
        await ScoreMonthWrite.RewriteAsync(db, connection, transaction, citizen.Id, entry.SubGoalId!.Value, entry.ObservedOn, ct);
        await transaction.CommitAsync(ct);
        return Results.Redirect(location);
    }
}
