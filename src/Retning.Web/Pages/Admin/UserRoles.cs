using Retning.Domain.Organisation;

namespace Retning.Web.Pages.Admin;

/// <summary>A user's role in one department, as the administration shows it.</summary>
public sealed record UserRole(Guid MembershipId, Guid UserId, Guid DepartmentId, StaffRole Role, string Offer, string Department)
{
    /// <summary>"Tilbud – Afdeling"; the sector management's role reaches the department's whole region (docs/domain.md, "Roles").</summary>
    public string Place => Role == StaffRole.SectorManagement ? $"{Offer} – {Department} (gælder hele regionen)" : $"{Offer} – {Department}";

    /// <summary>"Medarbejder – Tilbud / Afdeling".</summary>
    public string Label => $"{Role.Danish()} – {Offer} / {Department}";

    public static async Task<List<UserRole>> ForAsync(AppDbContext db, IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var rows = await db.Memberships.AsNoTracking()
            .Where(m => userIds.Contains(m.UserId))
            .Select(m => new UserRole(m.Id, m.UserId, m.DepartmentId, m.Role, m.Department!.Offer!.Name, m.Department.Name))
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Offer, StringComparer.Create(ServiceRegistration.Danish, false))
            .ThenBy(r => r.Department, StringComparer.Create(ServiceRegistration.Danish, false))
            .ThenBy(r => r.Role)];
    }
}
