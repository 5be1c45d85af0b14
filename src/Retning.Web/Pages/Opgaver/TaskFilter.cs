using Retning.Domain.Deadlines;

using Retning.Web.Services.Tasks;

namespace Retning.Web.Pages.Opgaver;

/// <summary>The task lists' filters and sort orders as they stand in the address.</summary>
public static class TaskFilter
{
    public const string Open = "aabne";
    public const string DueOrOverdue = "forfaldne";
    public const string Overdue = "overskredne";
    public const string Done = "udfoerte";

    public const string ByDueDate = "frist";
    public const string ByCitizen = "borger";
    public const string ByKind = "type";

    public const int PageSize = 25;

    public static readonly IReadOnlyList<(string Value, string Label)> Shows =
        [(Open, "Åbne"), (DueOrOverdue, "Forfaldne og overskredne"), (Overdue, "Overskredne"), (Done, "Udførte")];

    public static readonly IReadOnlyList<(string Value, string Label)> Sorts =
        [(ByDueDate, "Frist"), (ByCitizen, "Borger"), (ByKind, "Slags opgave")];

    /// <summary>
    /// The rows the filters let through, in the chosen order: by due date (the nearest first; done
    /// ones newest first), by citizen, or by kind — the due date deciding within a citizen or kind.
    /// A snoozed task counts as not overdue until its day (it stays among the open ones).
    /// </summary>
    public static IEnumerable<TaskRow> Apply(IEnumerable<TaskRow> rows, string? show, DeadlineKind? kind, string? sort = null, Guid? citizenId = null)
    {
        var filtered = rows.Where(r => kind is null || r.Deadline.Kind == kind)
            .Where(r => citizenId is null || r.CitizenId == citizenId)
            .Where(r => (show ?? Open) switch
            {
                DueOrOverdue => !r.IsSnoozed && r.Deadline.State is DeadlineState.Due or DeadlineState.Overdue,
                Overdue => r.IsOverdue,
                Done => r.Deadline.State == DeadlineState.Done,
                _ => r.Deadline.State != DeadlineState.Done,
            });
        var ordered = sort switch
        {
            ByCitizen => filtered.OrderBy(r => r.CitizenName, StringComparer.Ordinal).ThenBy(r => r.CitizenId),
            ByKind => filtered.OrderBy(r => r.Deadline.Kind.Danish(), StringComparer.Ordinal),
            _ => filtered.OrderBy(r => 0),
        };
        return ordered
            .ThenBy(r => r.Deadline.State == DeadlineState.Done ? 1 : 0)
            .ThenBy(r => r.Deadline.State == DeadlineState.Done ? -r.Deadline.DueOn.DayNumber : r.Deadline.DueOn.DayNumber)
            .ThenBy(r => r.CitizenName, StringComparer.Ordinal)
            .ThenBy(r => r.Deadline.Title, StringComparer.Ordinal);
    }
}
