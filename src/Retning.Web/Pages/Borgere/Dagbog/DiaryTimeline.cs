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

        if (f.From is { } from)
        {
            notes = notes.Where(e => e.ObservedOn >= from);
        }

        if (f.To is { } to)
        {
            notes = notes.Where(e => e.ObservedOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(f.Query))
        {
            // SearchText is stored lower-case, so the same Contains is case-insensitive on SQLite and PostgreSQL.
            var term = f.Query.Trim().ToLowerInvariant();
            notes = notes.Where(e => e.SearchText.Contains(term));
        }

        return notes;
    }

    public static string PageAddress(Guid citizenId, DiaryFilter f, int page)
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
        if (page > 1)
        {
            parts.Add("side=" + page);
        }

        return Routes.Citizen(citizenId).Diary + (parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts));
    }
}
