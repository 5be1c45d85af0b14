using Microsoft.EntityFrameworkCore;

namespace Retning.Data.Retention;

/// <summary>
/// The one place that changes audit rows. When a citizen is erased, the audit log keeps its rows
/// (who did what, when: the log stays whole and countable) but loses the fields that point to the
/// person: <c>CitizenId</c> and <c>Detail</c> (a search criterion, ids of the citizen's records).
/// The row's hash covers a digest of those fields, kept with the row, and <c>ErasedUtc</c> tells
/// the verifier to trust the stored digest, so the chain still verifies (docs/adr/0007). The
/// database triggers allow exactly this update and nothing else (migration Issue11CAuditChain).
/// </summary>
public static class AuditErasure
{
    /// <summary>Nulls the personal fields of every audit row on the citizen in one statement; returns the number of rows.</summary>
    public static Task<int> ErasePersonalFieldsAsync(AppDbContext db, Guid citizenId, DateTime erasedUtc, CancellationToken ct)
    {
        return db.AuditEntries.Where(e => e.CitizenId == citizenId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.CitizenId, (Guid?)null).SetProperty(e => e.Detail, (string?)null)
                .SetProperty(e => e.ErasedUtc, erasedUtc), ct);
    }
}
