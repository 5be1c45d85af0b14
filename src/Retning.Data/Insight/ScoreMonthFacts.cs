using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Retning.Data.Audit;
using Retning.Domain.Audit;
using Retning.Domain.Diary;
using Retning.Domain.Insight;

namespace Retning.Data.Insight;

/// <summary>
/// Keeps <see cref="SubGoalScoreMonth"/> true in the save that writes the notes (docs/adr/0014): every save whose
/// sub-goal notes are added or change what the facts read (score, time observed, sub-goal, wrong-citizen mark)
/// rewrites the months they were in and are in now from the notes, in the same transaction. On PostgreSQL the
/// sub-goals' rows are locked first, in a statement of their own, so that a second writer of the same month
/// reads the first one's committed note (READ COMMITTED); SQLite has one writer at a time. A save with audit rows
/// takes the audit chain's lock before this one (AppDbContext.SaveChanges), as every other writer does, so the two
/// locks are always taken in the same order.
/// </summary>
internal static class ScoreMonthFacts
{
    /// <summary>What a note's facts depend on: a change to any other field (the text) leaves them as they are.</summary>
    private static readonly string[] FactFields =
    [
        nameof(DiaryEntry.SubGoalId), nameof(DiaryEntry.ObservedOn), nameof(DiaryEntry.ObservedAtUtc), nameof(DiaryEntry.ScoreValue),
        nameof(DiaryEntry.ScaleVersionId), nameof(DiaryEntry.WrongCitizenMarkedUtc), nameof(DiaryEntry.Kind), nameof(DiaryEntry.CitizenId),
    ];

    /// <summary>The months (sub-goal, first day) that the pending note changes touch, before and after the change.</summary>
    public static IReadOnlyList<MonthKey> Touched(AppDbContext db)
    {
        var touched = new HashSet<MonthKey>();
        foreach (var entry in db.ChangeTracker.Entries<DiaryEntry>())
        {
            if (entry.State == EntityState.Added || (entry.State == EntityState.Modified && FactFields.Any(f => entry.Property(f).IsModified)))
            {
                if (entry.Entity is { Kind: DiaryKind.SubGoal, SubGoalId: { } subGoalId })
                {
                    touched.Add(new MonthKey(subGoalId, SubGoalScoreMonth.MonthOf(entry.Entity.ObservedOn)));
                }

                if (entry.State == EntityState.Modified && Original<Guid?>(entry, nameof(DiaryEntry.SubGoalId)) is { } before
                    && Original<DiaryKind>(entry, nameof(DiaryEntry.Kind)) == DiaryKind.SubGoal)
                {
                    touched.Add(new MonthKey(before, SubGoalScoreMonth.MonthOf(Original<DateOnly>(entry, nameof(DiaryEntry.ObservedOn)))));
                }
            }
        }

        return [.. touched];
    }

    /// <summary>
    /// Saves with the touched months rewritten: in the caller's transaction, or in one begun here. The rows are
    /// staged in the change tracker, so they are written by the same <paramref name="save"/> as the notes.
    /// </summary>
    public static async Task<int> SaveAsync(AppDbContext db, IReadOnlyList<MonthKey> months, Func<CancellationToken, Task<int>> save, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await StageAsync(db, months, ct);
            return await save(ct);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await StageAsync(db, months, ct);
        var saved = await save(ct);
        await transaction.CommitAsync(ct);
        return saved;
    }

