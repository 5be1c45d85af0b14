using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;

namespace Retning.Data.Audit;

/// <summary>
/// Chains new audit rows when they are saved: in one transaction (the caller's, or one begun here) it takes the
/// chain's exclusive lock, reads the head, gives each new row its sequence number and hash, and saves the rows
/// and the new head together. One chain per database, so appends from every instance are serialised.
/// </summary>
public static class AuditChainWriter
{
    /// <summary>The PostgreSQL advisory lock key of the chain ("RETNAUDT").</summary>
    public const long PostgresLockKey = 0x5245_544E_4155_4454;

    public static int Save(AppDbContext db, Func<int> save, bool acceptAllChanges)
    {
        var rows = NewRows(db);
        int saved;
        if (rows.Count == 0)
        {
            saved = save();
        }
        else if (db.Database.CurrentTransaction is not null)
        {
            db.Database.ExecuteSqlRaw(LockSql(db));
            Stamp(db, rows, ReadHead(db).Single());
            saved = save();
        }
        else
        {
            using var transaction = db.Database.BeginTransaction();
            db.Database.ExecuteSqlRaw(LockSql(db));
            Stamp(db, rows, ReadHead(db).Single());
            saved = save();
            transaction.Commit();
        }

        return Accept(db, saved, acceptAllChanges);
    }

    public static async Task<int> SaveAsync(AppDbContext db, Func<CancellationToken, Task<int>> save, bool acceptAllChanges, CancellationToken ct)
    {
        var rows = NewRows(db);
        int saved;
        if (rows.Count == 0)
        {
            saved = await save(ct);
        }
        else if (db.Database.CurrentTransaction is not null)
        {
            // The caller's transaction: the lock is held until it commits or rolls back.
            await LockAsync(db, ct);
            Stamp(db, rows, await ReadHead(db).SingleAsync(ct));
            saved = await save(ct);
        }
        else
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await LockAsync(db, ct);
            Stamp(db, rows, await ReadHead(db).SingleAsync(ct));
            saved = await save(ct);
            await transaction.CommitAsync(ct);
        }

        return Accept(db, saved, acceptAllChanges);
    }

    /// <summary>
    /// The chain's exclusive lock, held to the end of the transaction. PostgreSQL: an advisory lock. SQLite: a write
    /// to the head row as the first statement, so the write lock is held before the head is read (a transaction
    /// that read first and wrote later could fail with SQLITE_BUSY under concurrent writers).
    /// </summary>
    internal static Task LockAsync(AppDbContext db, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(LockSql(db), ct);

    internal static IQueryable<AuditHead> ReadHead(AppDbContext db) =>
        db.AuditChainHead.AsNoTracking().Where(h => h.Id == AuditChainState.SingletonId).Select(h => new AuditHead(h.Sequence, h.Hash));

    private static string LockSql(AppDbContext db) => db.Database.IsNpgsql()
        ? $"SELECT pg_advisory_xact_lock({PostgresLockKey})"
        : $"UPDATE \"AuditChainHead\" SET \"Sequence\" = \"Sequence\" WHERE \"Id\" = {AuditChainState.SingletonId}";

    /// <summary>New rows in the order they were written (a failed save is stamped afresh on the next try).</summary>
    private static List<AuditEntry> NewRows(AppDbContext db) =>
        [.. db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).OrderBy(e => e.AtUtc)];

    private static void Stamp(AppDbContext db, List<AuditEntry> rows, AuditHead head)
    {
        var newHead = AuditHashChain.Link(head, rows);
        var state = db.ChangeTracker.Entries<AuditChainState>().Select(e => e.Entity).FirstOrDefault();
        if (state is null)
        {
            state = new AuditChainState { Id = AuditChainState.SingletonId, Hash = newHead.Hash };
            db.AuditChainHead.Attach(state);
        }

        state.Sequence = newHead.Sequence;
        state.Hash = newHead.Hash;
        db.Entry(state).State = EntityState.Modified;
    }

    private static int Accept(AppDbContext db, int saved, bool acceptAllChanges)
    {
        if (acceptAllChanges)
        {
            db.ChangeTracker.AcceptAllChanges();
        }

        return saved;
    }
}
