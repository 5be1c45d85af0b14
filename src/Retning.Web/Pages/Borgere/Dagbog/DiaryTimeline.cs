using System.Globalization;
using Retning.Domain.Diary;

namespace Retning.Web.Pages.Borgere.Dagbog;

/// <summary>The timeline's filters, as they stand in the address.</summary>
public sealed record DiaryFilter(
    Guid? SubGoalId, string? Theme, Guid? ContextId, Guid? TypeId, Guid? AuthorId, DiaryKind? Kind, DateOnly? From, DateOnly? To, string? Query)
{
    public bool IsActive => SubGoalId is not null || !string.IsNullOrWhiteSpace(Theme) || ContextId is not null || TypeId is not null
                            || AuthorId is not null || Kind is not null || From is not null || To is not null || !string.IsNullOrWhiteSpace(Query);

    /// <summary>For the audit row: which filters were used, never the search text itself (it may hold citizen data).</summary>
    public string Describe() =>
        IsActive ? "filtre: " + string.Join(",", new[]
        {
            SubGoalId is null ? null : "delmål", string.IsNullOrWhiteSpace(Theme) ? null : "tema", ContextId is null ? null : "kontekst",
            TypeId is null ? null : "type", AuthorId is null ? null : "forfatter", Kind is null ? null : "slags",
            From is null && To is null ? null : "periode", string.IsNullOrWhiteSpace(Query) ? null : "søgning",
        }.Where(x => x is not null)) : "uden filtre";
}

/// <summary>The timeline query: each filter narrows it; every one uses an indexed column or the citizen's own notes.</summary>
public static class DiaryTimeline
{
    /// <summary>The citizen's notes still on the citizen, filtered: what the timeline pages and counts (through the scoping filter).</summary>
    public static IQueryable<DiaryEntry> ForCitizen(AppDbContext db, Guid citizenId, DiaryFilter f) =>
        Filter(db.DiaryEntries.AsNoTracking().Where(e => e.CitizenId == citizenId && e.WrongCitizenMarkedUtc == null), f);

    public static IQueryable<DiaryEntry> Filter(IQueryable<DiaryEntry> notes, DiaryFilter f)
    {
        if (f.SubGoalId is { } subGoal)
        {
            notes = notes.Where(e => e.SubGoalId == subGoal);
        }

        if (!string.IsNullOrWhiteSpace(f.Theme))
        {
            var key = "|" + f.Theme.Trim() + "|";
            notes = notes.Where(e => e.ThemeKeys != null && e.ThemeKeys.Contains(key));
        }

        if (f.ContextId is { } context)
        {
            notes = notes.Where(e => e.ContextId == context);
        }

        if (f.TypeId is { } type)
        {
            notes = notes.Where(e => e.NoteTypeId == type);
        }

        if (f.AuthorId is { } author)
        {
            notes = notes.Where(e => e.AuthorId == author);
        }

        if (f.Kind is { } kind)
        {
            notes = notes.Where(e => e.Kind == kind);
        }

        // The Danish day is the filter; the UTC bound beside it (a day wider than any Danish offset)
        // only lets the timeline index start and stop at the period instead of reading past it.
        if (f.From is { } from)
        {
            var fromUtc = from.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            notes = notes.Where(e => e.ObservedOn >= from && e.ObservedAtUtc >= fromUtc);
        }

        if (f.To is { } to)
        {
            var toUtc = to.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            notes = notes.Where(e => e.ObservedOn <= to && e.ObservedAtUtc < toUtc);
        }

        if (!string.IsNullOrWhiteSpace(f.Query))
        {
            // SearchText is stored lower-case, so the same Contains is case-insensitive on SQLite and PostgreSQL.
            var term = f.Query.Trim().ToLowerInvariant();
            notes = notes.Where(e => e.SearchText.Contains(term));
        }

        return notes;
    }

    /// <summary>Newest first, as the timeline index holds them (ties on the time broken by creation, then id).</summary>
    public static IOrderedQueryable<DiaryEntry> NewestFirst(IQueryable<DiaryEntry> notes) =>
        notes.OrderByDescending(e => e.ObservedAtUtc).ThenByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id);

    /// <summary>
    /// The notes after <paramref name="key"/> in the timeline's order (older). The outer
    /// <c>ObservedAtUtc &lt;=</c> is implied by the rest; it is there so the index range starts at the key.
    /// </summary>
    public static IQueryable<DiaryEntry> OlderThan(IQueryable<DiaryEntry> notes, NoteKey key) =>
        notes.Where(e => e.ObservedAtUtc <= key.ObservedAtUtc
                         && (e.ObservedAtUtc < key.ObservedAtUtc || e.CreatedUtc < key.CreatedUtc
                             || (e.CreatedUtc == key.CreatedUtc && e.Id.CompareTo(key.Id) < 0)));

    /// <summary>The notes before <paramref name="key"/> in the timeline's order (newer).</summary>
    public static IQueryable<DiaryEntry> NewerThan(IQueryable<DiaryEntry> notes, NoteKey key) =>
        notes.Where(e => e.ObservedAtUtc >= key.ObservedAtUtc
                         && (e.ObservedAtUtc > key.ObservedAtUtc || e.CreatedUtc > key.CreatedUtc
                             || (e.CreatedUtc == key.CreatedUtc && e.Id.CompareTo(key.Id) > 0)));

    /// <summary>At most <see cref="DiaryCountLabel.CountLimit"/> notes counted: a COUNT over a LIMIT, never all notes.</summary>
    public static Task<int> CountCappedAsync(IQueryable<DiaryEntry> notes, CancellationToken ct) =>
        NewestFirst(notes).Take(DiaryCountLabel.CountLimit).CountAsync(ct);

    /// <summary>The timeline's address with the filters and, when given, where to page on from.</summary>
    public static string PageAddress(Guid citizenId, DiaryFilter f, DiaryCursor? cursor = null)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            var text = value switch { null => null, DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), _ => Convert.ToString(value, CultureInfo.InvariantCulture) };
            if (!string.IsNullOrWhiteSpace(text))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(text));
            }
        }

        Add("delmaal", f.SubGoalId);
        Add("tema", f.Theme);
        Add("kontekst", f.ContextId);
        Add("type", f.TypeId);
        Add("forfatter", f.AuthorId);
        Add("slags", f.Kind switch { DiaryKind.SubGoal => "delmaal", DiaryKind.Resident => "beboer", _ => null });
        Add("fra", f.From);
        Add("til", f.To);
        Add("q", f.Query);
        Add("markoer", cursor?.Token());
        return Routes.Citizen(citizenId).Diary + (parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts));
    }
}

/// <summary>A note's place in the timeline's order.</summary>
public readonly record struct NoteKey(DateTime ObservedAtUtc, DateTime CreatedUtc, Guid Id);