    /// <inheritdoc cref="SaveAsync"/>
    public static int Save(AppDbContext db, IReadOnlyList<MonthKey> months, Func<int> save)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            StageAsync(db, months, CancellationToken.None, sync: true).GetAwaiter().GetResult();
            return save();
        }

        using var transaction = db.Database.BeginTransaction();
        StageAsync(db, months, CancellationToken.None, sync: true).GetAwaiter().GetResult();
        var saved = save();
        transaction.Commit();
        return saved;
    }

    /// <summary>
    /// Locks the sub-goals (PostgreSQL), reads the months' notes as saved and overlays the pending ones, and stages each
    /// month's row: added, changed, or removed when no note is left. <paramref name="sync"/> runs every statement
    /// synchronously (for <see cref="AppDbContext.SaveChanges(bool)"/>), so the task is complete when it returns.
    /// </summary>
    private static async Task StageAsync(AppDbContext db, IReadOnlyList<MonthKey> months, CancellationToken ct, bool sync = false)
    {
        var subGoalIds = months.Select(m => m.SubGoalId).Distinct().Order().ToArray();
        var from = months.Min(m => m.Month);
        var until = months.Max(m => m.Month).AddMonths(1);
        if (LockSql(db, subGoalIds) is { } lockSql)
        {
            _ = sync ? db.Database.ExecuteSql(lockSql) : await db.Database.ExecuteSqlAsync(lockSql, ct);
        }

        // One statement for the months' rows (tracked) and their notes as saved: each sub-goal's few rows beside its notes.
        var query = db.Goals.IgnoreQueryFilters().AsSingleQuery().Where(g => subGoalIds.Contains(g.Id)).Select(g => new
        {
            Rows = db.SubGoalScoreMonths.IgnoreQueryFilters().Where(m => m.SubGoalId == g.Id && m.Month >= from && m.Month < until).ToList(),
            Notes = db.DiaryEntries.IgnoreQueryFilters()
                .Where(e => e.SubGoalId == g.Id && e.Kind == DiaryKind.SubGoal && e.WrongCitizenMarkedUtc == null && e.ObservedOn >= from && e.ObservedOn < until)
                .Select(e => new CountedNote(e.Id, e.SubGoalId!.Value, e.CitizenId, e.ObservedOn, e.ObservedAtUtc, e.CreatedUtc, e.ScoreValue, e.ScaleVersionId)).ToList(),
        });

        // A failed save left its staged rows behind: they are staged afresh from what is in the database now.
        foreach (var staged in db.ChangeTracker.Entries<SubGoalScoreMonth>().Where(e => months.Contains(new MonthKey(e.Entity.SubGoalId, e.Entity.Month))).ToList())
        {
            staged.State = EntityState.Detached;
        }

        var read = sync ? [.. query] : await query.ToListAsync(ct);
        var stored = read.SelectMany(r => r.Notes).ToList();
        var rows = read.SelectMany(r => r.Rows).ToDictionary(r => new MonthKey(r.SubGoalId, r.Month));

        var notes = Overlay(db, stored).ToLookup(n => new MonthKey(n.SubGoalId, SubGoalScoreMonth.MonthOf(n.ObservedOn)));
        foreach (var month in months)
        {
            var inMonth = notes[month].ToList();
            var facts = inMonth.Count == 0 ? null
                : SubGoalScoreMonth.Of(month.SubGoalId, inMonth[0].CitizenId, month.Month, inMonth.Select(n => n.AsMonthNote()));
            var row = rows.GetValueOrDefault(month);
            if (facts is null)
            {
                if (row is not null)
                {
                    db.SubGoalScoreMonths.Remove(row);
                }
            }
            else if (row is null)
            {
                db.SubGoalScoreMonths.Add(facts);
            }
            else
            {
                db.Entry(row).CurrentValues.SetValues(facts);
            }
        }
    }

    /// <summary>
    /// PostgreSQL: the sub-goals' rows, in a statement of its own, so that the next statement's snapshot holds what the
    /// lock's previous holder committed. SQLite has one writer at a time, but a transaction that reads before it writes
    /// can fail when another writes in between: a write comes first — the audit chain's, which a save with audit rows has
    /// already made (Audit.AuditChainWriter), or the same statement here.
    /// </summary>
    private static FormattableString? LockSql(AppDbContext db, Guid[] subGoalIds) =>
        db.Database.IsNpgsql() ? (FormattableString)$"SELECT 1 FROM \"Goals\" WHERE \"Id\" = ANY({subGoalIds}) ORDER BY \"Id\" FOR UPDATE"
        : db.ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added) ? null
        : (FormattableString)$"UPDATE \"AuditChainHead\" SET \"Sequence\" = \"Sequence\" WHERE \"Id\" = {AuditChainState.SingletonId}";

    /// <summary>
    /// Rewrites every month of the citizens' sub-goals from their saved notes: for a writer that changed the notes
    /// past the change tracker (the demo data backdates when notes were written, which orders a month's scores).
    /// </summary>
    public static async Task RewriteCitizensAsync(AppDbContext db, IReadOnlyCollection<Guid> citizenIds, CancellationToken ct)
    {
        var notes = await db.DiaryEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.Kind == DiaryKind.SubGoal && e.WrongCitizenMarkedUtc == null && e.SubGoalId != null && citizenIds.Contains(e.CitizenId))
            .Select(e => new CountedNote(e.Id, e.SubGoalId!.Value, e.CitizenId, e.ObservedOn, e.ObservedAtUtc, e.CreatedUtc, e.ScoreValue, e.ScaleVersionId))
            .ToListAsync(ct);
        await db.SubGoalScoreMonths.IgnoreQueryFilters().Where(m => citizenIds.Contains(m.CitizenId)).ExecuteDeleteAsync(ct);
        foreach (var deleted in db.ChangeTracker.Entries<SubGoalScoreMonth>().Where(e => citizenIds.Contains(e.Entity.CitizenId)).ToList())
        {
            deleted.State = EntityState.Detached; // the rows the earlier save staged, deleted just now
        }

        db.SubGoalScoreMonths.AddRange(notes.GroupBy(n => new MonthKey(n.SubGoalId, SubGoalScoreMonth.MonthOf(n.ObservedOn)))
            .Select(g => SubGoalScoreMonth.Of(g.Key.SubGoalId, g.First().CitizenId, g.Key.Month, g.Select(n => n.AsMonthNote()))!));
        InsightStamps.Touch(db); // the delete above passed the change tracker
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The saved notes with this context's pending notes in their place (as they will be once saved).</summary>
    private static IEnumerable<CountedNote> Overlay(AppDbContext db, List<CountedNote> stored)
    {
        var pending = db.ChangeTracker.Entries<DiaryEntry>().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity).ToList();
        var pendingIds = pending.Select(e => e.Id).ToHashSet();
        return stored.Where(n => !pendingIds.Contains(n.Id))
            .Concat(pending.Where(e => e is { Kind: DiaryKind.SubGoal, SubGoalId: not null, WrongCitizenMarkedUtc: null })
                .Select(e => new CountedNote(e.Id, e.SubGoalId!.Value, e.CitizenId, e.ObservedOn, e.ObservedAtUtc, e.CreatedUtc, e.ScoreValue, e.ScaleVersionId)));
    }

    private static T Original<T>(EntityEntry<DiaryEntry> entry, string property) => entry.OriginalValues.GetValue<T>(property);

    /// <summary>A note as the facts read it, with what says which row it belongs to.</summary>
    private sealed record CountedNote(Guid Id, Guid SubGoalId, Guid CitizenId, DateOnly ObservedOn, DateTime ObservedAtUtc, DateTime CreatedUtc, int? ScoreValue, Guid? ScaleVersionId)
    {
        public MonthNote AsMonthNote() => new(ObservedOn, ObservedAtUtc, CreatedUtc, ScoreValue, ScaleVersionId);
    }
}

/// <summary>A sub-goal and the first day of a month: the key of a <see cref="SubGoalScoreMonth"/>.</summary>
internal readonly record struct MonthKey(Guid SubGoalId, DateOnly Month);
