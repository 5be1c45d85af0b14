using Retning.Domain.Organisation;

namespace Retning.Domain.Plans;

/// <summary>How a plan's period closings compare with what its area expects.</summary>
public enum CadenceLevel
{
    /// <summary>Within the expectation; the notice only says when the next closing is expected.</summary>
    OnTrack = 1,

    /// <summary>Children: more than six months since the last closing (or since the plan began).</summary>
    Overdue = 2,

    /// <summary>Adults: closed more than once within a year.</summary>
    MoreThanExpected = 3,
}

/// <summary>The notice the period list shows: a level, a plain Danish sentence, and the date the next closing is expected by.</summary>
public sealed record CadenceNotice(CadenceLevel Level, string Text, DateOnly? NextExpectedOn);

/// <summary>
/// The cadence of closing plan periods (DOMAIN "Individuel plan" → Periods): a children's offer
/// closes a period at each status meeting, at least twice a year, so at most six months apart; an
/// adults' offer at most once a year. Shown to the staff as a notice, never enforced: a period can
/// always be closed, and a late closing blocks nothing.
/// </summary>
public static class PeriodCadence
{
    public const int ChildrenMaxMonthsBetweenClosings = 6;
    public const int AdultsMinMonthsBetweenClosings = 12;

    private const string ChildrenRule = "børneområdet forventer mindst to lukninger om året";
    private const string AdultsRule = "voksenområdet forventer højst én lukning om året";

    /// <summary>
    /// The notice for a plan on <paramref name="today"/>, from the dates its periods were closed
    /// and the day the plan's first period began.
    /// </summary>
    public static CadenceNotice For(Area area, IEnumerable<DateOnly> closedOn, DateOnly planStartedOn, DateOnly today)
    {
        var closings = closedOn.Where(d => d <= today).OrderBy(d => d).ToList();
        return area == Area.Children ? Children(closings, planStartedOn, today) : Adults(closings, planStartedOn, today);
    }

    /// <summary>
    /// A note for the person about to close a period today, when that closing would go beyond the
    /// area's expectation (adults: a second closing within a year); null when it would not.
    /// </summary>
    public static string? NoteOnClosing(Area area, IEnumerable<DateOnly> closedOn, DateOnly today)
    {
        if (area == Area.Children)
        {
            return null;
        }

        var last = closedOn.Where(d => d <= today).DefaultIfEmpty().Max();
        return last != default && today < last.AddMonths(AdultsMinMonthsBetweenClosings)
            ? $"Seneste periode blev lukket {last.ToDanishDate()}; {AdultsRule}. Du kan stadig lukke perioden, fx hvis der er aftalt et ekstra statusmøde."
            : null;
    }

    /// <summary>Whole months from <paramref name="from"/> to <paramref name="to"/> (31 January + 1 month = 28/29 February).</summary>
    public static int WholeMonths(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return from.AddMonths(months) > to ? months - 1 : months;
    }

    /// <summary>"i dag", "for 12 dage siden", "for 1 måned siden", "for 7 måneder siden".</summary>
    public static string Ago(DateOnly then, DateOnly today)
    {
        var months = WholeMonths(then, today);
        if (months == 0)
        {
            var days = today.DayNumber - then.DayNumber;
            return days <= 0 ? "i dag" : days == 1 ? "i går" : $"for {days} dage siden";
        }

        return months == 1 ? "for 1 måned siden" : $"for {months} måneder siden";
    }

    private static CadenceNotice Children(List<DateOnly> closings, DateOnly planStartedOn, DateOnly today)
    {
        var from = closings.Count > 0 ? closings[^1] : planStartedOn;
        var due = from.AddMonths(ChildrenMaxMonthsBetweenClosings);
        var ago = Ago(from, today);
        var what = closings.Count > 0 ? $"Seneste periode blev lukket {ago}" : $"Planen blev oprettet {ago}, og ingen periode er lukket endnu";
        if (today > due)
        {
            return new CadenceNotice(CadenceLevel.Overdue, $"{what}; {ChildrenRule}.", due);
        }

        var next = today == due ? "Næste lukning forventes senest i dag" : $"Næste lukning forventes senest {due.ToDanishDate()}";
        return new CadenceNotice(CadenceLevel.OnTrack, $"{what}. {next} – {ChildrenRule}.", due);
    }

    private static CadenceNotice Adults(List<DateOnly> closings, DateOnly planStartedOn, DateOnly today)
    {
        // Two closings less than a year apart, the later within the last year: a note, not an error.
        for (var i = closings.Count - 1; i > 0; i--)
        {
            var later = closings[i];
            var earlier = closings[i - 1];
            if (later.AddMonths(AdultsMinMonthsBetweenClosings) <= today)
            {
                break;
            }

            if (later < earlier.AddMonths(AdultsMinMonthsBetweenClosings))
            {
                return new CadenceNotice(CadenceLevel.MoreThanExpected,
                    $"Planen er lukket {earlier.ToDanishDate()} og igen {later.ToDanishDate()}, to gange inden for et år; {AdultsRule}. " +
                    "Det kan være i orden, fx ved et ekstra statusmøde – skriv begrundelsen i planen.", later.AddMonths(AdultsMinMonthsBetweenClosings));
            }
        }

        if (closings.Count == 0)
        {
            var expected = planStartedOn.AddMonths(AdultsMinMonthsBetweenClosings);
            return new CadenceNotice(CadenceLevel.OnTrack,
                $"Planen blev oprettet {Ago(planStartedOn, today)}, og ingen periode er lukket endnu. {Capitalised(AdultsRule)}, typisk ved det årlige statusmøde.", expected);
        }

        var last = closings[^1];
        var next = last.AddMonths(AdultsMinMonthsBetweenClosings);
        var when = today >= next ? "Perioden kan lukkes ved næste statusmøde" : $"Næste lukning forventes tidligst {next.ToDanishDate()}";
        return new CadenceNotice(CadenceLevel.OnTrack, $"Seneste periode blev lukket {Ago(last, today)}. {when} – {AdultsRule}.", next);
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
