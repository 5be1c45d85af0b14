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
        // The hash chain (docs/adr/0007): one row per sequence number.
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.PersonalDigest).HasMaxLength(64);
        b.HasIndex(x => x.Sequence).IsUnique();
        // No foreign keys: the log must outlive the rows it speaks of.
        b.HasIndex(x => new { x.CitizenId, x.AtUtc });
        b.HasIndex(x => new { x.UserId, x.AtUtc });
        b.HasIndex(x => x.AtUtc);
    }
}
