using Microsoft.EntityFrameworkCore;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>
/// Every text column has a maximum length (docs/architecture.md, "House rules"): free text without a bound let one
/// user store a megabyte that was then served to everyone. The forms refuse longer text with a
/// message at the field; the column is the last line of defence.
/// </summary>
public sealed class TextColumnLimitsTests
{
    /// <summary>Columns that hold what the system writes, not what a user types.</summary>
    private static readonly HashSet<string> SystemText = new(StringComparer.Ordinal)
    {
        // ASP.NET Core Identity and Data Protection manage their own columns.
        "DataProtectionKey.Xml", "DataProtectionKey.FriendlyName",
        "AppUser.PasswordHash", "AppUser.SecurityStamp", "AppUser.ConcurrencyStamp", "AppUser.PhoneNumber",
        "AppRole.ConcurrencyStamp", "IdentityUserToken<Guid>.Value", "IdentityUserToken<Guid>.LoginProvider", "IdentityUserToken<Guid>.Name",
        "IdentityUserClaim<Guid>.ClaimType", "IdentityUserClaim<Guid>.ClaimValue", "IdentityRoleClaim<Guid>.ClaimType", "IdentityRoleClaim<Guid>.ClaimValue",
        "IdentityUserLogin<Guid>.ProviderDisplayName", "IdentityRole<Guid>.ConcurrencyStamp",
        // Snapshots the app serialises from bounded fields (a period's plan, a status revision).
        "PlanPeriod.SnapshotJson", "StatusRevision.ContentJson",
    };

    [Fact]
    public void Every_text_column_has_a_maximum_length()
    {
        using var db = new Retning.Data.Sqlite.DesignTimeFactory().CreateDbContext([]);
        // Types stored inside a JSON column (templates' themes, scale levels) are bounded by the forms that write them.
        var unbounded = db.Model.GetEntityTypes()
            .Where(t => !t.IsMappedToJson())
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.ClrType == typeof(string) && x.Property.GetMaxLength() is null && !x.Property.IsKey())
            .Select(x => $"{x.Type.ClrType.Name.Replace("`1", "<Guid>", StringComparison.Ordinal)}.{x.Property.Name}")
            .Where(name => !SystemText.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unbounded.Count == 0, "These text columns have no maximum length (HasMaxLength in src/Retning.Data/Configurations): " + string.Join(", ", unbounded));
    }
}
