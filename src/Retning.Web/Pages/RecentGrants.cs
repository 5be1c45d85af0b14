using Retning.Domain.Access;
using Retning.Domain.Organisation;

namespace Retning.Web.Pages;

/// <summary>
/// New access to a leader's departments, for the start page ("Ny adgang til afdelingen: …"): every
/// role given in the last <see cref="RoleGrantRules.RecentGrantDays"/> days, with who gave it and, for
/// a role an administrator asked for himself, who approved it. So an administrator's access to a
/// department never goes unseen by its leaders (docs/domain.md, "Roles").
/// </summary>
public static class RecentGrants
{
    public sealed record Grant(string UserName, StaffRole Role, string Department, DateTime GrantedUtc, string? GrantedBy, string? ApprovedBy)
    {
        public string Text => $"{UserName} som {Role.Danish()} i {Department}, {(DanishTime.ToLocal(GrantedUtc)).ToDanishDate()}"
            + (GrantedBy is null ? string.Empty : $", givet af {GrantedBy}")
            + (ApprovedBy is null ? string.Empty : $", godkendt af {ApprovedBy}");
    }

    public static async Task<IReadOnlyList<Grant>> ForLeaderAsync(AppDbContext db, CurrentUser me, TimeProvider clock, CancellationToken ct)
    {
        var departments = me.VisibleDepartmentIds.Where(d => CitizenAccess.IsLeader(me.RolesIn(d))).ToArray();
        if (departments.Length == 0)
        {
            return [];
        }

        var since = clock.GetUtcNow().UtcDateTime.AddDays(-RoleGrantRules.RecentGrantDays);
        var grants = await db.Memberships.AsNoTracking()
            .Where(m => departments.Contains(m.DepartmentId) && m.GrantedUtc != null && m.GrantedUtc >= since)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Role, m.GrantedUtc, m.GrantedById, m.ApprovedById, u.FullName, Department = m.Department!.Name })
            .OrderByDescending(g => g.GrantedUtc)
            .Take(20)
            .ToListAsync(ct);
        var actorIds = grants.SelectMany(g => new[] { g.GrantedById, g.ApprovedById }).OfType<Guid>().Distinct().ToList();
        var actors = await db.Users.AsNoTracking().Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        string? Name(Guid? id) => id is { } key && actors.TryGetValue(key, out var name) ? name : null;
        return [.. grants.Select(g => new Grant(g.FullName, g.Role, g.Department, g.GrantedUtc!.Value, Name(g.GrantedById), Name(g.ApprovedById)))];
    }
}
