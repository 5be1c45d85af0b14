using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Data.Audit;
using Retning.Data.Jobs;
using Retning.Domain.Audit;

namespace Retning.Data.Configurations;

public sealed class AuditChainStateConfiguration : IEntityTypeConfiguration<AuditChainState>
{
    public void Configure(EntityTypeBuilder<AuditChainState> b)
    {
        b.ToTable("AuditChainHead");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Hash).HasMaxLength(64);
        // The single row exists from the migration on, so writers never race to insert it.
        b.HasData(new AuditChainState { Id = AuditChainState.SingletonId, Sequence = 0, Hash = AuditHashChain.Genesis });
    }
}

/// <summary>The lease row of the daily head export, so instances never race to insert it.</summary>
public sealed class AuditHeadExportLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b) =>
        b.HasData(new JobLease { Name = JobLeases.AuditHeadExport, Holder = "", ExpiresUtc = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
}
