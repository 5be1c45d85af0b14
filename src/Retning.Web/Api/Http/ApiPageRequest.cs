using System.Globalization;
using Retning.Domain.Api;

namespace Retning.Web.Api.Http;

/// <summary>A page of a list: the items and the cursor of the next page (null on the last).</summary>
[System.ComponentModel.Description("En side af en liste: elementerne og markøren til næste side.")]
public sealed record ApiPage<T>(
    [property: System.ComponentModel.Description("Elementerne på denne side, i listens faste rækkefølge.")] IReadOnlyList<T> Items,
    [property: System.ComponentModel.Description("Markøren til næste side (send den som ?after=); null på sidste side.")] string? Next);

/// <summary>
/// The paging and sync parameters every list takes (docs/adr/0020-api-contract.md, "Paging"): <c>after</c> (an opaque
/// cursor from <c>next</c>), <c>limit</c> (1–200, default 50) and <c>changedSince</c> (an ISO 8601 instant with offset).
/// Read as strings so a wrong value gets a Danish problem naming the parameter, not the framework's bare 400.
/// </summary>
public sealed record ApiPageRequest(ApiCursor? After, int Limit, DateTime? ChangedSinceUtc)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>The request's paging, or a problem naming the parameter that is wrong.</summary>
    public static ApiPageRequest? TryRead(ApiCursorKind kind, string? after, string? limit, string? changedSince, out IResult? problem)
    {
        problem = null;
        ApiCursor? cursor = null;
        if (!string.IsNullOrEmpty(after))
        {
            if (!ApiCursor.TryDecode(after, kind, out var decoded))
            {
                problem = ApiProblems.BadRequest("Markøren i after kan ikke læses. Brug next fra det forrige svar, eller udelad after for at starte forfra.", "after");
                return null;
            }

            cursor = decoded;
        }

        var size = DefaultLimit;
        if (!string.IsNullOrEmpty(limit)
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            problem = ApiProblems.BadRequest($"limit skal være et helt tal fra 1 til {MaxLimit}.", "limit");
            return null;
        }

        DateTime? since = null;
        if (!string.IsNullOrEmpty(changedSince))
        {
            if (!DateTimeOffset.TryParseExact(changedSince, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var instant) || !HasOffset(changedSince))
            {
                problem = ApiProblems.BadRequest("changedSince skal være et tidspunkt i ISO 8601 med tidszone, fx 2026-03-01T00:00:00Z.", "changedSince");
                return null;
            }

            since = instant.UtcDateTime;
        }

        return new ApiPageRequest(cursor, size, since);
    }

    /// <summary>An instant without "Z" or an offset is ambiguous (whose local time?): refused rather than guessed.</summary>
    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');

    /// <summary>The page of <paramref name="rows"/> read with <see cref="Limit"/> + 1: the extra row says whether there is a next page.</summary>
    public ApiPage<T> PageOf<TRow, T>(IReadOnlyList<TRow> rows, Func<TRow, Guid> id, ApiCursorKind kind, Func<TRow, T> map)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(map);
        var shown = rows.Take(Limit).ToList();
        var next = rows.Count > Limit ? new ApiCursor(kind, id(shown[^1])).Encode() : null;
        return new ApiPage<T>([.. shown.Select(map)], next);
    }
}
