using Retning.Domain.Deadlines;

using Retning.Web.Services.Tasks;

namespace Retning.Web.Pages.Opgaver;

/// <summary>
/// Base of the task lists: the filters, the sort order and the page in the address (so a list can
/// be bookmarked), and one page of 25 rows with the pager's counts. Tasks are computed by the
/// deadline engine, so the page is cut from the computed, sorted list.
/// </summary>
public abstract class TaskListPageModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "vis")] public string? Show { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public DeadlineKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "sortering")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "side")] public int PageNumber { get; set; } = 1;

    public TaskTableModel Table { get; private set; } = new([], Paging.Of(1, TaskFilter.PageSize, 0), _ => string.Empty);

    /// <summary>Overdue and not snoozed, over the whole list before filtering.</summary>
    public int OverdueCount { get; private set; }

    /// <summary>The page's own address without the query (e.g. "/opgaver").</summary>
    protected abstract string ListPath { get; }

    /// <summary>Further filters of the page to keep in the pager's links (e.g. "afdeling=…").</summary>
    protected virtual string ExtraQuery => string.Empty;

    protected void Present(IReadOnlyList<TaskRow> all, Guid? citizenId = null)
    {
        OverdueCount = all.Count(r => r.IsOverdue);
        var rows = TaskFilter.Apply(all, Show, Kind, Sort, citizenId).ToList();
        var paging = Paging.Of(PageNumber, TaskFilter.PageSize, rows.Count);
        Table = new TaskTableModel([.. rows.Skip(paging.Skip).Take(paging.PageSize)], paging, PageHref);
    }

    /// <summary>The audit detail of the list's criteria.</summary>
    protected string Criteria() =>
        $"vis={Show ?? TaskFilter.Open}; type={Kind?.ToString() ?? "alle"}; sortering={Sort ?? TaskFilter.ByDueDate}; side={Table.Paging.Page}; viste={Table.Rows.Count} af {Table.Paging.Total}";

    public string PageHref(int page)
    {
        var query = $"vis={Show ?? TaskFilter.Open}&type={Kind}&sortering={Sort ?? TaskFilter.ByDueDate}&side={page}";
        return $"{ListPath}?{query}{(ExtraQuery.Length > 0 ? "&" + ExtraQuery : string.Empty)}";
    }
}

/// <summary>One page of tasks for the table partial, with the pager.</summary>
public sealed record TaskTableModel(IReadOnlyList<TaskRow> Rows, Paging Paging, Func<int, string> Href);
