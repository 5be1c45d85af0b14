using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Data.Identity;
using Retning.Domain.Citizens;

namespace Retning.Data.Configurations;

public sealed class CitizenConfiguration : IEntityTypeConfiguration<Citizen>
{
    public void Configure(EntityTypeBuilder<Citizen> b)
    {
        b.Property(x => x.FirstName).HasMaxLength(100);
        b.Property(x => x.LastName).HasMaxLength(100);
        b.Property(x => x.SearchName).HasMaxLength(201);
        b.Property(x => x.CprDigits).HasMaxLength(10);
        b.Property(x => x.TargetGroup).HasMaxLength(200);
        b.Property(x => x.Category).HasMaxLength(200);
        b.Property(x => x.SupportLevel).HasMaxLength(200);
        b.Property(x => x.Municipality).HasMaxLength(100);
        b.Property(x => x.CaseworkerName).HasMaxLength(200);
        b.Property(x => x.CaseworkerEmail).HasMaxLength(200);
        b.Property(x => x.CaseworkerPhone).HasMaxLength(40);
        b.Property(x => x.StatusAgreementNote).HasMaxLength(1000);
        b.Property(x => x.LegalHoldReason).HasMaxLength(Domain.Rights.RetentionRules.HoldReasonMaxLength);
        b.Property(x => x.LegalHoldSetBy).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.FullName);
        b.Ignore(x => x.MaskedCpr);

        b.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Representatives).WithOne().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.ContactTeam).WithOne().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Placements).WithOne().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);

        // The list sorts by name within the user's departments and searches by CPR.
        b.HasIndex(x => new { x.DepartmentId, x.LastName, x.FirstName });
        b.HasIndex(x => x.CprDigits).IsUnique();
        // The retention job looks for discharged citizens.
        b.HasIndex(x => x.DischargedOn);
    }
}

public sealed class RepresentativeConfiguration : IEntityTypeConfiguration<Representative>
{
    public void Configure(EntityTypeBuilder<Representative> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Relation).HasMaxLength(100);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.CitizenId);
    }
}

public sealed class ContactTeamMemberConfiguration : IEntityTypeConfiguration<ContactTeamMember>
{
    public void Configure(EntityTypeBuilder<ContactTeamMember> b)
    {
        b.HasKey(x => new { x.CitizenId, x.UserId });
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.UserId);
    }
}

public sealed class DepartmentPlacementConfiguration : IEntityTypeConfiguration<DepartmentPlacement>
{
    public void Configure(EntityTypeBuilder<DepartmentPlacement> b)
    {
        b.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CitizenId, x.From });
        b.HasIndex(x => x.DepartmentId);
    }
}
