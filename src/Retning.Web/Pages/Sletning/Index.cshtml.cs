using Retning.Domain.Rights;
using Retning.Web.Services.Retention;

namespace Retning.Web.Pages.Sletning;

/// <summary>
/// The retention dry run for leaders: every discharged citizen of the departments they lead, when
/// the data goes, and which are held. It only reads; the job does the erasing.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<RetentionCandidate> Candidates { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!me.IsLeaderAnywhere)
        {
            await audit.RecordAsync(AuditAction.Denied, null, "Sletning: oversigt (uden ret)", ct: ct);
            return Forbid();
        }

        Today = DanishTime.Today(clock);
        var led = me.DepartmentsWhereLeader().ToHashSet();
        // Scoping shows the caller's departments; of those, only where she is a leader.
        var all = await RetentionReport.BuildAsync(db, Today, ct);
        Candidates = [.. all.Where(c => led.Contains(c.DepartmentId))];
        await audit.RecordAsync(AuditAction.Search, null, "Sletning: oversigt",
            $"slettes={Count(RetentionState.Due)}; tilbageholdt={Count(RetentionState.Held)}; opbevares={Count(RetentionState.Retained)}", ct);
        return Page();
    }

    public int Count(RetentionState state) => Candidates.Count(c => c.Verdict.State == state);
}
