using System.Data.Common;
using Retning.Domain.Insight;

namespace Retning.RawPath;

/// <summary>
/// The monthly score facts of the note's sub-goal and month, rewritten in the note's transaction as the app's save does
/// (src/Retning.Data/Insight/ScoreMonthFacts.cs, docs/adr/0014): on PostgreSQL the sub-goal's row is locked in a
/// statement of its own (SQLite: the note's insert already holds the one write lock), then the month's notes are read,
/// <see cref="SubGoalScoreMonth.Of"/> is taken of them, and the row is written over.
/// </summary>
public static class ScoreMonthWrite
{
    private const string Lock = """SELECT 1 FROM "Goals" WHERE "Id" = @subGoal FOR UPDATE""";

    private const string Notes = """
        SELECT "ObservedOn", "ObservedAtUtc", "CreatedUtc", "ScoreValue", "ScaleVersionId"
        FROM "DiaryEntries"
        WHERE "SubGoalId" = @subGoal AND "ObservedOn" >= @from AND "ObservedOn" < @until AND "Kind" = 'SubGoal' AND "WrongCitizenMarkedUtc" IS NULL
        """;

    private const string Upsert = """
        INSERT INTO "SubGoalScoreMonths" ("SubGoalId", "Month", "CitizenId", "ScoredDays", "ScoredNotes", "UnscoredNotes",
            "FirstScore", "FirstScaleVersionId", "LatestScore", "LatestScaleVersionId")
        VALUES (@subGoal, @from, @citizen, @days, @scored, @unscored, @first, @firstScale, @latest, @latestScale)
        ON CONFLICT ("SubGoalId", "Month") DO UPDATE SET "ScoredDays" = excluded."ScoredDays", "ScoredNotes" = excluded."ScoredNotes",
            "UnscoredNotes" = excluded."UnscoredNotes", "FirstScore" = excluded."FirstScore", "FirstScaleVersionId" = excluded."FirstScaleVersionId",
            "LatestScore" = excluded."LatestScore", "LatestScaleVersionId" = excluded."LatestScaleVersionId";
        """;

    /// <summary>After the note is inserted, in its transaction: the month holds the note, so it always has a row.</summary>
    public static async Task RewriteAsync(RawDb db, DbConnection connection, DbTransaction transaction, Guid citizenId, Guid subGoalId, DateOnly observedOn, CancellationToken ct)
    {
        if (db.IsPostgres)
        {
            await using var lockRow = connection.Command(Lock, transaction).With("@subGoal", db.Id(subGoalId));
            await lockRow.ExecuteNonQueryAsync(ct);
        }

        var month = SubGoalScoreMonth.MonthOf(observedOn);
        var notes = new List<MonthNote>();
        await using (var read = connection.Command(Notes, transaction).With("@subGoal", db.Id(subGoalId)).With("@from", db.Day(month)).With("@until", db.Day(month.AddMonths(1))))
        await using (var r = await read.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                notes.Add(new MonthNote(r.GetFieldValue<DateOnly>(0), r.GetDateTime(1), r.GetDateTime(2), r.IsDBNull(3) ? null : r.GetInt32(3), r.OptionalId(4)));
            }
        }

        var facts = SubGoalScoreMonth.Of(subGoalId, citizenId, month, notes)!;
        await using var write = connection.Command(Upsert, transaction)
            .With("@subGoal", db.Id(subGoalId)).With("@from", db.Day(month)).With("@citizen", db.Id(citizenId)).With("@days", facts.ScoredDays)
            .With("@scored", facts.ScoredNotes).With("@unscored", facts.UnscoredNotes).With("@first", facts.FirstScore).With("@firstScale", db.Id(facts.FirstScaleVersionId))
            .With("@latest", facts.LatestScore).With("@latestScale", db.Id(facts.LatestScaleVersionId));
        await write.ExecuteNonQueryAsync(ct);
    }
}
