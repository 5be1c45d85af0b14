using Retning.Domain.Deadlines;

namespace Retning.Web.Pages.Opgaver;

/// <summary>The task lists' filters as they stand in the address.</summary>
public static class TaskFilter
{
    public const string Open = "aabne";
    public const string DueOrOverdue = "forfaldne";
    public const string Overdue = "overskredne";
    public const string Done = "udfoerte";

    public static readonly IReadOnlyList<(string Value, string Label)> Shows =
        [(Open, "Åbne"), (DueOrOverdue, "Forfaldne og overskredne"), (Overdue, "Overskredne"), (Done, "Udførte")];

    public static IEnumerable<TaskRow> Apply(IEnumerable<TaskRow> rows, string? show, DeadlineKind? kind) =>
        rows.Where(r => kind is null || r.Deadline.Kind == kind)
            .Where(r => (show ?? Open) switch
            {
                DueOrOverdue => r.Deadline.State is DeadlineState.Due or DeadlineState.Overdue,
                Overdue => r.IsOverdue,
                Done => r.Deadline.State == DeadlineState.Done,
                _ => r.Deadline.State != DeadlineState.Done,
            })
            .OrderBy(r => r.Deadline.State == DeadlineState.Done ? 1 : 0)
            .ThenBy(r => r.Deadline.State == DeadlineState.Done ? -r.Deadline.DueOn.DayNumber : r.Deadline.DueOn.DayNumber)
            .ThenBy(r => r.CitizenName, StringComparer.Ordinal);
}
