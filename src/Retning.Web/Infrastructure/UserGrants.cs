using Retning.Domain.Access;
using Retning.Domain.Organisation;

namespace Retning.Web.Infrastructure;

/// <summary>A user's department roles as read from the database: for a request (<see cref="CurrentUserMiddleware"/>) or a background job.</summary>
public sealed record UserGrants(IReadOnlyList<RoleGrant> Grants, IReadOnlyList<DepartmentRef> Departments, IReadOnlyList<string> Labels)
{
    public IReadOnlySet<Guid> VisibleDepartmentIds => CitizenAccess.VisibleDepartments(Grants, Departments);

    /// <summary>The departments where the user is department head or (through the offer) offer head.</summary>
    public IReadOnlyList<Guid> LeaderDepartmentIds =>
        [.. Departments.Where(d => VisibleDepartmentIds.Contains(d.DepartmentId) && CitizenAccess.IsLeader(CitizenAccess.RolesIn(Grants, d))).Select(d => d.DepartmentId)];

    /// <summary>The SQL comment on the queries of <see cref="LoadAsync"/> (tests count them by it).</summary>
    public const string QueryTag = "UserGrants";

    public static async Task<UserGrants> LoadAsync(AppDbContext db, Guid userId, CancellationToken ct)
    {
        var memberships = await db.Memberships.AsNoTracking().TagWith(QueryTag)
            .Where(m => m.UserId == userId)
            .Select(m => new { m.DepartmentId, m.Department!.OfferId, m.Role, Department = m.Department.Name, Offer = m.Department.Offer!.Name, Region = m.Department.Offer.Region!.Name })
            .ToListAsync(ct);
        var grants = memberships.Select(m => new RoleGrant(m.DepartmentId, m.OfferId, m.Role)).ToList();
        var offerIds = grants.Select(g => g.OfferId).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().TagWith(QueryTag)
            .Where(d => offerIds.Contains(d.OfferId))
            .Select(d => new DepartmentRef(d.Id, d.OfferId))
            .ToListAsync(ct);
        var labels = WorkplaceLabels.Of(memberships.Select(m => new Workplace(m.Offer, m.Department, m.Role, m.Region)));
        return new UserGrants(grants, departments, labels);
    }
}
