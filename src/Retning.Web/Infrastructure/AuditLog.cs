using Retning.Data.Audit;
using Retning.Data.Idempotency;

namespace Retning.Web.Infrastructure;

/// <summary>
/// Writes the one audit row of a response that shows or changes citizen data. The row is
/// added to the page's DbContext, so it commits in the same transaction as the change it
/// accompanies; a read page calls <see cref="RecordAsync"/>, which commits the row alone,
/// together with the rows of concurrent requests (<see cref="AuditGroupCommit"/>, docs/adr/0013).
/// </summary>
public sealed class AuditLog(AppDbContext db, CurrentUser user, IHttpContextAccessor http, TimeProvider clock, AuditGroupCommit? groupCommit = null)
{
    private AuditEntry? _pending;

    /// <summary>Adds the row without saving: the caller's SaveChanges commits it with the change.</summary>
    public void Add(AuditAction action, Guid? citizenId, string subject, string? detail = null)
    {
        // Exactly one row per response keeps the log readable and countable.
        if (_pending is not null)
        {
            throw new InvalidOperationException("This response already has its audit row.");
        }

        _pending = db.AuditEntries.Add(NewRow(action, citizenId, subject, detail)).Entity;
    }

    /// <summary>
    /// Forgets a row whose transaction failed (e.g. a concurrency conflict), so the response
    /// can record what it then shows instead.
    /// </summary>
    public void DiscardUncommitted()
    {
        if (_pending is not null && db.Entry(_pending).State == EntityState.Added)
        {
            db.Entry(_pending).State = EntityState.Detached;
            _pending = null;
        }
    }

    /// <summary>
    /// Records a read (or search, export, denial) and commits that row alone, durably, before it
    /// returns: with the rows of concurrent requests in one transaction (docs/adr/0013). A change
    /// pending in the DbContext is never committed on the side: it is a mistake (a page that
    /// changes data adds its row with <see cref="Add"/> and saves the change itself), so this
    /// throws instead. Only an [Idempotent] handler's form key may be pending (see IdempotencyFilter).
    /// </summary>
    /// <exception cref="InvalidOperationException">Something other than this row is added, modified or deleted.</exception>
    public async Task RecordAsync(AuditAction action, Guid? citizenId, string subject, string? detail = null, CancellationToken ct = default)
    {
        // The form key of an [Idempotent] handler is the request's own bookkeeping, not a change:
        // IdempotencyFilter frees it again when the handler re-renders its form.
        var pending = db.ChangeTracker.Entries()
            .Where(e => (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) && e.Entity is not IdempotencyKey)
            .Select(e => e.State == EntityState.Modified
                ? $"{e.Metadata.ClrType.Name} (Modified: {string.Join(", ", e.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name))})"
                : $"{e.Metadata.ClrType.Name} ({e.State})")
            .ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"RecordAsync saves its audit row alone, but the DbContext holds other changes: {string.Join(", ", pending)}. Save them with Add and SaveChanges instead.");
        }

        if (groupCommit is null || !CanCommitApart())
        {
            Add(action, citizenId, subject, detail);
            await db.SaveChangesAsync(ct);
            return;
        }

        // Fields are taken now, at the request; only the commit is shared.
        if (_pending is not null)
        {
            throw new InvalidOperationException("This response already has its audit row.");
        }

        _pending = NewRow(action, citizenId, subject, detail);
        await groupCommit.CommitAsync(_pending, ct);
    }

    /// <summary>
    /// The row may commit on the committer's own connection unless the page's context needs it in its
    /// own commit: inside the page's transaction (the row belongs to it and commits or rolls back with
    /// it), or with a pending form key, which today commits with the row so that a repeat of the
    /// re-rendered form is recognised (IdempotencyFilter frees it again on a rejection).
    /// </summary>
    private bool CanCommitApart() =>
        db.Database.CurrentTransaction is null
        && !db.ChangeTracker.Entries<IdempotencyKey>().Any(e => e.State == EntityState.Added);

    private AuditEntry NewRow(AuditAction action, Guid? citizenId, string subject, string? detail) => new()
    {
        AtUtc = clock.GetUtcNow().UtcDateTime,
        UserId = user.Id,
        UserName = user.UserName,
        Action = action,
        CitizenId = citizenId,
        Subject = subject,
        Detail = detail is { Length: > 500 } ? detail[..500] : detail,
        CorrelationId = http.HttpContext?.TraceIdentifier ?? Guid.NewGuid().ToString("N"),
    };

    public bool HasWritten => _pending is not null;
}
