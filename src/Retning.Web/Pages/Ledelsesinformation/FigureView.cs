using Retning.Domain.Insight;

namespace Retning.Web.Pages.Ledelsesinformation;

/// <summary>
/// The numbers of one figure's page (Tal) in a view: this and the previous period, the outcomes,
/// the breakdown lines and the months, each null or hidden where the page says "færre end 5".
/// The page (<see cref="TalModel"/>) and its files (<see cref="InsightExport"/>) both read them here.
/// </summary>
public sealed record FigureView(
    FigureDefinition Figure,
    IReadOnlyList<CountedItem> Rows,
    IReadOnlyList<CountedItem> PreviousRows,
    FigureValue? Current,
    FigureValue? Previous,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<(BreakdownLine Line, bool Hidden)> Lines,
    IReadOnlyList<(ReportPeriod Month, FigureValue? Value)> Months)
{
    public static FigureView Of(InsightContext view, FigureDefinition figure, bool previousPeriod)
    {
        var rows = view.Rows(figure);
        var previous = view.Rows(figure, previous: true);
        IReadOnlyList<(ReportPeriod, FigureValue?)> months = figure.Group is FigureGroup.Purposes or FigureGroup.SupportNeed or FigureGroup.Participation
            ? []
            : [.. FigureBreakdown.ByMonth(figure.Key, view.Data, view.Period, view.Today)
                .Select(m => (m.Month, Rows: view.Request.Filter.Apply(m.Rows, view.Data, figure.ByGoal).ToList()))
                .Select(m => (m.Month, view.Hidden(m.Rows) ? null : FigureValue.Of(m.Rows)))];
        return new FigureView(
            figure,
            rows,
            previous,
            view.Hidden(rows) ? null : FigureValue.Of(rows),
            view.Hidden(previous) ? null : FigureValue.Of(previous),
            [.. FigureValue.Of(rows.Concat(previous)).Outcomes.Select(o => o.Outcome)],
            [.. FigureBreakdown.By(previousPeriod ? previous : rows, view.Request.Breakdown, view.Data).Select(l => (l, view.Hidden(l.Rows)))],
            months);
    }

    /// <summary>The rows a drill-down lists: the chosen period's, narrowed to one outcome and one breakdown line when given.</summary>
    public IReadOnlyList<CountedItem> Chosen(InsightContext view, bool previousPeriod, string? outcome, string? line) =>
        [.. (previousPeriod ? PreviousRows : Rows)
            .Where(r => outcome is null || r.Outcome == outcome)
            .Where(r => line is null || FigureBreakdown.KeyOf(r, view.Request.Breakdown, view.Data) == line)];

    /// <summary>A drill-down choice from the address kept only when it names an outcome or a line of this figure (else "alle").</summary>
    public (string? Outcome, string? Line) Known(string? outcome, string? line) =>
        (outcome is not null && Outcomes.Contains(outcome) ? outcome : null, line is not null && Lines.Any(l => l.Line.Key == line) ? line : null);
}
