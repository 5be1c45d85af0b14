namespace Retning.Domain.Plans;

/// <summary>
/// When the plan's two assessment tools are due (docs/domain.md, "The individual plan"): the autonomic compass is begun half
/// a year after enrolment; a DPU is made at the latest 1 year after enrolment and then at least
/// every 2 years.
/// </summary>
public static class AssessmentSchedule
{
    public const int CompassAfterMonths = 6;
    public const int FirstDpuAfterMonths = 12;
    public const int DpuEveryMonths = 24;

    /// <summary>The day the autonomic compass is to be begun.</summary>
    public static DateOnly CompassStartOn(DateOnly enrolledOn) => enrolledOn.AddMonths(CompassAfterMonths);

    /// <summary>True when anything of the compass is written (begun, not necessarily finished).</summary>
    public static bool CompassBegun(string? sympatheticComfort, string? sympatheticDiscomfort, string? parasympatheticComfort, string? parasympatheticDiscomfort) =>
        new[] { sympatheticComfort, sympatheticDiscomfort, parasympatheticComfort, parasympatheticDiscomfort }.Any(t => !string.IsNullOrWhiteSpace(t));

    /// <summary>True when half a year has passed since enrolment and the compass is still empty.</summary>
    public static bool CompassMissing(DateOnly enrolledOn, DateOnly today, bool begun) => !begun && today >= CompassStartOn(enrolledOn);

    /// <summary>
    /// The day the next DPU must be made by: 1 year after enrolment while none is made since,
    /// then 2 years after the latest. A DPU from before enrolment (e.g. an earlier placement)
    /// counts for its 2 years, but never later than 1 year after enrolment.
    /// </summary>
    public static DateOnly NextDpuOn(DateOnly enrolledOn, IEnumerable<DateOnly> madeOn)
    {
        var first = enrolledOn.AddMonths(FirstDpuAfterMonths);
        var dates = madeOn.ToList();
        if (dates.Count == 0)
        {
            return first;
        }

        var latest = dates.Max();
        var next = latest.AddMonths(DpuEveryMonths);
        return latest >= enrolledOn ? next : (next < first ? next : first);
    }

    /// <summary>True when the next DPU's day has passed.</summary>
    public static bool DpuOverdue(DateOnly enrolledOn, IEnumerable<DateOnly> madeOn, DateOnly today) => today > NextDpuOn(enrolledOn, madeOn);
}
