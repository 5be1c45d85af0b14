using Retning.Domain.Insight;
using Retning.Web.Services.Insight;

namespace Retning.Web.Pages.Ledelsesinformation;

/// <summary>
/// One management figure (docs/domain.md, "Management information"): its definition, this period
/// beside the previous, broken down by department, offer, area, target group, theme or goal type,
/// month by month, and — on request — the rows it counted. The rows come from the same
/// <see cref="Figures.Count"/> as the number, so the list always holds exactly what was counted;
/// citizens the user may not open are shown as a count only.
/// </summary>
public sealed class TalModel(AppDbContext db, InsightCache reader, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int RowsPerPage = 50;

    public InsightContext View { get; private set; } = default!;
    public FigureDefinition Figure { get; private set; } = default!;
    public FigureValue? Current { get; private set; }
    public FigureValue? Previous { get; private set; }
    public IReadOnlyList<(BreakdownLine Line, bool Hidden)> Lines { get; private set; } = [];
    public IReadOnlyList<string> Outcomes { get; private set; } = [];
    public IReadOnlyList<(ReportPeriod Month, FigureValue? Value)> Months { get; private set; } = [];
    public DrillDown? Drill { get; private set; }
    public FigureCharts Charts { get; private set; } = default!;

    /// <summary>The period the breakdown and the rows show, in the page's words.</summary>
    public string PeriodName => PreviousPeriod ? "forrige periode" : "denne periode";

    [BindProperty(SupportsGet = true, Name = "udfald")]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true, Name = "linje")]
    public string? Line { get; set; }

    [BindProperty(SupportsGet = true, Name = "forrige")]
    public bool PreviousPeriod { get; set; }

    [BindProperty(SupportsGet = true, Name = "raekker")]
    public bool ShowRows { get; set; }

    [BindProperty(SupportsGet = true, Name = "side")]
    public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(string figur, CancellationToken ct)
    {
        if (await InsightContext.LoadAsync(db, reader, me, Request.Query, DanishTime.Today(clock), ct) is not { } view)
        {
            return Forbid();
        }

        if (FigureCatalog.FromSlug(figur) is not { } figure)
        {
            return NotFound();
        }

        (View, Figure) = (view, figure);
        var numbers = FigureView.Of(view, figure, PreviousPeriod);
        (Current, Previous, Outcomes, Lines, Months) = (numbers.Current, numbers.Previous, numbers.Outcomes, numbers.Lines, numbers.Months);
        (Outcome, Line) = numbers.Known(Outcome, Line);
        Charts = FigureCharts.Of(numbers, view, PeriodName);

        if (ShowRows)
        {
            var chosen = numbers.Chosen(view, PreviousPeriod, Outcome, Line);
            Drill = await DrillDown.ReadAsync(db, view, chosen, PageNumber, RowsPerPage, ct);
            await audit.RecordAsync(AuditAction.Search, null, $"Ledelsesinformation: rækker bag \"{figure.Title}\"",
                $"{view.Describe()}{(PreviousPeriod ? " (forrige periode)" : "")}; udfald: {Outcome ?? "alle"}; linje: {(Line is null ? "alle" : view.LineName(view.Request.Breakdown, Line))}; "
                + $"rækker: {chosen.Count}; viste rækker: {Drill.Visible.Count}", ct);
        }
        else
        {
            await audit.RecordAsync(AuditAction.Read, null, $"Ledelsesinformation: \"{figure.Title}\"", view.Describe(), ct);
        }

        return Page();
    }

    /// <summary>This figure's address with the view's filters and the given drill-down choices.</summary>
    public string Link(string? outcome = null, string? line = null, bool rows = false, bool? previous = null, int? page = null) =>
        Routes.InsightFigure(Figure.Slug, View.Request.Query(
            ("udfald", outcome), ("linje", line), ("raekker", rows ? "true" : null),
            ("forrige", previous ?? PreviousPeriod ? "true" : null), ("side", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null)));
}
