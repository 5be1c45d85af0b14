using System.Globalization;

namespace Retning.Domain.Diary;

/// <summary>
/// How a diary list says how many notes there are without counting them all: a list counts at
/// most <see cref="Cap"/> + 1 notes (a LIMIT under the COUNT), so a page costs the same with 100
/// or 100,000 notes. Up to <see cref="Cap"/> the number is exact; above it the list says
/// "over 1.000" (docs/domain.md, "Diary notes and scores").
/// </summary>
public static class DiaryCountLabel
{
    /// <summary>The most notes a list counts exactly.</summary>
    public const int Cap = 1000;

    /// <summary>How many rows a capped count reads: one more than <see cref="Cap"/>, to know there are more.</summary>
    public const int CountLimit = Cap + 1;

    /// <summary>What the timeline says under its help text, e.g. "over 1.000 notater".</summary>
    public static string HelpText =>
        $"Dagbogen tæller de første {Number(Cap)} notater præcist; er der flere, står der \"over {Number(Cap)}\". Alle kan stadig ses: bladr med \"Ældre\", eller afgræns med filtrene.";

    /// <summary>
    /// The timeline's status line for one page, newest first.
    /// </summary>
    /// <param name="newer">Notes before this page (newer ones), counted to at most <see cref="CountLimit"/>; 0 on the first page.</param>
    /// <param name="shown">Notes on this page.</param>
    /// <param name="total">All matching notes, counted to at most <see cref="CountLimit"/>.</param>
    /// <param name="filtered">Whether a filter or search is on (changes the empty message).</param>
    public static string Timeline(int newer, int shown, int total, bool filtered)
    {
        if (shown == 0)
        {
            return total > 0 ? "Der er ikke flere notater her." : filtered ? "Ingen notater matcher filtrene." : "Der er ingen notater endnu.";
        }

        var of = Of(Math.Max(total, newer + shown));
        return newer > Cap
            ? $"Viser {Notes(shown)} ældre end de {Number(Cap)} nyeste – {of}, nyeste først."
            : $"Viser {Number(newer + 1)}–{Number(newer + shown)} {of}, nyeste først.";
    }

    /// <summary>The sub-goal page's line over its newest notes, e.g. "De 20 nyeste af over 1.000 notater.".</summary>
    public static string Newest(int shown, int total) =>
        total > shown
            ? $"De {shown} nyeste {Of(total)}."
            : $"{Notes(total)}.";

    /// <summary>"af 312 notater" or, above the cap, "af over 1.000 notater".</summary>
    public static string Of(int total) => total > Cap ? $"af over {Number(Cap)} notater" : $"af {Number(total)} {(total == 1 ? "notat" : "notater")}";

    private static string Notes(int count) => $"{Number(count)} {(count == 1 ? "notat" : "notater")}";

    /// <summary>Danish thousands separator ("1.000"), independent of the server's culture.</summary>
    private static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
}
