using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Citizens;
using Retning.Domain.Diary;
using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.BrowserTests.Infrastructure;

/// <summary>What <see cref="TestPlans.DailySubGoalAsync"/> made.</summary>
public sealed record TestPlan(Guid PlanId, Guid GoalId, Guid SubGoalId, string ThemeKey, Guid ScaleVersionId);

/// <summary>
/// Arranging a plan straight in the database for a browser test: one goal with a daily-scored
/// sub-goal on the offer's default scale, and scored notes on it — the shape the diary, evaluation
/// and status workflows start from.
/// </summary>
public static class TestPlans
{
    /// <summary>A plan begun <paramref name="startedDaysAgo"/> days ago for the citizen (loaded with its department), saved.</summary>
    public static async Task<TestPlan> DailySubGoalAsync(AppDbContext db, Citizen citizen, string goalText, string subGoalText, int startedDaysAgo, DateOnly? nextEvaluationOn = null)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = today.AddDays(-startedDaysAgo);
        var plan = await new PlanService(db).CreateAsync(citizen, start, kind: null, CancellationToken.None);
        var theme = plan.TemplateVersion!.Themes.OrderBy(t => t.Order).First().Key;
        var scale = await db.IndicatorScales.Where(s => s.OfferId == citizen.Department!.OfferId && s.IsDefault).Select(s => s.Id).SingleAsync();
        var version = await db.IndicatorScaleVersions.Where(v => v.ScaleId == scale).OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
        var goal = new Goal { PlanId = plan.Id, ThemeKey = theme, Text = goalText, StartOn = start, EndOn = today.AddMonths(3) };
        var subGoal = new Goal
        {
            PlanId = plan.Id, ParentGoalId = goal.Id, ThemeKey = theme, Text = subGoalText, StartOn = start, EndOn = today.AddMonths(3),
            NextEvaluationOn = nextEvaluationOn, IndicatorScaleId = scale, ScoringFrequency = ScoringFrequency.Daily,
        };
        db.Goals.AddRange(goal, subGoal);
        await db.SaveChangesAsync();
        return new TestPlan(plan.Id, goal.Id, subGoal.Id, theme, version);
    }

    /// <summary>Adds (without saving) one scored sub-goal note per (days ago, score), written by the author.</summary>
    public static void AddScoredNotes(AppDbContext db, Guid citizenId, TestPlan plan, IEnumerable<(int DaysAgo, int Score)> scores, string text, Guid authorId, string authorName)
    {
        var now = DateTime.UtcNow;
        foreach (var (daysAgo, score) in scores)
        {
            var at = now.AddDays(-daysAgo);
            db.DiaryEntries.Add(DiaryRules.Write(citizenId, DiaryKind.SubGoal, new NoteContent
            {
                ObservedAtUtc = at, ObservedOn = DateOnly.FromDateTime(at), SubGoalId = plan.SubGoalId, ThemeKeys = DiaryContent.JoinThemes([plan.ThemeKey]),
                Text = $"{text}, dag {daysAgo}", ScoreValue = score, ScaleVersionId = plan.ScaleVersionId,
            }, authorId, authorName, now));
        }
    }
}
