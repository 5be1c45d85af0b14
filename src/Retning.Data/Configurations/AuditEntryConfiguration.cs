using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Domain.Audit;

namespace Retning.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.Subject).HasMaxLength(200);
        b.Property(x => x.Detail).HasMaxLength(500);
        b.Property(x => x.CorrelationId).HasMaxLength(64);
        // No foreign keys: the log must outlive the rows it speaks of.
        b.HasIndex(x => new { x.CitizenId, x.AtUtc });
        b.HasIndex(x => new { x.UserId, x.AtUtc });
        b.HasIndex(x => x.AtUtc);
    }
}
