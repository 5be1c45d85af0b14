using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Data.Configurations;

public sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasMany(x => x.Offers).WithOne(x => x.Region).HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.LegalBasis).HasMaxLength(50);
        b.Property(x => x.Address).HasMaxLength(ContactRules.AddressMaxLength);
        b.Property(x => x.Phone).HasMaxLength(ContactRules.PhoneMaxLength);
        b.Property(x => x.Area).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.SmortVariant).HasConversion<string>().HasMaxLength(20)
            .HasDefaultValue(SmortVariant.Smorte).HasSentinel((SmortVariant)0); // existing offers get the regional naming
        // Existing offers get the default retention period; the sentinel 0 is never a valid period.
        b.Property(x => x.RetentionYearsAfterDischarge).HasDefaultValue(Domain.Rights.RetentionRules.DefaultYears).HasSentinel(0);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Departments).WithOne(x => x.Offer).HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.RegionId);
    }
}

public sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.OfferId);
    }
}

public sealed class DepartmentMembershipConfiguration : IEntityTypeConfiguration<DepartmentMembership>
{
    public void Configure(EntityTypeBuilder<DepartmentMembership> b)
    {
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(30);
        b.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Identity.AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.UserId, x.DepartmentId, x.Role }).IsUnique();
        b.HasIndex(x => x.DepartmentId);
        // The leaders' start page lists a department's recent grants.
        b.HasIndex(x => x.GrantedUtc);
    }
}
