using Retning.Documents.Charts;
using Retning.Documents.Export;
using Retning.Domain.Insight;

namespace Retning.Web.Pages.Ledelsesinformation;

/// <summary>Who asked for a file, and when (UTC): written into it in Danish time.</summary>
public sealed record ExportStamp(string By, DateTime Utc);

/// <summary>What a figure's file holds besides its numbers: the period shown, the drill-down choices, and whether rows were asked for.</summary>
public sealed record FigureChoice(bool PreviousPeriod, string? Outcome, string? Line, bool WithRows);

/// <summary>
/// The management figures as an <see cref="ExportDocument"/> (docs/architecture.md, "Documents"):
/// exactly the view on the page — the same <see cref="InsightContext"/>, <see cref="FigureLine"/>
/// and <see cref="FigureView"/>, the same "færre end 5", the same rows a user may open — with the
/// period, the previous period, the filters, the time and who exported, and every figure's
/// definition. Numbers are numbers (a share as whole percent, rounded down as on the page) beside
/// the page's own wording.
/// </summary>
public static class InsightExport
{
    public const string OverviewTitle = "Ledelsesinformation – nøgletal";

    private static readonly string[] RateColumns = ["Andel (%)", "Andel (som på siden)"];

    /// <summary>The figures whose months the printable report shows: are the scores given, and are the goals reached.</summary>
    private static readonly FigureKey[] ReportMonths = [FigureKey.ResponseRate, FigureKey.GoalsClosed];

    /// <summary>Every figure of the view: this period, the previous one and the change, then the definitions.</summary>
    public static ExportDocument Overview(InsightContext view, ExportStamp stamp)
    {
        view.Prepare(FigureCatalog.All);
        var lines = FigureCatalog.All.Select(f => FigureLine.Of(view, f)).ToList();
        var figures = new ExportTable("Nøgletal",
            ["Gruppe", "Tal", "Denne periode", "Enhed", "Nævner (n)", "Tæller", "Rækker", "Forrige periode", "Forrige nævner (n)", "Ændring", "Ændringens enhed", "Denne periode (som på siden)", "Forrige periode (som på siden)"],
            [.. lines.Select(l => (IReadOnlyList<object?>)
            [
                l.Definition.Group.Danish(), l.Definition.Title, Value(l.Definition, l.Current), Unit(l.Definition),
                Denominator(l.Definition, l.Current), Successes(l.Definition, l.Current), l.Current?.Rows,
                Value(l.Definition, l.Previous), Denominator(l.Definition, l.Previous),
                InsightText.ChangeValue(l.Definition, l.Current, l.Previous), l.Definition.HasRate ? "procentpoint" : l.Definition.Unit,
                InsightText.Headline(l.Definition, l.Current), InsightText.Headline(l.Definition, l.Previous),
            ])],
            Note(view));
        return new ExportDocument(OverviewTitle, About(view, stamp), [figures, Definitions(FigureCatalog.All)]);
    }

    /// <summary>The printable report of the overview: the same lines in the page's words, narrow enough for A4; the months of the response rate and of goal attainment with their charts.</summary>
    public static ExportDocument Report(InsightContext view, ExportStamp stamp)
    {
        var tables = FigureCatalog.All.GroupBy(f => f.Group).Select(g => new ExportTable(g.Key.Danish(),
            ["Tal", "Denne periode", "Forrige periode", "Ændring"],
            [.. g.Select(f => FigureLine.Of(view, f)).Select(l => (IReadOnlyList<object?>)
            [
                l.Definition.Title,
                InsightText.Headline(l.Definition, l.Current) + (InsightText.LeftOut(l.Current) is { } left ? $" – {left}" : string.Empty),
                InsightText.Headline(l.Definition, l.Previous),
                InsightText.Change(l.Definition, l.Current, l.Previous) ?? "–",
            ])]));
        var definitions = new ExportTable("Definitioner", ["Tal", "Definition"],
            [.. FigureCatalog.All.Select(f => (IReadOnlyList<object?>)[f.Title, DefinitionText(f)])]);
        var months = ReportMonths.Select(k => MonthTable(view, FigureCatalog.Of(k)));
        return new ExportDocument("Ledelsesinformation – rapport", About(view, stamp), [.. tables, .. months, definitions with { Note = Note(view) }]);
    }

