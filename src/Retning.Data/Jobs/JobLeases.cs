using Microsoft.EntityFrameworkCore;

namespace Retning.Data.Jobs;

/// <summary>Takes and gives back <see cref="JobLease"/>s with single atomic statements (the same on SQLite and PostgreSQL).</summary>
public static class JobLeases
{
    /// <summary>The daily reminder's lease; its row is made by the migration, so instances never race to insert it.</summary>
    public const string DailyDigest = "daily-digest";

    /// <summary>The retention job's lease (erasure of discharged citizens after the retention period); its row is made by a migration too.</summary>
    public const string Retention = "retention";

    /// <summary>The daily export of the audit chain's head: held for a day by whoever exported (row made by the migration).</summary>
    public const string AuditHeadExport = "audit-head-export";

    /// <summary>
    /// True when <paramref name="holder"/> now holds the lease until <c>now + duration</c>: it was free,
    /// expired, or already ours. The conditional UPDATE is one statement, so two instances cannot both win.
    /// </summary>
    public static async Task<bool> TryAcquireAsync(AppDbContext db, string name, string holder, DateTime nowUtc, TimeSpan duration, CancellationToken ct)
    {
        var until = nowUtc + duration;
        var taken = await db.JobLeases
            .Where(l => l.Name == name && (l.ExpiresUtc < nowUtc || l.Holder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresUtc, until), ct);
        if (taken == 1)
        {
            return true;
        }

        if (await db.JobLeases.AnyAsync(l => l.Name == name, ct))
        {
            return false; // someone else holds it
        }

        // The first run ever: whoever inserts the row first holds it; the other gets a key violation.
        try
        {
            db.JobLeases.Add(new JobLease { Name = name, Holder = holder, ExpiresUtc = until });
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Gives the lease back early (after a run), so another instance need not wait for it to run out.</summary>
    public static Task ReleaseAsync(AppDbContext db, string name, string holder, DateTime nowUtc, CancellationToken ct) =>
        db.JobLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresUtc, nowUtc), ct);
}
