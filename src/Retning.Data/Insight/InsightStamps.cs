using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Retning.Domain.Citizens;
using Retning.Domain.Evaluations;
using Retning.Domain.Insight;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;
using Retning.Domain.Status;

namespace Retning.Data.Insight;

/// <summary>
/// Keeps <see cref="InsightStamp"/> true (docs/adr/0015): a save that adds, changes or deletes a row of a table the
/// management figures read gives the stamp a new version, in the same save and so the same transaction. The figures
/// count finished months only, so a note's score facts for a month that has not ended yet leave the stamp as it is —
/// the diary, written all day, does not empty the figures' cache; a note dated in an ended month (or in the last two
/// days of a month, when a server's clock may already be in the next one) does change it.
/// <para>
/// <see cref="Watched"/> is the list of what the reader reads; a test reads the reader's SQL and fails when it reads
/// a table missing here. Writers that bypass the change tracker on these tables call <see cref="Touch"/> before their
/// save, or <see cref="TouchAsync"/> when they have none.
/// </para>
/// </summary>
public static class InsightStamps
{
    /// <summary>The entity types whose rows the management figures read (Retning.Web's InsightReader).</summary>
    public static readonly IReadOnlySet<Type> Watched = new HashSet<Type>
    {
        typeof(Department), typeof(Offer), typeof(OfferPlanRules), typeof(Citizen), typeof(DepartmentPlacement), typeof(Plan),
        typeof(DpuEntry), typeof(Goal), typeof(GoalStateChange), typeof(Evaluation), typeof(StatusMeeting), typeof(Purpose),
        typeof(PurposeRevision), typeof(PurposeCategory), typeof(SubGoalScoreMonth),
    };

    /// <summary>Gives the stamp a new version in this save when a pending change touches what the figures read.</summary>
    public static void MarkIfChanged(AppDbContext db, TimeProvider clock)
    {
        // Months from this one on are not counted yet; two days' margin for a clock ahead of this one.
        var horizon = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(2));
        var unfinished = new DateOnly(horizon.Year, horizon.Month, 1);
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Watched.Contains(Owner(entry.Metadata).ClrType)
                && !(entry.Entity is SubGoalScoreMonth month && month.Month >= unfinished))
            {
                Touch(db);
                return;
            }
        }
    }

    /// <summary>The entity an owned part belongs to (its changes are tracked as its own entries), else the entity itself.</summary>
    private static IReadOnlyEntityType Owner(IReadOnlyEntityType type)
    {
        while (type.FindOwnership() is { } ownership)
        {
            type = ownership.PrincipalEntityType;
        }

        return type;
    }

    /// <summary>Gives the stamp a new version in the next save of this context (for writes outside the change tracker).</summary>
    public static void Touch(AppDbContext db)
    {
        var stamp = db.ChangeTracker.Entries<InsightStamp>().Select(e => e.Entity).FirstOrDefault();
        if (stamp is null)
        {
            stamp = new InsightStamp { Id = InsightStamp.SingletonId };
            db.Attach(stamp);
        }

        stamp.Version = Guid.NewGuid();
        db.Entry(stamp).Property(s => s.Version).IsModified = true;
    }

    /// <summary>Gives the stamp a new version now, for a writer with no save of its own (the synthetic region's bulk writer).</summary>
    public static async Task TouchAsync(AppDbContext db, CancellationToken ct)
    {
        Touch(db);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The current version, or null when the row is missing (then nothing may be reused).</summary>
    public static Task<Guid?> ReadAsync(AppDbContext db, CancellationToken ct) =>
        db.InsightStamp.AsNoTracking().Where(s => s.Id == InsightStamp.SingletonId).Select(s => (Guid?)s.Version).FirstOrDefaultAsync(ct);
}
