using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Data.Insight;
using Retning.Domain.Diary;
using Retning.Domain.Insight;

namespace Retning.IntegrationTests.Dagbog;

/// <summary>
/// The monthly score facts as they are in the database beside what <see cref="SubGoalScoreMonth.Of"/> makes of the
/// notes in the database (docs/adr/0014): the two lists must be equal.
/// </summary>
internal static class ScoreFactsCheck
{
    /// <summary>One fact row as comparable values.</summary>
    public sealed record Fact(Guid SubGoalId, DateOnly Month, Guid CitizenId, int ScoredDays, int ScoredNotes, int UnscoredNotes,
        int? FirstScore, Guid? FirstScaleVersionId, int? LatestScore, Guid? LatestScaleVersionId)
    {
        public static Fact Of(SubGoalScoreMonth m) => new(m.SubGoalId, m.Month, m.CitizenId, m.ScoredDays, m.ScoredNotes, m.UnscoredNotes,
            m.FirstScore, m.FirstScaleVersionId, m.LatestScore, m.LatestScaleVersionId);
    }

    /// <summary>The rows of the table, for the given sub-goals (all when null), in key order.</summary>
    public static async Task<List<Fact>> StoredAsync(AppDbContext db, IReadOnlyCollection<Guid>? subGoalIds = null, CancellationToken ct = default)
    {
        var rows = await db.SubGoalScoreMonths.IgnoreQueryFilters().AsNoTracking()
            .Where(m => subGoalIds == null || subGoalIds.Contains(m.SubGoalId)).ToListAsync(ct);
        return [.. rows.Select(Fact.Of).OrderBy(f => f.SubGoalId).ThenBy(f => f.Month)];
    }

    /// <summary>The rows recomputed from the notes, for the given sub-goals (all when null), in key order.</summary>
    public static async Task<List<Fact>> ExpectedAsync(AppDbContext db, IReadOnlyCollection<Guid>? subGoalIds = null, CancellationToken ct = default)
    {
        var notes = await db.DiaryEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.Kind == DiaryKind.SubGoal && e.SubGoalId != null && e.WrongCitizenMarkedUtc == null
                        && (subGoalIds == null || subGoalIds.Contains(e.SubGoalId.Value)))
            .Select(e => new { SubGoalId = e.SubGoalId!.Value, e.CitizenId, e.ObservedOn, e.ObservedAtUtc, e.CreatedUtc, e.ScoreValue, e.ScaleVersionId })
            .ToListAsync(ct);
        return [.. notes.GroupBy(n => (n.SubGoalId, Month: SubGoalScoreMonth.MonthOf(n.ObservedOn)))
            .Select(g => Fact.Of(SubGoalScoreMonth.Of(g.Key.SubGoalId, g.First().CitizenId, g.Key.Month,
                g.Select(n => new MonthNote(n.ObservedOn, n.ObservedAtUtc, n.CreatedUtc, n.ScoreValue, n.ScaleVersionId)))!))
            .OrderBy(f => f.SubGoalId).ThenBy(f => f.Month)];
    }

    /// <summary>
    /// What the migrations' backfill (<see cref="ScoreMonthBackfill"/>) makes of the notes in the database now: run in a
    /// transaction on an emptied table, read, and rolled back.
    /// </summary>
    public static async Task<List<Fact>> BackfilledAsync(AppDbContext db, IReadOnlyCollection<Guid>? subGoalIds = null, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SubGoalScoreMonths.IgnoreQueryFilters().ExecuteDeleteAsync(ct);
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? ScoreMonthBackfill.Postgres : ScoreMonthBackfill.Sqlite, ct);
        var rows = await StoredAsync(db, subGoalIds, ct);
        await transaction.RollbackAsync(ct);
        return rows;
    }

    /// <summary>Asserts that the table holds exactly what the notes say, for the given sub-goals (all when null).</summary>
    public static async Task AssertTrueAsync(AppDbContext db, IReadOnlyCollection<Guid>? subGoalIds = null, CancellationToken ct = default) =>
        Assert.Equal(await ExpectedAsync(db, subGoalIds, ct), await StoredAsync(db, subGoalIds, ct));
}
