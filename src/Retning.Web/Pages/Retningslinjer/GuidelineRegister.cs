using Retning.Domain.Access;
using Retning.Domain.Quality;

namespace Retning.Web.Pages.Retningslinjer;

/// <summary>A version as the pages show it: everything but the file's bytes.</summary>
public sealed record VersionRow(Guid Id, int Number, string? Text, string? ChangeNote, string? DocumentName, string? DocumentContentType,
    Guid CreatedByUserId, DateTime CreatedUtc, DateOnly? ApprovedOn, Guid? ApprovedByUserId, DateOnly? ValidFrom, int Version)
{
    public GuidelineVersionFacts Facts => new(Id, Number, ApprovedOn, ValidFrom);
    public bool HasContent => !string.IsNullOrWhiteSpace(Text) || DocumentName is not null;
}

/// <summary>
/// What the guideline pages share (docs/domain.md, "Quality monitoring"): the user's region, loading one guideline of it
/// with the access a handler needs (<see cref="GuidelineAccess"/>), its versions without their files, and names of users.
/// Guidelines are not citizen data; a refusal is a 403, which the denial middleware audits.
/// </summary>
public static class GuidelineRegister
{
    /// <summary>The regions of the offers the user holds a role in (one, in practice).</summary>
    public static async Task<List<Guid>> RegionIdsAsync(AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var offerIds = me.Grants.Select(g => g.OfferId).Distinct().ToList();
        return await db.Offers.AsNoTracking().Where(o => offerIds.Contains(o.Id)).Select(o => o.RegionId).Distinct().ToListAsync(ct);
    }

    public static GuidelineScope ScopeOf(Guideline g) => new(g.Level, g.OwnerUserId, [.. g.Offers.Select(o => o.OfferId)]);

    /// <summary>
    /// The guideline with its offers, tracked, when it exists in the user's region and <paramref name="allowed"/> lets the
    /// user in; otherwise 404 (unknown) or 403 (another region, or not allowed).
    /// </summary>
    public static async Task<(Guideline? Guideline, IActionResult? Denied)> LoadAsync(PageModel page, AppDbContext db, CurrentUser me, Guid id,
        Func<IReadOnlyCollection<RoleGrant>, Guid, GuidelineScope, bool> allowed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(allowed);
        var guideline = await db.Guidelines.Include(g => g.Offers).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (guideline is null)
        {
            return (null, page.NotFound());
        }

        var regions = await RegionIdsAsync(db, me, ct);
        return regions.Contains(guideline.RegionId) && me.Id is { } userId && allowed(me.Grants, userId, ScopeOf(guideline))
            ? (guideline, null)
            : (null, page.Forbid());
    }

    /// <summary>The guideline's versions, newest first, without the files' bytes.</summary>
    public static async Task<List<VersionRow>> VersionsAsync(AppDbContext db, Guid guidelineId, CancellationToken ct) =>
        await db.GuidelineVersions.AsNoTracking().Where(v => v.GuidelineId == guidelineId)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionRow(v.Id, v.Number, v.Text, v.ChangeNote, v.DocumentName, v.DocumentContentType, v.CreatedByUserId, v.CreatedUtc,
                v.ApprovedOn, v.ApprovedByUserId, v.ValidFrom, v.Version))
            .ToListAsync(ct);

    /// <summary>Full names by user id.</summary>
    public static async Task<Dictionary<Guid, string>> NamesAsync(AppDbContext db, IEnumerable<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
    }
}
