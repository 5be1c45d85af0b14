using System.Globalization;

namespace Retning.Domain.Common;

/// <summary>
/// The one way dates are written for people: day-month-year with dashes ("05-12-2026"), the
/// form Danish social care and the municipalities use (docs/domain.md, "Dates and times").
/// Digits only, so the culture is fixed rather than taken from the thread.
/// </summary>
public static class DanishDates
{
    public const string DatePattern = "dd-MM-yyyy";
    public const string DateTimePattern = "dd-MM-yyyy HH:mm";

    public static string ToDanishDate(this DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <summary>An optional date: empty when there is none.</summary>
    public static string ToDanishDate(this DateOnly? date) => date is { } d ? d.ToDanishDate() : string.Empty;

    public static string ToDanishDate(this DateTime date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    public static string ToDanishDate(this DateTimeOffset date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <summary>Date and minute of a local (already Danish) time, e.g. "05-12-2026 14:30".</summary>
    public static string ToDanishDateTime(this DateTime local) => local.ToString(DateTimePattern, CultureInfo.InvariantCulture);

    /// <summary>Date and second, for the audit log, e.g. "05-12-2026 14:30:07".</summary>
    public static string ToDanishDateTimeSeconds(this DateTime local) => local.ToString(DateTimePattern + ":ss", CultureInfo.InvariantCulture);

    public static string ToDanishDateTime(this DateTimeOffset local) => local.ToString(DateTimePattern, CultureInfo.InvariantCulture);
}
