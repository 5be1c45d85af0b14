using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Data.Audit;
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
