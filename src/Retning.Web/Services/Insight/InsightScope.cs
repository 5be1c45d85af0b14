using Retning.Domain.Access;
using Retning.Domain.Organisation;

namespace Retning.Web.Services.Insight;

/// <summary>
/// Whose figures a user reads (docs/domain.md, "Management information"): the departments the role
/// reaches for aggregates, and among them those whose citizens the user may open — the only ones
/// with person rows in a drill-down. A figure with rows outside the latter is subject to
/// small-number suppression (<see cref="Retning.Domain.Insight.SmallNumbers"/>).
/// </summary>
public sealed record InsightScope(IReadOnlySet<Guid> FigureDepartments, IReadOnlySet<Guid> PersonDepartments)
{
    public bool IsEmpty => FigureDepartments.Count == 0;

    /// <summary>Leaders and quality officers of a department read its figures and open its citizens.</summary>
    public static InsightScope Of(CurrentUser me)
    {
        var figure = me.VisibleDepartmentIds.Where(d => MayRead(me.RolesIn(d))).ToHashSet();
        return new InsightScope(figure, figure.Where(me.VisibleDepartmentIds.Contains).ToHashSet());
    }

    public static bool MayRead(IReadOnlySet<StaffRole> roles) =>
        CitizenAccess.IsLeader(roles) || roles.Contains(StaffRole.QualityOfficer);
}
