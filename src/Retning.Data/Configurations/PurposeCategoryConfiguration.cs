using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Data.Configurations;

/// <summary>A region's list of purpose categories; not citizen data, so no scoping filter (docs/domain.md, "Purposes").</summary>
public sealed class PurposeCategoryConfiguration : IEntityTypeConfiguration<PurposeCategory>
{
    public void Configure(EntityTypeBuilder<PurposeCategory> b)
    {
        b.Property(x => x.Name).HasMaxLength(PurposeCategory.MaxName);
        b.Property(x => x.Code).HasMaxLength(PurposeCategory.MaxCode);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Cascade);
        // Two names alike in one region are refused at the field; the index holds should two saves race.
        b.HasIndex(x => new { x.RegionId, x.Name }).IsUnique();
        b.HasIndex(x => new { x.RegionId, x.SortOrder });
    }
}
