using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Diary;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Dagbog;

/// <summary>
/// The monthly score facts follow every write of a note through the real forms — written, corrected (score, date,
/// sub-goal), marked as written on the wrong citizen — and two notes saved at once on PostgreSQL (docs/adr/0014).
/// </summary>
public sealed class DiaryScoreFactsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string DiaryForm = "form.app-diary-form";
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly February = new(2026, 2, 1);

    private RetningApp App => fixture.App;

    private async Task<(Guid Citizen, Guid SubGoal, Guid Other)> CitizenWithSubGoalsAsync(int n)
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, n);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren handler selv ind");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren skriver en indkøbsseddel", goal.Id);
        var other = await App.AddGoalAsync(citizen.Id, "At borgeren betaler selv ved kassen", goal.Id);
        return (citizen.Id, subGoal.Id, other.Id);
    }

    private async Task<List<ScoreFactsCheck.Fact>> FactsAsync(params Guid[] subGoalIds)
    {
        await using var db = App.CreateSystemDbContext();
        await ScoreFactsCheck.AssertTrueAsync(db, subGoalIds);
        return await ScoreFactsCheck.StoredAsync(db, subGoalIds);
    }

    [Fact]
    public async Task The_facts_follow_a_note_written_corrected_moved_and_marked_as_written_on_the_wrong_citizen()
    {
        var (citizenId, subGoalId, otherId) = await CitizenWithSubGoalsAsync(4);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        // Written: the month gets its row.
        var form = (await anne.GetPageAsync($"/borgere/{citizenId}/dagbog/ny?delmaal={subGoalId}")).AssertStatus(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(DiaryForm, new Dictionary<string, string?>
        {
            ["Input.SubGoalId"] = subGoalId.ToString(), ["Input.Score"] = "2", ["Input.Text"] = "Vi skrev sedlen sammen.",
        })).StatusCode);
        var entryId = Assert.Single(await App.NotesOfAsync(citizenId)).Id;
        var written = Assert.Single(await FactsAsync(subGoalId, otherId));
        Assert.Equal((subGoalId, March, citizenId, 1, 0, 2, 2, 1 << 1), (written.SubGoalId, written.Month, written.CitizenId,
            written.ScoredNotes, written.UnscoredNotes, written.FirstScore, written.LatestScore, written.ScoredDays));

        // A second note the same month, "Ikke vurderet".
        form = await anne.GetPageAsync($"/borgere/{citizenId}/dagbog/ny?delmaal={subGoalId}");
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(DiaryForm, new Dictionary<string, string?>
        {
            ["Input.SubGoalId"] = subGoalId.ToString(), ["Input.Score"] = Web.Pages.Borgere.Dagbog.DiaryNoteInput.NotScored, ["Input.Text"] = "Ingen indkøb i dag.",
            ["Input.ObservedTime"] = "06:00",
        })).StatusCode);
        var withUnscored = Assert.Single(await FactsAsync(subGoalId, otherId));
        Assert.Equal((1, 1, 2), (withUnscored.ScoredNotes, withUnscored.UnscoredNotes, withUnscored.LatestScore));

        // Corrected score.
        await CorrectAsync(anne, citizenId, entryId, new() { ["Input.Score"] = "4", ["Input.CorrectionReason"] = "Forkert score" });
        var rescored = Assert.Single(await FactsAsync(subGoalId, otherId));
        Assert.Equal((4, 4), (rescored.FirstScore, rescored.LatestScore));

        // Moved to February and to the other sub-goal: March keeps only the unscored note, February gets a row of the other sub-goal.
        await CorrectAsync(anne, citizenId, entryId, new()
        {
            ["Input.ObservedDate"] = "2026-02-27", ["Input.SubGoalId"] = otherId.ToString(), ["Input.Score"] = "3", ["Input.CorrectionReason"] = "Forkert dag og delmål",
        });
        var moved = await FactsAsync(subGoalId, otherId);
        Assert.Equal(2, moved.Count);
        var left = moved.Single(f => f.SubGoalId == subGoalId);
        Assert.Equal((March, 0, 1, 0), (left.Month, left.ScoredNotes, left.UnscoredNotes, left.ScoredDays));
        var arrived = moved.Single(f => f.SubGoalId == otherId);
        Assert.Equal((February, 1, 3, 1 << 26), (arrived.Month, arrived.ScoredNotes, arrived.FirstScore, arrived.ScoredDays));

        // Marked as written on the wrong citizen: the note's month loses it, and the row goes with its last note.
        var page = await anne.GetPageAsync($"/borgere/{citizenId}/dagbog/{entryId}");
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync("form[action*='WrongCitizen']",
            new Dictionary<string, string?> { ["WrongCitizenReason"] = "Skrevet på en anden beboer" })).StatusCode);
        var marked = Assert.Single(await FactsAsync(subGoalId, otherId));
        Assert.Equal((subGoalId, March), (marked.SubGoalId, marked.Month));
    }

    private static async Task CorrectAsync(BrowserlessClient client, Guid citizenId, Guid entryId, Dictionary<string, string?> fields)
    {
        var form = (await client.GetPageAsync($"/borgere/{citizenId}/dagbog/{entryId}/ret")).AssertStatus(HttpStatusCode.OK);
        var response = await form.SubmitAsync(DiaryForm, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_note_saved_while_another_on_the_same_month_waits_for_it_counts_both()
    {
        Assert.SkipUnless(TestDatabase.UsePostgres, "PostgreSQL only: SQLite has one writer at a time.");
        var (citizenId, subGoalId, _) = await CitizenWithSubGoalsAsync(5);
        var ct = TestContext.Current.CancellationToken;

        // The first writer saves in a transaction it keeps open; the second saves meanwhile and must wait for it.
        await using var first = App.CreateSystemDbContext();
        await using var second = App.CreateSystemDbContext();
        await using var transaction = await first.Database.BeginTransactionAsync(ct);
        first.DiaryEntries.Add(await NoteAsync(first, citizenId, subGoalId, new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), 1));
        await first.SaveChangesAsync(ct);
        second.DiaryEntries.Add(await NoteAsync(second, citizenId, subGoalId, new DateTime(2026, 3, 2, 7, 0, 0, DateTimeKind.Utc), 4));
        var secondSave = second.SaveChangesAsync(ct);
        await WaitUntilABackendWaitsForALockAsync(ct);
        Assert.False(secondSave.IsCompleted);
        await transaction.CommitAsync(ct);
        await secondSave;

        var facts = Assert.Single(await FactsAsync(subGoalId));
        Assert.Equal((2, 1, 4, (1 << 0) | (1 << 1)), (facts.ScoredNotes, facts.FirstScore, facts.LatestScore, facts.ScoredDays));
    }

    [Fact]
    public async Task Notes_saved_at_once_from_many_contexts_leave_the_facts_true()
    {
        var (citizenId, subGoalId, otherId) = await CitizenWithSubGoalsAsync(6);
        var ct = TestContext.Current.CancellationToken;
        var saves = Enumerable.Range(0, 6).Select(async i =>
        {
            await using var db = App.CreateSystemDbContext();
            db.DiaryEntries.Add(await NoteAsync(db, citizenId, i % 2 == 0 ? subGoalId : otherId, new DateTime(2026, 3, 1 + i, 9, 0, 0, DateTimeKind.Utc), i % 5));
            await db.SaveChangesAsync(ct);
        });
        await Task.WhenAll(saves);

        var facts = await FactsAsync(subGoalId, otherId);
        Assert.Equal([3, 3], facts.Select(f => f.ScoredNotes));
    }

    [Fact]
    public async Task The_backfill_of_the_migrations_makes_of_the_notes_what_the_saves_make_of_them()
    {
        var (citizenId, subGoalId, otherId) = await CitizenWithSubGoalsAsync(7);
        var ct = TestContext.Current.CancellationToken;
        await using var db = App.CreateSystemDbContext();
        var leap = new DateTime(2028, 2, 29, 23, 30, 0, DateTimeKind.Utc);
        var same = new DateTime(2026, 1, 31, 20, 0, 0, DateTimeKind.Utc);
        var notes = new List<DiaryEntry>
        {
            await NoteAsync(db, citizenId, subGoalId, leap, 3), await NoteAsync(db, citizenId, subGoalId, leap.AddDays(-28), 1),
            await NoteAsync(db, citizenId, subGoalId, same, 4), await NoteAsync(db, citizenId, subGoalId, same, 0),
            await NoteAsync(db, citizenId, subGoalId, same.AddDays(-30), 2), await NoteAsync(db, citizenId, otherId, same, 2),
        };
        notes[1].ScaleVersionId = null; // a score without its scale version: a score, not a scored day
        var unscored = await NoteAsync(db, citizenId, otherId, same.AddHours(-1), 0);
        (unscored.ScoreValue, unscored.ScaleVersionId) = (null, null);
        var wrong = await NoteAsync(db, citizenId, otherId, same.AddDays(-3), 1);
        DiaryRules.MarkWrongCitizen(wrong, "Anne Thomsen", "Test", same);
        db.DiaryEntries.AddRange([.. notes, unscored, wrong]);
        await db.SaveChangesAsync(ct);
        // Two notes observed at the same time are ordered by when they were written: the 0 was written first, so the 4 is the latest.
        await db.DiaryEntries.Where(e => e.Id == notes[3].Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.CreatedUtc, same.AddMinutes(5)), ct);
        await db.DiaryEntries.Where(e => e.Id == notes[2].Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.CreatedUtc, same.AddMinutes(10)), ct);

        var expected = await ScoreFactsCheck.ExpectedAsync(db, ct: ct);
        var january = expected.Single(f => f.SubGoalId == subGoalId && f.Month == new DateOnly(2026, 1, 1));
        Assert.Equal((2, 4, 3, (1 << 0) | (1 << 30)), (january.FirstScore, january.LatestScore, january.ScoredNotes, january.ScoredDays));
        var leapMonth = expected.Single(f => f.SubGoalId == subGoalId && f.Month == new DateOnly(2028, 2, 1));
        Assert.Equal((1, 3, 1 << 28), (leapMonth.FirstScore, leapMonth.LatestScore, leapMonth.ScoredDays));
        var otherJanuary = expected.Single(f => f.SubGoalId == otherId);
        Assert.Equal((1, 1), (otherJanuary.ScoredNotes, otherJanuary.UnscoredNotes));
        Assert.Equal(expected, await ScoreFactsCheck.BackfilledAsync(db, ct: ct)); // the demo data's notes too
    }

    /// <summary>A scored note as the diary page writes it, on the sub-goal's current scale version.</summary>
    private static async Task<DiaryEntry> NoteAsync(Data.AppDbContext db, Guid citizenId, Guid subGoalId, DateTime observedUtc, int score)
    {
        var scaleId = await db.Goals.Where(g => g.Id == subGoalId).Select(g => g.IndicatorScaleId).SingleAsync();
        var versionId = await db.IndicatorScaleVersions.Where(v => v.ScaleId == scaleId).OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
        var content = new NoteContent
        {
            ObservedAtUtc = observedUtc, ObservedOn = DateOnly.FromDateTime(observedUtc), SubGoalId = subGoalId,
            Text = "Samtidigt notat", ScoreValue = score, ScaleVersionId = versionId,
        };
        return DiaryRules.Write(citizenId, DiaryKind.SubGoal, content, DiaryTestData.OutsiderAuthor, "Test Forfatter", observedUtc);
    }

    /// <summary>Polls the server until another session of the test database waits for a lock (at most 30 seconds).</summary>
    private async Task WaitUntilABackendWaitsForALockAsync(CancellationToken ct)
    {
        await using var db = App.CreateSystemDbContext();
        for (var i = 0; i < 300; i++)
        {
            var waiting = await db.Database.SqlQuery<int>(
                $"SELECT COUNT(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'").SingleAsync(ct);
            if (waiting > 0)
            {
                return;
            }

            await Task.Delay(100, ct);
        }

        Assert.Fail("The second save never waited for the first one's lock.");
    }
}
