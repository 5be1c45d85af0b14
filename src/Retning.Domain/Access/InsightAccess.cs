using Retning.Domain.Organisation;

namespace Retning.Domain.Access;

/// <summary>A department with its offer and region, as the figure rules need them (a region reader's grant reaches the region).</summary>
public readonly record struct RegionDepartmentRef(Guid DepartmentId, Guid OfferId, Guid RegionId)
{
    public DepartmentRef ToDepartmentRef() => new(DepartmentId, OfferId);
}

/// <summary>
/// Who may read which management figures, and where a figure may be opened down to the citizens
/// behind it. Pure rules beside <see cref="CitizenAccess"/> (docs/domain.md, "Roles"): figures are
/// aggregates, so they may reach further than the citizens a user may open; person-level rows never do.
/// </summary>
public static class InsightAccess
{
    /// <summary>Whether a role reads management figures at all: the leaders, the quality officer and the sector management.</summary>
    public static bool ReadsFigures(StaffRole role) =>
        role is StaffRole.DepartmentHead or StaffRole.OfferHead or StaffRole.QualityOfficer or StaffRole.SectorManagement;

    /// <summary>
    /// The departments whose aggregate figures a user may read. A department head or quality officer:
    /// the departments the role is given in; an offer head: every department of the offer; the sector
    /// management: every department of the region of the department the role is given in; a care
    /// worker or an administrator: none. Several grants add up. A grant whose department is not in
    /// <paramref name="allDepartments"/> reaches nothing, so pass every department of the user's regions.
    /// </summary>
    public static IReadOnlySet<Guid> FigureDepartments(IEnumerable<RoleGrant> grants, IEnumerable<RegionDepartmentRef> allDepartments)
    {
        var departments = allDepartments.ToList();
        var readable = new HashSet<Guid>();
        foreach (var grant in grants)
        {
            switch (grant.Role)
            {
                case StaffRole.DepartmentHead or StaffRole.QualityOfficer:
                    readable.Add(grant.DepartmentId);
                    break;
                case StaffRole.OfferHead:
                    readable.UnionWith(departments.Where(d => d.OfferId == grant.OfferId).Select(d => d.DepartmentId));
                    break;
                case StaffRole.SectorManagement:
                    var region = departments.Where(d => d.DepartmentId == grant.DepartmentId).Select(d => (Guid?)d.RegionId).FirstOrDefault();
                    readable.UnionWith(departments.Where(d => d.RegionId == region).Select(d => d.DepartmentId));
                    break;
                case StaffRole.CareWorker or StaffRole.Administrator:
                    break;
            }
        }

        return readable;
    }

    /// <summary>
    /// The departments whose person-level rows (citizens, plans, goals, sub-goals) a figure's drill-down
    /// may list: the figure departments that are also the user's visible departments
    /// (<see cref="CitizenAccess.VisibleDepartments"/>). The sector management alone opens none: its
    /// drill-down stops at counts.
    /// </summary>
    public static IReadOnlySet<Guid> PersonRowDepartments(IEnumerable<RoleGrant> grants, IEnumerable<RegionDepartmentRef> allDepartments)
    {
        var grantList = grants.ToList();
        var departments = allDepartments.ToList();
        var rows = new HashSet<Guid>(FigureDepartments(grantList, departments));
        rows.IntersectWith(CitizenAccess.VisibleDepartments(grantList, departments.Select(d => d.ToDepartmentRef())));
        return rows;
    }
}
