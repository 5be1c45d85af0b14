using Retning.Web.Services.Quality;
using Retning.Web.Services.Tasks;

namespace Retning.Web.Pages.Opgaver;

/// <summary>
/// "Mine opgaver": the deadlines of the citizens whose contact team I am in (less those given to
/// another member; those given to me marked), the approvals I must give, the statuses I am asked
/// to give sparring on, and — for a leader — the leader's deadlines in my departments; filterable,
/// sortable, 25 to a page.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(CurrentUser me, MyTasks myTasks, QualityTasks qualityTasks, TimeProvider clock, AuditLog audit) : TaskListPageModel
{
    protected override string ListPath => Routes.MyTasks;

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Present(await myTasks.LoadAsync(ct));
        QualityWork = me.Id is { } id ? await qualityTasks.ForAsync(id, DanishTime.Today(clock), ct) : [];
        await audit.RecordAsync(AuditAction.Search, null, "Mine opgaver", Criteria(), ct);
        return Page();
    }

    /// <summary>Guidelines, monitoring rounds and improvement actions that are mine (no citizen data).</summary>
    public IReadOnlyList<QualityTask> QualityWork { get; private set; } = [];

    public bool IsLeader => me.DepartmentsWhereLeader().Any();

    public Guid? MyId => me.Id;
}
