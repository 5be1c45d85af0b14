namespace Retning.Domain.Status;

/// <summary>The period a status covers: "siden sidste status" (the regional guideline; docs/domain.md, "Status reports"), adjustable by the contact team.</summary>
public static class StatusPeriodRules
{
    /// <summary>
    /// From the day after the last status's period to the status date. With no earlier status, the
    /// period is one status interval back (children 6 months, adults 12, or the documented
    /// agreement), but not before enrolment.
    /// </summary>
    public static (DateOnly From, DateOnly To) Default(DateOnly? lastPeriodTo, DateOnly enrolledOn, DateOnly statusDate, int intervalMonths)
    {
        var oneIntervalBack = statusDate.AddMonths(-intervalMonths);
        var from = lastPeriodTo is { } last ? last.AddDays(1) : (enrolledOn > oneIntervalBack ? enrolledOn : oneIntervalBack);
        return (from > statusDate ? statusDate : from, statusDate);
    }

    /// <summary>Months between statuses: the documented agreement, else twice a year for children (ICS) and once for adults (docs/domain.md, "Status reports").</summary>
    public static int IntervalMonths(StatusLayout layout, int? agreedMonths) => agreedMonths ?? (layout == StatusLayout.Ics ? 6 : 12);

    /// <summary>The problems with a chosen period, per field, in Danish.</summary>
    public static IReadOnlyList<FieldError> Check(DateOnly? from, DateOnly? to, DateOnly? statusDate, DateOnly enrolledOn, DateOnly today)
    {
        var problems = new List<FieldError>();
        if (from is null)
        {
            problems.Add(new FieldError("PeriodFrom", "Skriv periodens første dag."));
        }

        if (to is null)
        {
            problems.Add(new FieldError("PeriodTo", "Skriv periodens sidste dag."));
        }

        if (statusDate is null)
        {
            problems.Add(new FieldError("StatusDate", "Skriv statusdatoen (normalt statusmødets dato)."));
        }

        if (from is { } f && to is { } t && f > t)
        {
            problems.Add(new FieldError("PeriodTo", "Periodens sidste dag skal ligge efter den første."));
        }

        if (from is { } f2 && f2 < enrolledOn.AddYears(-1))
        {
            problems.Add(new FieldError("PeriodFrom", "Perioden kan højst begynde et år før indskrivningen."));
        }

        if (to is { } t2 && t2 > today.AddMonths(3))
        {
            problems.Add(new FieldError("PeriodTo", "Perioden kan højst slutte tre måneder frem."));
        }

        return problems;
    }

    /// <summary>True when something dated <paramref name="day"/> belongs to the period (both ends included).</summary>
    public static bool Contains(DateOnly from, DateOnly to, DateOnly day) => day >= from && day <= to;
}
