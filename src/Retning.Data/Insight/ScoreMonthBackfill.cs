namespace Retning.Data.Insight;

/// <summary>
/// Fills <c>SubGoalScoreMonths</c> from the notes already written, once, when the table is made (the migrations
/// Issue14SubGoalScoreMonths; docs/adr/0014). The same rule as <see cref="Domain.Insight.SubGoalScoreMonth.Of"/>: sub-goal
/// notes not marked as written on the wrong citizen, per sub-goal and month; a scored day needs a score and its
/// scale version; the first and latest score by time observed, then time written. Only the month and day
/// expressions differ between the providers. A test runs it beside <c>Of</c> on both.
/// </summary>
public static class ScoreMonthBackfill
{
    /// <summary>PostgreSQL: dates are <c>date</c>.</summary>
    public const string Postgres = Head + """
        date_trunc('month', e."ObservedOn")::date AS "Month", EXTRACT(DAY FROM e."ObservedOn")::int AS "Day",
        """ + Tail;

    /// <summary>SQLite: dates are text, yyyy-MM-dd.</summary>
    public const string Sqlite = Head + """
        substr(e."ObservedOn", 1, 8) || '01' AS "Month", CAST(substr(e."ObservedOn", 9, 2) AS INTEGER) AS "Day",
        """ + Tail;

    private const string Head = """
        WITH n AS (
            SELECT e."SubGoalId", e."CitizenId", e."ScoreValue", e."ScaleVersionId", e."ObservedAtUtc", e."CreatedUtc",

        """;

    // The scored notes rank before the unscored ones, so rank 1 is the first (latest) score, or no score at all.
    private const string Tail = """
                e."ObservedOn"
            FROM "DiaryEntries" e
            WHERE e."Kind" = 'SubGoal' AND e."SubGoalId" IS NOT NULL AND e."WrongCitizenMarkedUtc" IS NULL
        ),
        ranked AS (
            SELECT n.*,
                ROW_NUMBER() OVER (PARTITION BY n."SubGoalId", n."Month" ORDER BY n."ScoreValue" IS NULL, n."ObservedAtUtc", n."CreatedUtc") AS "FirstRank",
                ROW_NUMBER() OVER (PARTITION BY n."SubGoalId", n."Month" ORDER BY n."ScoreValue" IS NULL, n."ObservedAtUtc" DESC, n."CreatedUtc" DESC) AS "LatestRank"
            FROM n
        ),
        counted AS (
            SELECT r."SubGoalId", r."Month", r."CitizenId",
                COALESCE(SUM(DISTINCT CASE WHEN r."ScoreValue" IS NOT NULL AND r."ScaleVersionId" IS NOT NULL THEN 1 << (r."Day" - 1) END), 0) AS "ScoredDays",
                COUNT(r."ScoreValue") AS "ScoredNotes",
                COUNT(*) - COUNT(r."ScoreValue") AS "UnscoredNotes"
            FROM ranked r
            GROUP BY r."SubGoalId", r."Month", r."CitizenId"
        )
        INSERT INTO "SubGoalScoreMonths" ("SubGoalId", "Month", "CitizenId", "ScoredDays", "ScoredNotes", "UnscoredNotes",
            "FirstScore", "FirstScaleVersionId", "LatestScore", "LatestScaleVersionId")
        SELECT c."SubGoalId", c."Month", c."CitizenId", c."ScoredDays", c."ScoredNotes", c."UnscoredNotes",
            f."ScoreValue", f."ScaleVersionId", l."ScoreValue", l."ScaleVersionId"
        FROM counted c
        JOIN ranked f ON f."SubGoalId" = c."SubGoalId" AND f."Month" = c."Month" AND f."FirstRank" = 1
        JOIN ranked l ON l."SubGoalId" = c."SubGoalId" AND l."Month" = c."Month" AND l."LatestRank" = 1;
        """;
}
