using Microsoft.EntityFrameworkCore;
using Retning.Domain.Diary;
using Retning.Domain.Plans;
using Retning.Testing;
using Retning.Web.Infrastructure;

namespace Retning.IntegrationTests.Maal;

/// <summary>
/// Arranging diary notes and state histories straight in the database (DiaryRules.Write, as the
/// diary page writes them), for the hand-computed response rates of the figure tests.
/// </summary>
internal static class FiguresTestData
{
    /// <summary>A scored sub-goal note at <paramref name="hour"/>:00 Danish time on <paramref name="day"/>; the scale's newest version unless given.</summary>
    public static async Task<DiaryEntry> ScoreAsync(this RetningApp app, Guid citizenId, Goal subGoal, DateOnly day, int value,
        string author = DemoUsers.Mette, Guid? scaleVersionId = null, int hour = 10, string? text = null, bool wrongCitizen = false)
    {
        await using var db = app.CreateSystemDbContext();
        var versionId = scaleVersionId ?? await db.IndicatorScaleVersions.Where(v => v.ScaleId == subGoal.IndicatorScaleId)
            .OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
        var authorId = await app.UserIdAsync(author);
        var authorName = await db.Users.Where(u => u.Id == authorId).Select(u => u.FullName).SingleAsync();
        var content = new NoteContent
        {
            ObservedAtUtc = DanishTime.ToUtc(day.ToDateTime(new TimeOnly(hour, 0))),
            ObservedOn = day,
            SubGoalId = subGoal.Id,
            Text = text ?? $"Arbejdet med delmålet {day:dd-MM-yyyy}.",
            Effect = "Det gik roligt.",
            CitizenExperience = "Borgeren var glad for det.",
            ScoreValue = value,
            ScaleVersionId = versionId,
        };
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var entry = DiaryRules.Write(citizenId, DiaryKind.SubGoal, content, authorId, authorName, now);
        if (wrongCitizen)
        {
            DiaryRules.MarkWrongCitizen(entry, "Anne Thomsen", "Skrevet på den forkerte borger", now);
        }

        db.DiaryEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry;
    }

    /// <summary>Scores on each of the given days (value 2, "Moderat" on the FFB scale).</summary>
    public static async Task ScoreDaysAsync(this RetningApp app, Guid citizenId, Goal subGoal, IEnumerable<DateOnly> days, string author = DemoUsers.Mette)
    {
        foreach (var day in days)
        {
            await app.ScoreAsync(citizenId, subGoal, day, 2, author);
        }
    }

    /// <summary>The sub-goal's state history: each (from, state) as a GoalStateChange row.</summary>
    public static async Task SetStatesAsync(this RetningApp app, Guid goalId, params (DateOnly From, GoalState State)[] changes)
    {
        await using var db = app.CreateSystemDbContext();
        foreach (var (from, state) in changes)
        {
            db.GoalStateChanges.Add(new GoalStateChange
            {
                GoalId = goalId, State = state, FromOn = from, ChangedUtc = app.Clock.GetUtcNow().UtcDateTime, ChangedByName = "Test",
            });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A goal with one sub-goal scored at <paramref name="frequency"/> from <paramref name="startOn"/>.</summary>
    public static async Task<Goal> AddScoredSubGoalAsync(this RetningApp app, Guid citizenId, string text, ScoringFrequency? frequency, DateOnly startOn,
        Action<Goal>? configure = null)
    {
        var goal = await app.AddGoalAsync(citizenId, "Mål for " + text, configure: g => g.StartOn = startOn);
        return await app.AddGoalAsync(citizenId, text, goal.Id, g =>
        {
            g.StartOn = startOn;
            g.ScoringFrequency = frequency;
            configure?.Invoke(g);
        });
    }

    public static IEnumerable<DateOnly> Days(DateOnly from, params int[] offsets) => offsets.Select(o => from.AddDays(o));

    /// <summary>The query string of a period.</summary>
    public static string Period(DateOnly from, DateOnly to) => $"fra={from:yyyy-MM-dd}&til={to:yyyy-MM-dd}";
}
