using System.Globalization;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Borgere.Delmaal;

/// <summary>
/// The period a sub-goal's figures are read for, from the address (<c>fra</c>, <c>til</c> as
/// yyyy-MM-dd, what a date input sends). Shared by the sub-goal page and its chart endpoints, so
/// the chart a page links to shows the same days as the page.
/// </summary>
public sealed record GrafPeriod(DateOnly From, DateOnly To, string? Problem, string? Note)
{
    /// <summary>
    /// The default: from the start of the plan's open period (or the sub-goal's start, if later)
    /// to today — "how is it going in this period". A sub-goal that starts in the future shows today only.
    /// </summary>
    public static (DateOnly From, DateOnly To) Default(Goal subGoal, IEnumerable<PlanPeriod> periods, DateOnly today)
    {
        var open = periods.Where(p => p.IsOpen).OrderByDescending(p => p.Number).FirstOrDefault();
        var from = open is null || subGoal.StartOn > open.StartedOn ? subGoal.StartOn : open.StartedOn;
        return (from > today ? today : from, today);
    }

    /// <summary>
    /// Reads <paramref name="fra"/> and <paramref name="til"/>; a missing value takes the
    /// default's, a wrong one falls back to the default with a Danish <see cref="Problem"/>.
    /// The end is cut at today: a day that has not come yet cannot lack a score.
    /// </summary>
    public static GrafPeriod Resolve(string? fra, string? til, (DateOnly From, DateOnly To) fallback, DateOnly today)
    {
        var fromOk = TryRead(fra, out var from);
        var toOk = TryRead(til, out var to);
        if (!fromOk || !toOk)
        {
            var which = !fromOk && !toOk ? "Fra- og til-datoen er" : !fromOk ? "Fra-datoen er" : "Til-datoen er";
            return new(fallback.From, fallback.To, $"{which} ikke en gyldig dato. Skriv datoen som dd-mm-åååå. Vi viser standardperioden.", null);
        }

        from ??= fallback.From;
        to ??= fallback.To;
        if (from > to)
        {
            return new(fallback.From, fallback.To, "Fra-datoen ligger efter til-datoen. Vi viser standardperioden.", null);
        }

        if (to > today)
        {
            var note = $"Perioden slutter i dag ({today.ToDanishDate()}): dage, der ikke er kommet endnu, tæller ikke med.";
            return from > today
                ? new(fallback.From, fallback.To, "Perioden ligger i fremtiden. Vi viser standardperioden.", null)
                : new(from.Value, today, null, note);
        }

        return new(from.Value, to.Value, null, null);
    }

    /// <summary>The period as the address's query string.</summary>
    public string Query => $"fra={From:yyyy-MM-dd}&til={To:yyyy-MM-dd}";

    public string Label => $"{From.ToDanishDate()} – {To.ToDanishDate()}";

    // Empty means "not given" (true, null); anything else must be a real yyyy-MM-dd date.
    private static bool TryRead(string? text, out DateOnly? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            value = day;
            return true;
        }

        return false;
    }
}
