using Retning.Domain.Quality;
using Retning.Web.Services.Quality;

namespace Retning.Web.Pages.Kvalitet.Forbedringsplan;

/// <summary>
/// A round's improvement plan (standard 1.3 step 4, indicator 9): the results per indicator at the top so the
/// findings are at hand, then the actions grouped by the first indicator they answer. Read by whoever reads the
/// round, written by whoever runs it (<see cref="QualityAccess"/>); aggregates only, so no citizen audit.
/// </summary>
[Authorize(Policy = Policies.FigureReader)]
public sealed class IndexModel(RoundReportReader reader, TimeProvider clock) : PageModel
{
    public RoundReport Report { get; private set; } = default!;

    public DateOnly Today { get; private set; }

    /// <summary>The actions by the first indicator they answer, in the indicators' order.</summary>
    public IReadOnlyList<(QualityIndicator Indicator, IReadOnlyList<ImprovementAction> Actions)> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid roundId)
    {
        if (await reader.LoadAsync(roundId, HttpContext.RequestAborted) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        Today = DanishTime.Today(clock);
        Groups = [.. report.Actions
            .GroupBy(a => IndicatorSet.In(a.Indicators).DefaultIfEmpty(QualityIndicator.ImprovementPlan).First())
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyList<ImprovementAction>)[.. g]))];
        return Page();
    }
}
