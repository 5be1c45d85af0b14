using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Retning.Data.Operations;

/// <summary>
/// The one row /health writes to: a database that can be read but not written (disk full,
/// read-only file or transaction mode) must not be reported healthy.
/// </summary>
public class HealthProbe
{
    public const int RowId = 1;

    public int Id { get; set; }

    /// <summary>Bumped by every probe; its value means nothing beyond "the write went through".</summary>
    public long Beats { get; set; }
}

public sealed class HealthProbeConfiguration : IEntityTypeConfiguration<HealthProbe>
{
    public void Configure(EntityTypeBuilder<HealthProbe> b)
    {
        b.ToTable("HealthProbe");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasData(new HealthProbe { Id = HealthProbe.RowId, Beats = 0 });
    }
}
