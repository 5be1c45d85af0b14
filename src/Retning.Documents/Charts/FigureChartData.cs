namespace Retning.Documents.Charts;

/// <summary>
/// A management figure broken down into lines (docs/domain.md, "Management information"), as the
/// figure page's table shows it. <paramref name="Share"/> true draws each line's percentage
/// (<see cref="FigureBar.Percent"/>); false stacks each line's count per outcome
/// (<see cref="FigureBar.Counts"/>, in the order of <paramref name="Outcomes"/>).
/// <paramref name="Description"/> opens the text alternative ("Aktive mål opdelt efter afdeling").
/// </summary>
public sealed record FigureBreakdownChartData(
    string Description,
    bool Share,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<FigureBar> Bars);

/// <summary>
/// One line of a breakdown. <paramref name="Text"/> is the table's cell for the line ("62 % (25 af
/// 40)", "40", "Ingen data", "færre end 5") and is written at the end of the bar. A line that is
/// not drawn — hidden as "færre end 5", or a share with no denominator — has
/// <paramref name="Percent"/> and <paramref name="Counts"/> null: only its text stands there.
/// </summary>
public sealed record FigureBar(string Label, string Text, int? Percent, IReadOnlyList<int>? Counts)
{
    public bool Drawn(bool share) => share ? Percent is not null : Counts is not null;
}

/// <summary>
/// A management figure month by month (the first and last month may be cut to the period).
/// <paramref name="Share"/> true draws percentages (0–100); false counts, with
/// <paramref name="Unit"/> ("mål") naming the value axis.
/// </summary>
public sealed record FigureMonthChartData(
    string Description,
    bool Share,
    string Unit,
    IReadOnlyList<FigureMonth> Months);

/// <summary>
/// One month: <paramref name="Value"/> (a percentage or a count) is null for a month the table shows
/// as "Ingen data" or "færre end 5" — drawn as a gap labelled with <paramref name="Text"/>, never as 0.
/// </summary>
public sealed record FigureMonth(DateOnly From, DateOnly To, int? Value, string Text);
