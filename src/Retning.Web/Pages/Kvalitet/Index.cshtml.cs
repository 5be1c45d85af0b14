using Retning.Domain.Quality;
using Retning.Web.Services.Quality;

namespace Retning.Web.Pages.Kvalitet;

/// <summary>
/// The quality officer's and the leaders' overview of monitoring rounds (standard 1.3 step 3; docs/domain.md,
/// "Quality monitoring"): the rounds on departments whose figures the user reads, with status, due date and progress,
/// and per offer the three-year rule. No citizen data: progress is counts only.
/// </summary>
[Authorize(Policy = Policies.FigureReader)]
public sealed class IndexModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed record RoundLine(MonitoringRound Round, RoundStatus Status, string Scope, int Submitted);

    public IReadOnlyList<RoundLine> Rounds { get; private set; } = [];
    public IReadOnlyList<OfferCycle> Offers { get; private set; } = [];
    public bool RunsAny { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = DanishTime.Today(clock);
        var scope = await QualityScope.LoadAsync(db, me, ct);
        RunsAny = scope.RunsAny;
        var figureDepartments = scope.FigureDepartments.ToArray();
        var rounds = await db.MonitoringRounds.AsNoTracking().Include(r => r.Departments)
            .Where(r => r.Departments.Any(d => figureDepartments.Contains(d.DepartmentId)))
            .OrderBy(r => r.CompletedOn != null).ThenBy(r => r.DueOn).ThenBy(r => r.Title).ToListAsync(ct);
        // Progress counts every submitted first review, whoever may open the plan: counts only, one query for all rounds.
        var submitted = await RoundFacts.SubmittedFirstReviewsAsync(db, [.. rounds.Select(r => r.Id)], ct);

        var departmentIds = rounds.SelectMany(r => r.Departments).Select(d => d.DepartmentId).Concat(figureDepartments).Distinct().ToArray();
        var departments = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id))
            .Select(d => new RoundDepartmentName(d.Id, d.Name, d.OfferId, d.Offer!.Name)).ToListAsync(ct);
        Rounds = [.. rounds.Select(r => new RoundLine(r, r.StatusOf(),
            string.Join(", ", departments.Where(d => r.Departments.Any(x => x.DepartmentId == d.Id)).Select(d => d.FullName).Order(StringComparer.Ordinal)),
            submitted.GetValueOrDefault(r.Id)))];
        var offerIds = departments.Where(d => scope.FigureDepartments.Contains(d.Id)).Select(d => d.OfferId).Distinct().ToList();
        Offers = await OfferCycles.ForAsync(db, offerIds, Today, ct);
        await audit.RecordAsync(AuditAction.Read, null, "Kvalitet: runder", $"runder: {Rounds.Count}; tilbud: {Offers.Count}", ct);
        return Page();
    }
}
