using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Retning.Data.Identity;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.FullName).HasMaxLength(200);
        b.HasIndex(x => x.FullName);
        // Written only by the one-time-code check's conditional UPDATE: Identity's UpdateAsync marks every
        // property modified, and would otherwise write back the stale step it loaded (letting a used code work again).
        b.Property(x => x.LastTotpStep).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        // Likewise written only by AccessStamps' UPDATE (an increment), never back from a loaded user.
        b.Property(x => x.AccessStamp).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }
}
