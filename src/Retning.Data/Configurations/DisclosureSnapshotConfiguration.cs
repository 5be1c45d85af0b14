using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Domain.Consents;

namespace Retning.Data.Configurations;

public sealed class DisclosureSnapshotConfiguration : IEntityTypeConfiguration<DisclosureSnapshot>
{
    public void Configure(EntityTypeBuilder<DisclosureSnapshot> b)
    {
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.HasOne<Disclosure>().WithMany().HasForeignKey(x => x.DisclosureId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Domain.Citizens.Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
        // One frozen copy per disclosure.
        b.HasIndex(x => x.DisclosureId).IsUnique();
        b.HasIndex(x => x.CitizenId);
    }
}
