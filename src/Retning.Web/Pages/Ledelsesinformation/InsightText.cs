using Retning.Domain.Insight;

namespace Retning.Web.Pages.Ledelsesinformation;

/// <summary>How a figure's value reads on the page and in the files: a share with its n, a count with its unit, "Ingen data", "færre end 5".</summary>
public static class InsightText
{
    public const string NoData = "Ingen data";

    /// <summary>"december 2025 – november 2026 (12 måneder)", or "november 2026" for one month.</summary>
    public static string PeriodName(ReportPeriod period) => period.Months == 1
        ? ReportPeriod.MonthName(period.From)
        : $"{ReportPeriod.MonthName(period.From)} – {ReportPeriod.MonthName(period.To)} ({period.Months} måneder)";

    /// <summary>The headline: "62 % (25 af 40)" for a share, "40 mål" for a count; null value = hidden as "færre end 5".</summary>
    public static string Headline(FigureDefinition figure, FigureValue? value) => value switch
    {
        null => SmallNumbers.Label,
        { Rows: 0 } => NoData,
        _ when figure.HasRate => value.Percent is { } p ? $"{p} % ({value.Successes} af {value.Denominator})" : NoData,
        _ => $"{value.Rows} {figure.UnitFor(value.Rows)}",
    };

    /// <summary>The rows left out of the share, in words ("3 ikke medregnet"), or null when none.</summary>
    public static string? LeftOut(FigureValue? value) =>
        value is { } v && v.Rows > v.Denominator ? $"{v.Rows - v.Denominator} ikke medregnet" : null;

    /// <summary>The change from the previous period, in percentage points for a share and in rows for a count; null when either side has no number.</summary>
    public static string? Change(FigureDefinition figure, FigureValue? current, FigureValue? previous) =>
        ChangeValue(figure, current, previous) switch
        {
            null => null,
            0 => "uændret",
            > 0 and var up => figure.HasRate ? $"+{up} procentpoint" : $"+{up}",
            var down => figure.HasRate ? $"−{-down} procentpoint" : $"−{-down}",
        };

    /// <summary>The change as a number (percentage points for a share, rows for a count); null when either side has no number. The files write it as is.</summary>
    public static int? ChangeValue(FigureDefinition figure, FigureValue? current, FigureValue? previous) =>
        current is null || previous is null || current.Rows == 0 || previous.Rows == 0 ? null
        : figure.HasRate ? (current.Percent is { } now && previous.Percent is { } then ? now - then : null)
        : current.Rows - previous.Rows;

    /// <summary>A breakdown's name, as the chooser and the table head say it.</summary>
    public static string BreakdownName(Breakdown by) => by switch
    {
        Breakdown.Department => "Afdeling",
        Breakdown.Offer => "Tilbud",
        Breakdown.Area => "Område",
        Breakdown.TargetGroup => "Målgruppe",
        Breakdown.Theme => "Tema",
        Breakdown.GoalType => "Måltype",
        _ => by.ToString(),
    };
}
