using Retning.Data;
using Retning.Domain.Access;
using Retning.Domain.Organisation;
using Retning.Domain.Status;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Pages.Borgere;

namespace Retning.Web.Pages.Status;

/// <summary>Base for the status pages that take workflow steps: who the caller is in the status's workflow.</summary>
public abstract class StatusPageModel(AppDbContext db, CitizenAccessService access, CurrentUser me, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    protected CurrentUser Me => me;

    /// <summary>The caller as the workflow sees them, from the roles and contact team the citizen header already loaded.</summary>
    protected StatusActor Actor()
    {
        var roles = Access.RolesFor(Citizen);
        return new StatusActor(me.Id ?? Guid.Empty, me.FullName, InContactTeam, roles.Contains(StaffRole.DepartmentHead), CitizenAccess.IsLeader(roles));
    }
}
