using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;

namespace Retning.Data.Audit;

/// <summary>
/// The audit chain seen from the database (docs/adr/0007): its head, verification of every row against the
/// exported heads, and the one-time chaining of rows written before the chain existed. Used by the
/// <c>verify-audit</c> and <c>audit-head</c> commands, the log page, the daily head export and the backup.
/// </summary>
public static class AuditChain
{
    private const int BatchSize = 2000;

    /// <summary>The head stored with the chain (sequence 0 and the genesis hash while the log is empty).</summary>
    public static Task<AuditHead> HeadAsync(AppDbContext db, CancellationToken ct) => AuditChainWriter.ReadHead(db).SingleAsync(ct);

    /// <summary>
    /// Recomputes the whole chain in sequence order, in batches, and reports the first broken link. Every head in
    /// <paramref name="exportedHeads"/> must still be in the chain with the same hash, and the chain must reach the
    /// newest of them; the head stored in the database counts as one more such head.
    /// </summary>
    public static async Task<AuditChainReport> VerifyAsync(AppDbContext db, IEnumerable<AuditHead>? exportedHeads, CancellationToken ct)
    {
        // Read before the rows: rows appended while verifying come after it, so it must still be in the chain.
        var stored = await HeadAsync(db, ct);
        var heads = (exportedHeads ?? []).ToList();
        // An exported head is the authority for its sequence: the stored one may have been rewritten with the rows.
        if (stored.Sequence > 0 && heads.All(h => h.Sequence != stored.Sequence))
        {
            heads.Add(stored);
        }

        var verifier = new AuditChainVerifier(heads);
        var (lastSequence, lastId) = (long.MinValue, long.MinValue);
        while (!verifier.IsBroken)
        {
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > lastSequence || (e.Sequence == lastSequence && e.Id > lastId))
                .OrderBy(e => e.Sequence).ThenBy(e => e.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var row in batch)
            {
                if (!verifier.Accept(row))
                {
                    break;
                }
            }

            (lastSequence, lastId) = (batch[^1].Sequence, batch[^1].Id);
        }

        return verifier.Finish();
    }

    /// <summary>
    /// Chains, once, the rows written before the chain existed (the migration left them with an empty hash and
    /// their id as sequence), in id order. Does nothing once the chain has a head, so a row slipped in later
    /// without a hash is never adopted: verification reports it. Returns the number of rows chained.
    /// </summary>
    public static async Task<int> ChainExistingRowsAsync(AppDbContext db, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await AuditChainWriter.LockAsync(db, ct);
        var head = await HeadAsync(db, ct);
        var rows = head.Sequence == 0
            ? await db.AuditEntries.AsNoTracking().Where(e => e.Hash == string.Empty).OrderBy(e => e.Id).ToListAsync(ct)
            : [];
        if (rows.Count == 0)
        {
            return 0;
        }

        // Each row's new sequence is its rank by id, never above its id, so no two rows collide on the unique index.
        var newHead = AuditHashChain.Link(head, rows);
        foreach (var row in rows)
        {
            await db.AuditEntries.Where(e => e.Id == row.Id).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Sequence, row.Sequence)
                .SetProperty(e => e.PersonalDigest, row.PersonalDigest)
                .SetProperty(e => e.Hash, row.Hash), ct);
        }

        await db.AuditChainHead.Where(h => h.Id == AuditChainState.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, newHead.Sequence).SetProperty(h => h.Hash, newHead.Hash), ct);
        await transaction.CommitAsync(ct);
        return rows.Count;
    }
}
