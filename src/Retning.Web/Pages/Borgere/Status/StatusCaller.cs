using Retning.Domain.Access;
using Retning.Domain.Organisation;
using Retning.Domain.Status;

namespace Retning.Web.Pages.Borgere.Status;

/// <summary>The caller as the status workflow sees them (docs/domain.md, "Status reports").</summary>
public static class StatusCaller
{
    /// <param name="me">The signed-in user.</param>
    /// <param name="roles">The caller's roles in the citizen's department.</param>
    /// <param name="inContactTeam">Whether the caller is in the citizen's contact team (already loaded for the header).</param>
    public static StatusActor For(CurrentUser me, IReadOnlySet<StaffRole> roles, bool inContactTeam) =>
        new(me.Id ?? Guid.Empty, me.FullName, inContactTeam, roles.Contains(StaffRole.DepartmentHead), CitizenAccess.IsLeader(roles));
}
