namespace Retning.Web.Infrastructure;

/// <summary>Times are stored in UTC and shown in Danish local time.</summary>
public static class DanishTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>Today's date in Denmark: deadlines and dates typed by staff are Danish days, not UTC days.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    public static string Format(DateTime utc) => ToLocal(utc).ToDanishDateTimeSeconds();

    /// <summary>A Danish wall-clock time (as typed by staff) in UTC.</summary>
    public static DateTime ToUtc(DateTime danishLocal) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(danishLocal, DateTimeKind.Unspecified), Zone);

    /// <summary>True for a wall-clock time that does not exist in Denmark (the hour skipped in spring).</summary>
    public static bool IsSkipped(DateTime danishLocal) => Zone.IsInvalidTime(DateTime.SpecifyKind(danishLocal, DateTimeKind.Unspecified));

    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);
}
