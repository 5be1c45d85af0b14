using Microsoft.EntityFrameworkCore;
using Retning.Domain.Diary;
using Retning.Testing;

namespace Retning.IntegrationTests.Dagbog;

/// <summary>Arranging diary notes straight in the database, written as the diary page writes them.</summary>
internal static class DiaryTestData
{
    public static readonly Guid OutsiderAuthor = Guid.Parse("0d1a4e3b-0000-4000-8000-00000000a001");

    /// <summary>
    /// A sub-goal note scored <paramref name="score"/> (null = "Ikke vurderet") on the sub-goal's current scale
    /// version, observed <paramref name="daysAgo"/> days before the test clock's now, by <paramref name="authorId"/>
    /// (default: someone who is none of the demo users).
    /// </summary>
    public static async Task<Guid> AddDiaryNoteAsync(this RetningApp app, Guid citizenId, Guid subGoalId, int? score = 2, int daysAgo = 0,
        Guid? authorId = null, string text = "Vi øvede at finde pålægget frem sammen", string authorName = "Test Forfatter")
    {
        await using var db = app.CreateSystemDbContext();
        var subGoal = await db.Goals.Where(g => g.Id == subGoalId).Select(g => new { g.IndicatorScaleId, g.ThemeKey }).SingleAsync();
        var scaleId = subGoal.IndicatorScaleId;
        var versionId = scaleId is null || score is null
            ? null
            : await db.IndicatorScaleVersions.Where(v => v.ScaleId == scaleId && db.IndicatorScales.Any(s => s.Id == scaleId && s.CurrentVersion == v.Number))
                .Select(v => (Guid?)v.Id).SingleAsync();
        var observed = app.Clock.GetUtcNow().UtcDateTime.AddDays(-daysAgo);
        var content = new NoteContent
        {
            ObservedAtUtc = observed, ObservedOn = DateOnly.FromDateTime(observed), SubGoalId = subGoalId, Text = text,
            ThemeKeys = DiaryContent.JoinThemes([subGoal.ThemeKey]), // as the form stores it
            ScoreValue = versionId is null ? null : score, ScaleVersionId = versionId,
        };
        var entry = DiaryRules.Write(citizenId, DiaryKind.SubGoal, content, authorId ?? OutsiderAuthor, authorName, app.Clock.GetUtcNow().UtcDateTime);
        db.DiaryEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    }

    public static async Task<DiaryEntry> FindNoteAsync(this RetningApp app, Guid entryId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.DiaryEntries.AsNoTracking().Include(e => e.Versions).SingleAsync(e => e.Id == entryId);
    }

    public static async Task<List<DiaryEntry>> NotesOfAsync(this RetningApp app, Guid citizenId)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.DiaryEntries.AsNoTracking().Include(e => e.Versions).Where(e => e.CitizenId == citizenId).ToListAsync();
    }

    public static async Task<(Guid Context, Guid Type, Guid MissingWork)> CategoriesAsync(this RetningApp app, Guid citizenId)
    {
        await using var db = app.CreateSystemDbContext();
        var offerId = await db.Citizens.Where(c => c.Id == citizenId).Select(c => c.Department!.OfferId).SingleAsync();
        var list = await db.DiaryCategories.Where(c => c.OfferId == offerId).OrderBy(c => c.Order).ToListAsync();
        return (list.First(c => c.Kind == DiaryCategoryKind.Context).Id,
                list.First(c => c.Kind == DiaryCategoryKind.NoteType && !c.IsMissingWork).Id,
                list.Single(c => c.IsMissingWork).Id);
    }

    /// <summary>
    /// <paramref name="count"/> scored notes on one citizen, one per 2 hours going back from now, in one save
    /// (the volume a citizen reaches after a few years of daily notes). "Notat nr. 1" is the oldest.
    /// </summary>
    public static async Task AddManyNotesAsync(this RetningApp app, Guid citizenId, Guid subGoalId, int count)
    {
        await using var db = app.CreateSystemDbContext();
        var scaleId = await db.Goals.Where(g => g.Id == subGoalId).Select(g => g.IndicatorScaleId).SingleAsync();
        var versionId = await db.IndicatorScaleVersions.Where(v => v.ScaleId == scaleId).OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        for (var i = 1; i <= count; i++)
        {
            var observed = now.AddHours(-2 * (count - i));
            var content = new NoteContent
            {
                ObservedAtUtc = observed, ObservedOn = DateOnly.FromDateTime(observed), SubGoalId = subGoalId,
                Text = $"Notat nr. {i}", ScoreValue = i % 5, ScaleVersionId = versionId,
            };
            db.DiaryEntries.Add(DiaryRules.Write(citizenId, DiaryKind.SubGoal, content, OutsiderAuthor, "Test Forfatter", now));
        }

        await db.SaveChangesAsync();
    }
}
