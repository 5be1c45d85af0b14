using Retning.Web.Services.Tasks;

namespace Retning.Web.Pages.Opgaver;

/// <summary>
/// "Mine opgaver": the deadlines of the citizens whose contact team I am in (less those given to
/// another member; those given to me marked), the approvals I must give, the statuses I am asked
/// to give sparring on, and — for a leader — the leader's deadlines in my departments; filterable,
/// sortable, 25 to a page.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(CurrentUser me, MyTasks myTasks, AuditLog audit) : TaskListPageModel
{
    protected override string ListPath => Routes.MyTasks;

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Present(await myTasks.LoadAsync(ct));
        await audit.RecordAsync(AuditAction.Search, null, "Mine opgaver", Criteria(), ct);
        return Page();
    }

    public bool IsLeader => me.DepartmentsWhereLeader().Any();

    public Guid? MyId => me.Id;
}
