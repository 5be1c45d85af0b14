using Retning.Data;
using Retning.Domain.Audit;

namespace Retning.Web.Infrastructure;

/// <summary>
/// Writes the one audit row of a response that shows or changes citizen data. The row is
/// added to the page's DbContext, so it commits in the same transaction as the change it
/// accompanies; a read page calls <see cref="ReadAsync"/>, which saves the row alone.
/// </summary>
public sealed class AuditLog(AppDbContext db, CurrentUser user, IHttpContextAccessor http, TimeProvider clock)
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

        _pending = db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = user.Id,
            UserName = user.UserName,
            Action = action,
            CitizenId = citizenId,
            Subject = subject,
            Detail = detail is { Length: > 500 } ? detail[..500] : detail,
            CorrelationId = http.HttpContext?.TraceIdentifier ?? Guid.NewGuid().ToString("N"),
        }).Entity;
    }

    /// <summary>
    /// Forgets a row whose transaction failed (e.g. a concurrency conflict), so the response
    /// can record what it then shows instead.
    /// </summary>
    public void DiscardUncommitted()
    {
        if (_pending is not null && db.Entry(_pending).State == Microsoft.EntityFrameworkCore.EntityState.Added)
        {
            db.Entry(_pending).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
            _pending = null;
        }
    }

    /// <summary>Records a read (or search, export, denial) and saves it at once.</summary>
    public async Task RecordAsync(AuditAction action, Guid? citizenId, string subject, string? detail = null, CancellationToken ct = default)
    {
        Add(action, citizenId, subject, detail);
        await db.SaveChangesAsync(ct);
    }

    public bool HasWritten => _pending is not null;
}