    /// <summary>A figure's months as the figure page shows them, with their chart when the period spans two months or more.</summary>
    private static ExportTable MonthTable(InsightContext view, FigureDefinition figure)
    {
        var numbers = FigureView.Of(view, figure, previousPeriod: false);
        var chart = FigureCharts.MonthsOf(numbers);
        return new ExportTable($"{figure.Title} måned for måned", ["Måned", "Tal"],
            [.. numbers.Months.Select(m => (IReadOnlyList<object?>)[ReportPeriod.MonthName(m.Month.From), InsightText.Headline(figure, m.Value)])],
            Chart: chart is { Months.Count: >= 2 } ? new ExportChart(FigureMonthChart.Svg(chart), FigureMonthChart.Summary(chart), FigureCharts.MonthsCaption(chart)) : null);
    }

    /// <summary>One figure: this and the previous period, the breakdown per outcome, the months and, when asked for, the rows the user may see.</summary>
    public static async Task<(ExportDocument Document, int Rows, int Citizens)> FigureAsync(
        AppDbContext db, InsightContext view, FigureDefinition figure, FigureChoice choice, ExportStamp stamp, CancellationToken ct)
    {
        var numbers = FigureView.Of(view, figure, choice.PreviousPeriod);
        var by = view.Request.Breakdown;
        var tables = new List<ExportTable>
        {
            new("Tal", ["Periode", "Fra", "Til", "Værdi", "Enhed", "Nævner (n)", "Tæller", "Rækker", "Ændring", "Som på siden"],
            [
                ["Denne periode", view.Period.From, view.Period.To, Value(figure, numbers.Current), Unit(figure), Denominator(figure, numbers.Current), Successes(figure, numbers.Current),
                    numbers.Current?.Rows, InsightText.ChangeValue(figure, numbers.Current, numbers.Previous), InsightText.Headline(figure, numbers.Current)],
                ["Forrige periode", view.Period.Previous.From, view.Period.Previous.To, Value(figure, numbers.Previous), Unit(figure), Denominator(figure, numbers.Previous),
                    Successes(figure, numbers.Previous), numbers.Previous?.Rows, null, InsightText.Headline(figure, numbers.Previous)],
            ]),
            new($"Opdelt efter {InsightText.BreakdownName(by).ToLowerInvariant()}",
                [InsightText.BreakdownName(by), .. numbers.Outcomes, "I alt", .. figure.HasRate ? RateColumns : []],
                [.. numbers.Lines.Select(l => (IReadOnlyList<object?>)
                [
                    view.LineName(by, l.Line.Key),
                    .. numbers.Outcomes.Select(o => l.Hidden ? SmallNumbers.Label : (object)l.Line.Value.Outcomes.Where(x => x.Outcome == o).Sum(x => x.Count)),
                    l.Hidden ? SmallNumbers.Label : l.Line.Value.Rows,
                    .. figure.HasRate ? new[] { Value(figure, l.Hidden ? null : l.Line.Value), InsightText.Headline(figure, l.Hidden ? null : l.Line.Value) } : [],
                ])],
                choice.PreviousPeriod ? "Opdelingen gælder forrige periode." : "Opdelingen gælder denne periode."),
        };
        if (numbers.Months.Count > 0)
        {
            tables.Add(new("Måned for måned", ["Fra", "Til", "Værdi", "Enhed", "Nævner (n)", "Tæller", "Som på siden"],
                [.. numbers.Months.Select(m => (IReadOnlyList<object?>)
                    [m.Month.From, m.Month.To, Value(figure, m.Value), Unit(figure), Denominator(figure, m.Value), Successes(figure, m.Value), InsightText.Headline(figure, m.Value)])],
                "Hver måned er talt efter samme definition som hele perioden; en borger eller et mål kan derfor tælle i flere måneder."));
        }

        var (rows, citizens) = (0, 0);
        if (choice.WithRows)
        {
            var chosen = numbers.Chosen(view, choice.PreviousPeriod, choice.Outcome, choice.Line);
            var drill = await DrillDown.ReadAsync(db, view, chosen, 1, Math.Max(1, chosen.Count), ct);
            (rows, citizens) = (drill.Visible.Count, drill.Visible.Select(r => r.Item.CitizenId).Distinct().Count());
            tables.Add(new("Rækker", ["Borger", "Hvad", "Dato", "Afdeling", "Udfald"],
                [.. drill.Visible.Select(r => (IReadOnlyList<object?>)
                [
                    r.CitizenName, r.What, r.Item.On, view.LineName(Breakdown.Department, r.Item.DepartmentId.ToString()),
                    r.Item.Outcome + (r.Item.InDenominator ? string.Empty : " (ikke medregnet)"),
                ])],
                RowsNote(drill, choice, view)));
        }

        tables.Add(Definitions([figure]));
        var about = About(view, stamp).Append(("Opdelt efter", InsightText.BreakdownName(by))).ToList();
        return (new ExportDocument($"Ledelsesinformation – {figure.Title}", about, tables), rows, citizens);
    }

