using Microsoft.EntityFrameworkCore;

namespace Retning.Data.Retention;

/// <summary>
/// The one place that changes audit rows. When a citizen is erased, the audit log keeps its rows
/// (who did what, when: the log stays whole and countable) but loses the fields that point to the
/// person: <c>CitizenId</c> and <c>Detail</c> (a search criterion, ids of the citizen's records).
/// The database triggers allow exactly this update and nothing else (migration Issue11ERetention).
/// </summary>
public static class AuditErasure
{
    /// <summary>Nulls the personal fields of every audit row on the citizen in one statement; returns the number of rows.</summary>
    public static Task<int> ErasePersonalFieldsAsync(AppDbContext db, Guid citizenId, DateTime erasedUtc, CancellationToken ct)
    {
        // erasedUtc is the moment the rows lost their personal fields; the audit chain marks it (set here when the chain has the column).
        _ = erasedUtc;
        return db.AuditEntries.Where(e => e.CitizenId == citizenId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.CitizenId, (Guid?)null).SetProperty(e => e.Detail, (string?)null), ct);
    }
}
