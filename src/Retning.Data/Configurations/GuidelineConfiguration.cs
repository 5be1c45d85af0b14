using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Data.Identity;
using Retning.Domain.Organisation;
using Retning.Domain.Quality;

namespace Retning.Data.Configurations;

/// <summary>The guiding documents of standard 1.3 step 1; not citizen data, so no scoping filter (docs/domain.md, "Quality monitoring").</summary>
public sealed class GuidelineConfiguration : IEntityTypeConfiguration<Guideline>
{
    public void Configure(EntityTypeBuilder<Guideline> b)
    {
        b.Property(x => x.Title).HasMaxLength(GuidelineRules.MaxTitle);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Guideline>().WithMany().HasForeignKey(x => x.ExtendsId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Offers).WithOne().HasForeignKey(x => x.GuidelineId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(x => x.GuidelineId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RegionId, x.Title });
    }
}

public sealed class GuidelineOfferConfiguration : IEntityTypeConfiguration<GuidelineOffer>
{
    public void Configure(EntityTypeBuilder<GuidelineOffer> b)
    {
        b.HasKey(x => new { x.GuidelineId, x.OfferId });
        b.HasOne<Offer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.OfferId);
    }
}

public sealed class GuidelineVersionConfiguration : IEntityTypeConfiguration<GuidelineVersion>
{
    public void Configure(EntityTypeBuilder<GuidelineVersion> b)
    {
        b.Property(x => x.Text).HasMaxLength(GuidelineRules.MaxText);
        b.Property(x => x.ChangeNote).HasMaxLength(GuidelineRules.MaxChangeNote);
        b.Property(x => x.DocumentContentType).HasMaxLength(100);
        b.Property(x => x.DocumentName).HasMaxLength(120);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Facts);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.ApprovedByUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.GuidelineId, x.Number }).IsUnique();
    }
}

public sealed class GuidelineAcknowledgementConfiguration : IEntityTypeConfiguration<GuidelineAcknowledgement>
{
    public void Configure(EntityTypeBuilder<GuidelineAcknowledgement> b)
    {
        b.HasKey(x => new { x.VersionId, x.UserId });
        b.HasOne<GuidelineVersion>().WithMany().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.UserId);
    }
}
