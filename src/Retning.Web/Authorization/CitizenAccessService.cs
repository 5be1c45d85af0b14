using Retning.Domain.Access;
using Retning.Domain.Citizens;
using Retning.Domain.Organisation;

namespace Retning.Web.Authorization;

/// <summary>
/// Finds a citizen through department scoping. A citizen of another department is
/// "not found" to the caller (no hint that it exists); the attempt is audited and logged.
/// </summary>
public sealed class CitizenAccessService(AppDbContext db, CurrentUser user, AuditLog audit, ILogger<CitizenAccessService> logger)
{
    /// <summary>The citizen with department and offer, or null (denial recorded) when out of scope.</summary>
    public async Task<Citizen?> FindAsync(Guid id, Func<IQueryable<Citizen>, IQueryable<Citizen>>? include = null, CancellationToken ct = default) =>
        (await FindVerifiedAsync(id, include, ct))?.Citizen;

    /// <summary>
    /// As <see cref="FindAsync"/>, with the proof of the scoped lookup whose rows a page may then read by
    /// citizen and plan id (docs/adr/0002-department-scoping-as-query-filter.md, "Paying for scoping once per request").
    /// </summary>
    public async Task<VerifiedCitizen?> FindVerifiedAsync(Guid id, Func<IQueryable<Citizen>, IQueryable<Citizen>>? include = null, CancellationToken ct = default)
    {
        var verified = await VerifiedCitizen.FindAsync(db, id, include, ct);
        if (verified is null)
        {
            await RecordDenialIfExistsAsync(id, ct);
        }

        return verified;
    }

    public IReadOnlySet<StaffRole> RolesFor(Citizen citizen) => user.RolesIn(citizen.DepartmentId);

    /// <summary>Whether the caller is among a citizen's contact team (given its member ids).</summary>
    public bool IsMember(IEnumerable<Guid> contactTeamUserIds) => user.Id is { } userId && contactTeamUserIds.Contains(userId);

    /// <summary>Editing the citizen: a leader of the department, or a care worker in the contact team.</summary>
    public bool CanEdit(Citizen citizen, IEnumerable<Guid> contactTeamUserIds) =>
        CitizenAccess.CanEditCitizen(RolesFor(citizen), IsMember(contactTeamUserIds));

    /// <summary>Records a denied attempt on an existing citizen (out of scope or lacking a right).</summary>
    public async Task RecordDeniedAsync(Guid citizenId, string subject, CancellationToken ct = default)
    {
        logger.LogWarning("Citizen access denied for user {UserId} on citizen {CitizenId}", user.Id, citizenId);
        await audit.RecordAsync(AuditAction.Denied, citizenId, subject, ct: ct);
    }

    private async Task RecordDenialIfExistsAsync(Guid id, CancellationToken ct)
    {
        var exists = await db.Citizens.IgnoreQueryFilters().AnyAsync(c => c.Id == id, ct);
        if (exists)
        {
            await RecordDeniedAsync(id, "Borger uden for brugerens afdelinger", ct);
        }
    }
}
