using Retning.Domain.Organisation;

namespace Retning.Domain.Access;

/// <summary>
/// Who may see and do what with citizens. Pure rules; the web layer applies them to every
/// query of citizen data (department scoping) and to every action.
/// </summary>
public static class CitizenAccess
{
    /// <summary>
    /// The departments whose citizens a user may see. A care worker, department head or
    /// quality officer sees their own department; an offer head sees every department of
    /// the offer; an administrator and the sector management see no citizen content (the sector
    /// management reads figures only: <see cref="InsightAccess"/>).
    /// </summary>
    public static IReadOnlySet<Guid> VisibleDepartments(IEnumerable<RoleGrant> grants, IEnumerable<DepartmentRef> allDepartments)
    {
        var departments = allDepartments.ToList();
        var visible = new HashSet<Guid>();
        foreach (var grant in grants)
        {
            switch (grant.Role)
            {
                case StaffRole.CareWorker or StaffRole.DepartmentHead or StaffRole.QualityOfficer:
                    visible.Add(grant.DepartmentId);
                    break;
                case StaffRole.OfferHead:
                    visible.UnionWith(departments.Where(d => d.OfferId == grant.OfferId).Select(d => d.DepartmentId));
                    break;
                case StaffRole.Administrator or StaffRole.SectorManagement:
                    break;
            }
        }

        return visible;
    }

    /// <summary>Whether a role opens any citizen at all: every role but the administrator and the sector management.</summary>
    public static bool GivesCitizenAccess(StaffRole role) =>
        role is StaffRole.CareWorker or StaffRole.DepartmentHead or StaffRole.OfferHead or StaffRole.QualityOfficer;

    /// <summary>The roles that apply to a department: the grants on it, and an offer head's role across the offer.</summary>
    public static IReadOnlySet<StaffRole> RolesIn(IEnumerable<RoleGrant> grants, DepartmentRef department) =>
        grants.Where(g => g.DepartmentId == department.DepartmentId
                          || (g.Role == StaffRole.OfferHead && g.OfferId == department.OfferId))
              .Select(g => g.Role)
              .ToHashSet();

    public static bool IsLeader(IReadOnlySet<StaffRole> roles) =>
        roles.Contains(StaffRole.DepartmentHead) || roles.Contains(StaffRole.OfferHead);

    /// <summary>Creating a citizen in a department: its leaders.</summary>
    public static bool CanCreateCitizen(IReadOnlySet<StaffRole> rolesInDepartment) => IsLeader(rolesInDepartment);

    /// <summary>Editing a citizen's master data: the leaders and the citizen's contact team.</summary>
    public static bool CanEditCitizen(IReadOnlySet<StaffRole> rolesInDepartment, bool isContactTeamMember) =>
        IsLeader(rolesInDepartment)
        || (isContactTeamMember && rolesInDepartment.Contains(StaffRole.CareWorker));

    /// <summary>Moving a citizen to another department or discharging: leaders only.</summary>
    public static bool CanMoveCitizen(IReadOnlySet<StaffRole> rolesInDepartment) => IsLeader(rolesInDepartment);

    /// <summary>Reading the audit log ("who has seen this citizen"): leaders and quality officers.</summary>
    public static bool CanReadAuditLog(IReadOnlySet<StaffRole> rolesInDepartment) =>
        IsLeader(rolesInDepartment) || rolesInDepartment.Contains(StaffRole.QualityOfficer);

    /// <summary>
    /// Exporting everything held about a citizen (GDPR art. 15) and setting or lifting a legal hold
    /// against erasure: the leaders responsible for the citizen (department head, offer head).
    /// </summary>
    public static bool CanExerciseCitizenRights(IReadOnlySet<StaffRole> rolesInDepartment) => IsLeader(rolesInDepartment);

    /// <summary>The organisation and users: administrators only.</summary>
    public static bool CanAdminister(IEnumerable<RoleGrant> grants) => grants.Any(g => g.Role == StaffRole.Administrator);
}
