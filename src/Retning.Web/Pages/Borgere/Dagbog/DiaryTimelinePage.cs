using Retning.Domain.Diary;

namespace Retning.Web.Pages.Borgere.Dagbog;

/// <summary>
/// One page of the timeline, read by keyset (docs/adr/0006-diary-notes-and-versions.md): the newest
/// notes, or those older or newer than the cursor's note, one row past the page to know whether there
/// is more; and the capped counts the page's label needs (<see cref="DiaryCountLabel"/>).
/// </summary>
/// <param name="Rows">The page's notes, newest first.</param>
/// <param name="HasNewer">Whether newer notes precede this page (it is not the first).</param>
/// <param name="HasOlder">Whether older notes follow this page.</param>
/// <param name="Newer">The notes before this page, counted to at most <see cref="DiaryCountLabel.CountLimit"/>.</param>
/// <param name="Total">All matching notes, counted to at most <see cref="DiaryCountLabel.CountLimit"/>.</param>
/// <param name="CursorProblem">A Danish notice when the address held a cursor that leads nowhere (the newest notes are shown).</param>
public sealed record DiaryTimelinePage(List<DiaryEntry> Rows, bool HasNewer, bool HasOlder, int Newer, int Total, string? CursorProblem)
{
    public static async Task<DiaryTimelinePage> ReadAsync(AppDbContext db, Guid citizenId, DiaryFilter filter, string? cursorToken, int pageSize, CancellationToken ct)
    {
        var notes = DiaryTimeline.ForCitizen(db, citizenId, filter);
        var at = cursorToken is null ? null : await CursorKeyAsync(db, citizenId, cursorToken, ct);
        var problem = cursorToken is not null && at is null ? "Linket pegede på en side, der ikke findes. Her er de nyeste notater." : null;
        var (rows, hasNewer, hasOlder) = await RowsAsync(notes, at, pageSize, ct);

        // Counted to 1,001 at most: the notes before this page, then (only if that leaves room under the cap) all of them.
        var newer = hasNewer && rows.Count > 0 ? await DiaryTimeline.CountCappedAsync(DiaryTimeline.NewerThan(notes, Key(rows[0])), ct) : 0;
        var total = newer + rows.Count > DiaryCountLabel.Cap ? DiaryCountLabel.CountLimit
            : hasOlder || hasNewer ? await DiaryTimeline.CountCappedAsync(notes, ct) : rows.Count;
        return new DiaryTimelinePage(rows, hasNewer, hasOlder, newer, total, problem);
    }

    /// <summary>Reaching the newest end by "Nyere" shows the first page.</summary>
    private static async Task<(List<DiaryEntry> Rows, bool HasNewer, bool HasOlder)> RowsAsync(
        IQueryable<DiaryEntry> notes, (DiaryDirection Direction, NoteKey Key)? at, int pageSize, CancellationToken ct)
    {
        if (at is { Direction: DiaryDirection.Older, Key: var olderThan })
        {
            var older = await DiaryTimeline.NewestFirst(DiaryTimeline.OlderThan(notes, olderThan)).Take(pageSize + 1).ToListAsync(ct);
            return (older.Take(pageSize).ToList(), true, older.Count > pageSize);
        }

        if (at is { Key: var newerThan })
        {
            var newer = await DiaryTimeline.NewerThan(notes, newerThan)
                .OrderBy(e => e.ObservedAtUtc).ThenBy(e => e.CreatedUtc).ThenBy(e => e.Id).Take(pageSize + 1).ToListAsync(ct);
            if (newer.Count > pageSize)
            {
                newer.RemoveAt(pageSize);
                newer.Reverse();
                return (newer, true, true);
            }
        }

        var first = await DiaryTimeline.NewestFirst(notes).Take(pageSize + 1).ToListAsync(ct);
        return (first.Take(pageSize).ToList(), false, first.Count > pageSize);
    }

    /// <summary>The cursor's direction and its note's keys, read within this citizen's notes; null when it leads nowhere.</summary>
    private static async Task<(DiaryDirection Direction, NoteKey Key)?> CursorKeyAsync(AppDbContext db, Guid citizenId, string token, CancellationToken ct)
    {
        if (!DiaryCursor.TryRead(token, out var cursor))
        {
            return null;
        }

        var noteId = cursor.NoteId;
        var key = await db.DiaryEntries.AsNoTracking().Where(e => e.Id == noteId && e.CitizenId == citizenId)
            .Select(e => new NoteKey(e.ObservedAtUtc, e.CreatedUtc, e.Id)).FirstOrDefaultAsync(ct);
        return key == default ? null : (cursor.Direction, key);
    }

    private static NoteKey Key(DiaryEntry e) => new(e.ObservedAtUtc, e.CreatedUtc, e.Id);
}
