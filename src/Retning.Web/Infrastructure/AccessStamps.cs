using Retning.Data.Identity;

namespace Retning.Web.Infrastructure;

/// <summary>
/// Raises users' <see cref="AppUser.AccessStamp"/> in the transaction of a change that alters what
/// they may see: a role granted or removed, a department added to (or moved from) an offer, a
/// renamed offer or department (the header names them). Every such write calls one of these, so
/// cached grants (<see cref="GrantsCache"/>) are never used past the change (docs/adr/0002,
/// "Grants are cached under an access stamp"); <c>AccessStampWriteRuleTests</c> finds the writes.
/// </summary>
public static class AccessStamps
{
    /// <summary>The user's own roles changed.</summary>
    public static Task RaiseForUserAsync(AppDbContext db, Guid userId, CancellationToken ct) =>
        RaiseAsync(db, db.Users.Where(u => u.Id == userId), ct);

    /// <summary>
    /// The offer's departments changed (added, moved, renamed) or the offer was renamed: everyone with a
    /// role in one of its departments. An offer head sees all of them; the others' header names them.
    /// </summary>
    public static Task RaiseForOfferAsync(AppDbContext db, Guid offerId, CancellationToken ct) =>
        RaiseAsync(db, db.Users.Where(u => db.Memberships.Any(m => m.UserId == u.Id && m.Department!.OfferId == offerId)), ct);

    private static async Task RaiseAsync(AppDbContext db, IQueryable<AppUser> users, CancellationToken ct)
    {
        // Raised and changed in one transaction: a request that reads the new stamp also reads the new
        // roles. Raised on its own, a request in between could keep the old roles under the new stamp.
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Raise the access stamp inside the transaction of the change it announces.");
        }

        await users.ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessStamp, u => u.AccessStamp + 1), ct);
    }
}
