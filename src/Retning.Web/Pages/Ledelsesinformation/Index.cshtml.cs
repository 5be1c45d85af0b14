using Retning.Domain.Insight;
using Retning.Web.Services.Insight;

namespace Retning.Web.Pages.Ledelsesinformation;

/// <summary>
/// The management information overview (docs/domain.md, "Management information"): every figure for
/// the chosen period beside the previous one, for the departments the user's role reaches, with its
/// definition one click away and a link to the rows behind it. For learning, not control.
/// </summary>
public sealed class IndexModel(AppDbContext db, InsightCache reader, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    public InsightContext View { get; private set; } = default!;

    /// <summary>The figures by group, each with this period's and the previous period's value.</summary>
    public IReadOnlyList<(FigureGroup Group, IReadOnlyList<FigureLine> Figures)> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await InsightContext.LoadAsync(db, reader, me, Request.Query, DanishTime.Today(clock), ct) is not { } view)
        {
            return Forbid();
        }

        View = view;
        foreach (var error in view.PeriodErrors)
        {
            ModelState.AddModelError(error.Field == "Fra" ? "fra" : "til", error.Message);
        }

        view.Prepare(FigureCatalog.All);
        Groups = [.. FigureCatalog.All.GroupBy(f => f.Group)
            .Select(g => (g.Key, (IReadOnlyList<FigureLine>)[.. g.Select(f => FigureLine.Of(view, f))]))];

        await audit.RecordAsync(AuditAction.Read, null, "Ledelsesinformation: nøgletal",
            $"{view.Describe()}; afdelinger: {view.Data.Departments.Count}", ct);
        return Page();
    }
}

/// <summary>A figure on the overview: its definition and its value now and in the previous period (null when hidden as "færre end 5").</summary>
public sealed record FigureLine(FigureDefinition Definition, FigureValue? Current, FigureValue? Previous)
{
    public static FigureLine Of(InsightContext view, FigureDefinition figure)
    {
        var current = view.Rows(figure);
        var previous = view.Rows(figure, previous: true);
        return new FigureLine(figure, view.Hidden(current) ? null : FigureValue.Of(current), view.Hidden(previous) ? null : FigureValue.Of(previous));
    }
}
