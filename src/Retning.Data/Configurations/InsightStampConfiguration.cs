using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Data.Insight;

namespace Retning.Data.Configurations;

/// <summary>The one row of the figures' version (docs/adr/0015), there from the first migration on.</summary>
public sealed class InsightStampConfiguration : IEntityTypeConfiguration<InsightStamp>
{
    public void Configure(EntityTypeBuilder<InsightStamp> b)
    {
        b.ToTable("InsightStamp");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasData(new InsightStamp { Id = InsightStamp.SingletonId, Version = Guid.Empty });
    }
}
