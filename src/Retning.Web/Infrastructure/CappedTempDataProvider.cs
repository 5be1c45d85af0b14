using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Retning.Web.Infrastructure;

/// <summary>
/// TempData travels in a cookie (a one-shot message for the next page). Whatever a page puts in
/// it, the cookie stays small: each text is cut to <see cref="MaxValueChars"/> and the whole to
/// <see cref="MaxTotalChars"/>, so no value typed by a user can make the next response set a
/// cookie so large that every later request is refused (HTTP 431) until cookies are cleared.
/// </summary>
public sealed class CappedTempDataProvider(CookieTempDataProvider inner) : ITempDataProvider
{
    /// <summary>Longer than any message the pages write (they stay under 200 characters).</summary>
    public const int MaxValueChars = 300;

    /// <summary>Keys and values together; a few messages fit, and the protected cookie stays far under 4 KB.</summary>
    public const int MaxTotalChars = 600;

    private const string Ellipsis = "…";

    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values) => inner.SaveTempData(context, Cap(values));

    /// <summary>The values as they may be stored: texts cut, and what does not fit in the budget left out.</summary>
    public static Dictionary<string, object> Cap(IDictionary<string, object> values)
    {
        var capped = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        var left = MaxTotalChars;
        foreach (var (key, value) in values)
        {
            var room = Math.Min(MaxValueChars, left - key.Length);
            if (room <= Ellipsis.Length)
            {
                break;
            }

            var shown = value as string ?? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            if (value is not string && shown.Length > room)
            {
                continue; // a long non-text value cannot be cut meaningfully: left out
            }

            object kept = value is string text ? Cut(text, room) : value;
            shown = value is string ? (string)kept : shown;
            capped[key] = kept;
            left -= key.Length + shown.Length;
        }

        return capped;
    }

    private static string Cut(string text, int room) => text.Length <= room ? text : string.Concat(text.AsSpan(0, room - Ellipsis.Length), Ellipsis);
}
