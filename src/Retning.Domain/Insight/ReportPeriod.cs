namespace Retning.Domain.Insight;

/// <summary>The periods a leader chooses between on the management pages (docs/domain.md, "Management information").</summary>
public enum PeriodChoice
{
    /// <summary>The 12 whole months before the running one: the default.</summary>
    Last12Months = 1,

    /// <summary>The last finished calendar quarter.</summary>
    LastQuarter = 2,

    /// <summary>The last finished half year (January–June or July–December).</summary>
    LastHalfYear = 3,

    /// <summary>The last finished calendar year.</summary>
    LastYear = 4,

    /// <summary>From one month to another, as chosen.</summary>
    Custom = 5,
}

/// <summary>
/// A run of whole calendar months, both ends inclusive, that a figure counts over — never a part of
/// a month, and never the month still running: the figures read the diary's monthly score facts
/// (docs/adr/0014), which are exact for a whole month that has ended. Every figure is shown beside
/// the same figure for <see cref="Previous"/>: the same number of months just before.
/// </summary>
public sealed record ReportPeriod
{
    /// <summary>The longest period a leader may choose: five years (the figures' data is kept at least that long).</summary>
    public const int MaxMonths = 60;

    /// <param name="from">The first day of the first month.</param>
    /// <param name="to">The last day of the last month.</param>
    public ReportPeriod(DateOnly from, DateOnly to)
    {
        if (from.Day != 1 || to.AddDays(1).Day != 1 || to < from)
        {
            throw new ArgumentException($"A report period is whole months ({from:yyyy-MM-dd}–{to:yyyy-MM-dd}).", nameof(from));
        }

        (From, To) = (from, to);
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public int Months => ((To.Year - From.Year) * 12) + To.Month - From.Month + 1;

    /// <summary>The same number of months just before this period.</summary>
    public ReportPeriod Previous => new(From.AddMonths(-Months), From.AddDays(-1));

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>True when a stretch from <paramref name="from"/> to <paramref name="to"/> (open when null) shares a day with the period.</summary>
    public bool Overlaps(DateOnly from, DateOnly? to) => from <= To && (to is null || to.Value >= From);

    /// <summary>The month holding <paramref name="day"/> as a period.</summary>
    public static ReportPeriod MonthOf(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return new(first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>The period for a choice on <paramref name="today"/>; a custom period comes from <see cref="Custom"/>.</summary>
    public static ReportPeriod For(PeriodChoice choice, DateOnly today)
    {
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var halfStart = new DateOnly(today.Year, today.Month <= 6 ? 1 : 7, 1);
        return choice switch
        {
            PeriodChoice.LastQuarter => new(quarterStart.AddMonths(-3), quarterStart.AddDays(-1)),
            PeriodChoice.LastHalfYear => new(halfStart.AddMonths(-6), halfStart.AddDays(-1)),
            PeriodChoice.LastYear => new(new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31)),
            _ => new(monthStart.AddMonths(-12), monthStart.AddDays(-1)),
        };
    }

    /// <summary>
    /// A custom period from the month of <paramref name="from"/> to the month of <paramref name="to"/>
    /// (any day in a month stands for the month), or the errors to show at the fields (the default
    /// period is used meanwhile, and the typed text stays in the fields).
    /// </summary>
    public static (ReportPeriod? Period, IReadOnlyList<FieldError> Errors) Custom(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var errors = new List<FieldError>();
        var lastWhole = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        if (from is null)
        {
            errors.Add(new("Fra", "Vælg periodens første måned (åååå-mm)."));
        }

        if (to is null)
        {
            errors.Add(new("Til", "Vælg periodens sidste måned (åååå-mm)."));
        }
        else if (to > lastWhole)
        {
            errors.Add(new("Til", $"Perioden kan højst gå til og med den seneste hele måned ({MonthName(lastWhole)})."));
        }

        if (from is { } f && to is { } t && errors.Count == 0)
        {
            var (first, last) = (MonthOf(f), MonthOf(t));
            if (last.From < first.From)
            {
                errors.Add(new("Til", "Periodens sidste måned ligger før den første."));
            }
            else if (new ReportPeriod(first.From, last.To) is var period && period.Months > MaxMonths)
            {
                errors.Add(new("Fra", "Vælg en periode på højst fem år."));
            }
            else
            {
                return (period, errors);
            }
        }

        return (null, errors);
    }

    /// <summary>"november 2026".</summary>
    public static string MonthName(DateOnly day) => day.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("da-DK"));
}