    /// <summary>The figure's value as a number: whole percent for a share, rows for a count; the page's words when there is no number.</summary>
    public static object Value(FigureDefinition figure, FigureValue? value) => value switch
    {
        null => SmallNumbers.Label,
        { Rows: 0 } => InsightText.NoData,
        _ when figure.HasRate => value.Percent is { } p ? p : InsightText.NoData,
        _ => value.Rows,
    };

    private static string Unit(FigureDefinition figure) => figure.HasRate ? "%" : figure.Unit;

    private static int? Denominator(FigureDefinition figure, FigureValue? value) => figure.HasRate ? value?.Denominator : null;

    private static int? Successes(FigureDefinition figure, FigureValue? value) => figure.HasRate ? value?.Successes : null;

    private static List<(string, string)> About(InsightContext view, ExportStamp stamp) =>
    [
        ("Periode", InsightText.PeriodName(view.Period)),
        ("Forrige periode", InsightText.PeriodName(view.Period.Previous)),
        ("Visning", view.Describe()),
        ("Afdelinger", string.Join(", ", view.Departments
            .Where(d => (view.Request.OfferId is null || d.OfferId == view.Request.OfferId) && (view.Request.DepartmentId is null || d.Id == view.Request.DepartmentId))
            .Select(d => $"{d.OfferName} – {d.Name}"))),
        ("Hentet", DanishTime.Format(stamp.Utc)),
        ("Hentet af", stamp.By),
    ];

    private static string Note(InsightContext view) =>
        $"Tal over færre end {SmallNumbers.Threshold} borgere, som du ikke kan åbne alle, står som \"{SmallNumbers.Label}\". Procenter er rundet ned. Tallene er til læring, ikke til kontrol. Visning: {view.Describe()}.";

    private static string RowsNote(DrillDown drill, FigureChoice choice, InsightContext view)
    {
        var what = $"{(drill.CountsHidden ? SmallNumbers.Label : drill.Total.ToString(System.Globalization.CultureInfo.InvariantCulture))} rækker"
            + (choice.Outcome is { } o ? $" med udfaldet \"{o}\"" : string.Empty)
            + (choice.Line is { } l ? $" i {view.LineName(view.Request.Breakdown, l)}" : string.Empty)
            + (choice.PreviousPeriod ? " i forrige periode." : " i denne periode.");
        return drill.CountsHidden ? $"{what} Nogle af dem gælder borgere, du ikke kan åbne; de vises ikke."
            : drill.NotOpenable > 0 ? $"{what} {drill.NotOpenable} af dem gælder borgere, du ikke kan åbne; de tælles med, men vises ikke."
            : what;
    }

    private static ExportTable Definitions(IEnumerable<FigureDefinition> figures) => new("Definitioner",
        ["Tal", "Hvad tælles", "Andel", "Periode", "Ikke medregnet"],
        [.. figures.Select(f => (IReadOnlyList<object?>)[f.Title, f.Counts, f.Rate ?? "Kun antal.", f.Period, f.LeftOut])]);

    private static string DefinitionText(FigureDefinition f) =>
        $"{f.Counts} {(f.Rate is { } rate ? "Andel: " + rate + " " : string.Empty)}Periode: {f.Period} Ikke medregnet: {f.LeftOut}";
}
