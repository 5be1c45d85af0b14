using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Retning.Data.Idempotency;

public sealed class IdempotencyKeyConfiguration : IEntityTypeConfiguration<IdempotencyKey>
{
    /// <summary>The unique index a concurrent duplicate POST collides with; the filter recognises it by name.</summary>
    public const string UniqueIndexName = "IX_IdempotencyKeys_UserId_Key";

    public void Configure(EntityTypeBuilder<IdempotencyKey> b)
    {
        b.ToTable("IdempotencyKeys");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Location).HasMaxLength(IdempotencyKey.LocationMaxLength);
        b.Property(x => x.RequestFingerprint).HasMaxLength(64);
        b.Property(x => x.ResponseBody).HasMaxLength(IdempotencyKey.ResponseBodyMaxLength);
        // UserId is the caller: a user (a form) or an API client (docs/adr/0017): no foreign key, as it points into either table.
        b.HasIndex(x => new { x.UserId, x.Key }).IsUnique().HasDatabaseName(UniqueIndexName);
        // The clean-up deletes by age.
        b.HasIndex(x => x.CreatedUtc);
    }
}
