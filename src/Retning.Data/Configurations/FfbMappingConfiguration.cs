using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Domain.Vocabulary;

namespace Retning.Data.Configurations;

/// <summary>
/// An administrator's FFB code for a local theme or scale level (docs/adr/0018-ffb-vocabulary.md).
/// Not citizen data, so no scoping filter. The owner is a template or a scale by kind, so no foreign key.
/// </summary>
public sealed class FfbMappingConfiguration : IEntityTypeConfiguration<FfbMapping>
{
    public void Configure(EntityTypeBuilder<FfbMapping> b)
    {
        b.Property(x => x.ItemKey).HasMaxLength(FfbMapping.MaxItemKey);
        b.Property(x => x.Code).HasMaxLength(FfbMapping.MaxCode);
        b.Property(x => x.CodeSystemVersion).HasMaxLength(FfbMapping.MaxVersionText);
        b.Property(x => x.ChangedByName).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        // One code per theme or level; the index holds should two administrators add one at once.
        b.HasIndex(x => new { x.Kind, x.OwnerId, x.ItemKey }).IsUnique();
    }
}
