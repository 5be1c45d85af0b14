namespace Retning.Domain.Insight;

/// <summary>The periods a leader chooses between on the management pages (docs/domain.md, "Management information").</summary>
public enum PeriodChoice
{
    /// <summary>The 12 months up to and including today: the default.</summary>
    Last12Months = 1,

    /// <summary>The last finished calendar quarter.</summary>
    LastQuarter = 2,

    /// <summary>The last finished half year (January–June or July–December).</summary>
    LastHalfYear = 3,

    /// <summary>The last finished calendar year.</summary>
    LastYear = 4,

    /// <summary>From and to as typed.</summary>
    Custom = 5,
}

/// <summary>
/// A stretch of whole days, both ends inclusive, that a figure counts over. Every figure is shown
/// beside the same figure for <see cref="Previous"/>: the period of the same number of days that
/// ends the day before this one begins.
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The longest period a leader may choose: five years (the figures' data is kept at least that long).</summary>
    public const int MaxDays = 5 * 366;

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period of the same length just before this one.</summary>
    public ReportPeriod Previous => new(From.AddDays(-Days), From.AddDays(-1));

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>True when a stretch from <paramref name="from"/> to <paramref name="to"/> (open when null) shares a day with the period.</summary>
    public bool Overlaps(DateOnly from, DateOnly? to) => from <= To && (to is null || to.Value >= From);

    /// <summary>The period for a choice on <paramref name="today"/>; a custom period comes from <see cref="Custom"/>.</summary>
    public static ReportPeriod For(PeriodChoice choice, DateOnly today)
    {
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var halfStart = new DateOnly(today.Year, today.Month <= 6 ? 1 : 7, 1);
        return choice switch
        {
            PeriodChoice.LastQuarter => new(quarterStart.AddMonths(-3), quarterStart.AddDays(-1)),
            PeriodChoice.LastHalfYear => new(halfStart.AddMonths(-6), halfStart.AddDays(-1)),
            PeriodChoice.LastYear => new(new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31)),
            _ => new(today.AddMonths(-12).AddDays(1), today),
        };
    }

    /// <summary>
    /// A custom period from the typed dates, or the errors to show at the fields (the default
    /// period is used meanwhile, and the typed text stays in the fields).
    /// </summary>
    public static (ReportPeriod? Period, IReadOnlyList<FieldError> Errors) Custom(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (from is null)
        {
            errors.Add(new("Fra", "Skriv periodens første dag som dd-mm-åååå."));
        }

        if (to is null)
        {
            errors.Add(new("Til", "Skriv periodens sidste dag som dd-mm-åååå."));
        }
        else if (to > today)
        {
            errors.Add(new("Til", "Perioden kan ikke slutte efter i dag."));
        }

        if (from is { } f && to is { } t && errors.Count == 0)
        {
            if (t < f)
            {
                errors.Add(new("Til", "Periodens sidste dag ligger før den første."));
            }
            else if (t.DayNumber - f.DayNumber + 1 > MaxDays)
            {
                errors.Add(new("Fra", "Vælg en periode på højst fem år."));
            }
        }

        return errors.Count == 0 ? (new ReportPeriod(from!.Value, to!.Value), errors) : (null, errors);
    }
}
