using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Data.Identity;
using Retning.Data.Jobs;
using Retning.Domain.Reminders;

namespace Retning.Data.Configurations;

public sealed class DailyDigestConfiguration : IEntityTypeConfiguration<DailyDigest>
{
    public void Configure(EntityTypeBuilder<DailyDigest> b)
    {
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.LastError).HasMaxLength(500);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);

        // One reminder per user per day, whatever the number of app instances.
        b.HasIndex(x => new { x.UserId, x.ForDate }).IsUnique();
        b.HasIndex(x => new { x.State, x.NextAttemptUtc });
    }
}

public sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b)
    {
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Holder).HasMaxLength(200);
        b.HasData(new JobLease { Name = JobLeases.DailyDigest, Holder = "", ExpiresUtc = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
        b.HasData(new JobLease { Name = JobLeases.Retention, Holder = "", ExpiresUtc = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
    }
}
