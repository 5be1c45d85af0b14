using Retning.Domain.Access;
using Retning.Domain.Organisation;

namespace Retning.Web.Infrastructure;

/// <summary>
/// Who is calling, with their department roles. Filled once per request by
/// <see cref="CurrentUserMiddleware"/>; before that (or when signed out) it grants nothing.
/// </summary>
public sealed class CurrentUser
{
    private IReadOnlyList<DepartmentRef> _departments = [];

    public Guid? Id { get; private set; }
    public string UserName { get; private set; } = "anonym";
    public string FullName { get; private set; } = string.Empty;
    public bool TwoFactorEnabled { get; private set; }
    public IReadOnlyList<RoleGrant> Grants { get; private set; } = [];
    public IReadOnlySet<Guid> VisibleDepartmentIds { get; private set; } = new HashSet<Guid>();

    /// <summary>Department names for the header, e.g. "Solsikken – Mågen (Medarbejder)".</summary>
    public IReadOnlyList<string> DepartmentLabels { get; private set; } = [];

    public bool IsAuthenticated => Id is not null;

    /// <summary>The API client calling /api with a bearer token, or null for a staff member (docs/adr/0017).</summary>
    public Api.Auth.ApiCaller? ApiClient { get; private set; }
    public bool IsAdministrator => CitizenAccess.CanAdminister(Grants);
    public bool CanReadAuditAnywhere => Grants.Any(g => g.Role is StaffRole.DepartmentHead or StaffRole.OfferHead or StaffRole.QualityOfficer);
    /// <summary>Reads management figures somewhere: a leader, a quality officer or the sector management (<see cref="InsightAccess"/>).</summary>
    public bool ReadsFiguresAnywhere => Grants.Any(g => InsightAccess.ReadsFigures(g.Role));

    /// <summary>Holds the sector management role (region figures, no citizens: docs/domain.md, "Roles").</summary>
    public bool IsSectorManagement => Grants.Any(g => g.Role == StaffRole.SectorManagement);

    public bool IsLeaderAnywhere => Grants.Any(g => g.Role is StaffRole.DepartmentHead or StaffRole.OfferHead);

    internal void Set(Guid id, string userName, string fullName, bool twoFactorEnabled,
        IReadOnlyList<RoleGrant> grants, IReadOnlyList<DepartmentRef> departments, IReadOnlyList<string> labels)
    {
        Id = id;
        UserName = userName;
        FullName = fullName;
        TwoFactorEnabled = twoFactorEnabled;
        Grants = grants;
        _departments = departments;
        DepartmentLabels = labels;
        VisibleDepartmentIds = CitizenAccess.VisibleDepartments(grants, departments);
    }

    /// <summary>
    /// An API client with a valid token: it holds no staff roles; it sees exactly its departments. The audit
    /// names it by its id and "API-klient: name" (docs/adr/0017, "Audit").
    /// </summary>
    internal void SetApiClient(Api.Auth.ApiCaller caller)
    {
        Id = caller.Id;
        UserName = caller.AuditName;
        FullName = caller.Name;
        TwoFactorEnabled = false;
        Grants = [];
        _departments = [];
        DepartmentLabels = [];
        ApiClient = caller;
        VisibleDepartmentIds = caller.DepartmentIds;
    }

    /// <summary>The roles that apply in a department (including an offer head's offer-wide role).</summary>
    public IReadOnlySet<StaffRole> RolesIn(Guid departmentId)
    {
        var department = _departments.FirstOrDefault(d => d.DepartmentId == departmentId);
        return department == default ? new HashSet<StaffRole>() : CitizenAccess.RolesIn(Grants, department);
    }

    /// <summary>Departments where the user may create citizens.</summary>
    public IEnumerable<Guid> DepartmentsWhereLeader() =>
        VisibleDepartmentIds.Where(d => CitizenAccess.IsLeader(RolesIn(d)));
}
