using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Data.Identity;
using Retning.Domain.Citizens;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;
using Retning.Domain.Quality;

namespace Retning.Data.Configurations;

/// <summary>
/// Monitoring rounds (standard 1.3 step 3) and their improvement actions (step 4). The round and its actions are not
/// citizen data; samples, reviews and interviews are, and carry the scoping filter in AppDbContext
/// (docs/domain.md, "Quality monitoring").
/// </summary>
public sealed class MonitoringRoundConfiguration : IEntityTypeConfiguration<MonitoringRound>
{
    public void Configure(EntityTypeBuilder<MonitoringRound> b)
    {
        b.Property(x => x.Title).HasMaxLength(MonitoringRound.MaxTitle);
        b.Property(x => x.Conclusion).HasMaxLength(MonitoringRound.MaxConclusion);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.ReviewerUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.SecondReviewerUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.CompletedByUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Departments).WithOne().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RegionId, x.DueOn });
    }
}

public sealed class RoundDepartmentConfiguration : IEntityTypeConfiguration<RoundDepartment>
{
    public void Configure(EntityTypeBuilder<RoundDepartment> b)
    {
        b.HasKey(x => new { x.RoundId, x.DepartmentId });
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.DepartmentId);
    }
}

public sealed class RoundSampleConfiguration : IEntityTypeConfiguration<RoundSample>
{
    public void Configure(EntityTypeBuilder<RoundSample> b)
    {
        b.HasOne<MonitoringRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RoundId, x.Position }).IsUnique();
        b.HasIndex(x => new { x.RoundId, x.PlanId }).IsUnique();
        b.HasIndex(x => x.CitizenId);
    }
}

public sealed class PlanReviewConfiguration : IEntityTypeConfiguration<PlanReview>
{
    public void Configure(EntityTypeBuilder<PlanReview> b)
    {
        foreach (var comment in new[] { nameof(PlanReview.CoherenceComment), nameof(PlanReview.ResultsComment),
                     nameof(PlanReview.CollaborationComment), nameof(PlanReview.InvolvementComment) })
        {
            b.Property<string?>(comment).HasMaxLength(PlanReview.MaxComment);
        }
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<RoundSample>().WithMany().HasForeignKey(x => x.SampleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MonitoringRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.ReviewerUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SampleId, x.Role }).IsUnique();
        b.HasIndex(x => x.RoundId);
        b.HasIndex(x => x.CitizenId);
    }
}

public sealed class CitizenInterviewConfiguration : IEntityTypeConfiguration<CitizenInterview>
{
    public void Configure(EntityTypeBuilder<CitizenInterview> b)
    {
        b.Property(x => x.Comment).HasMaxLength(CitizenInterview.MaxComment);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Answers);
        b.HasOne<RoundSample>().WithMany().HasForeignKey(x => x.SampleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MonitoringRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.RecordedByUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SampleId).IsUnique();
        b.HasIndex(x => x.RoundId);
        b.HasIndex(x => x.CitizenId);
    }
}

public sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> b)
    {
        b.Property(x => x.Title).HasMaxLength(ImprovementAction.MaxTitle);
        b.Property(x => x.Finding).HasMaxLength(ImprovementAction.MaxText);
        b.Property(x => x.MadeToLast).HasMaxLength(ImprovementAction.MaxText);
        b.Property(x => x.FigureKey).HasMaxLength(60);
        b.Property(x => x.BeforeValue).HasPrecision(12, 2);
        b.Property(x => x.AfterValue).HasPrecision(12, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Before);
        b.Ignore(x => x.After);
        b.HasOne<MonitoringRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.VerifiedByUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Changes).WithOne().HasForeignKey(x => x.ActionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.RoundId);
        b.HasIndex(x => new { x.OwnerUserId, x.Status });
    }
}

public sealed class ImprovementActionChangeConfiguration : IEntityTypeConfiguration<ImprovementActionChange>
{
    public void Configure(EntityTypeBuilder<ImprovementActionChange> b)
    {
        b.Property(x => x.Note).HasMaxLength(ImprovementActionChange.MaxNote);
        b.Property(x => x.BeforeValue).HasPrecision(12, 2);
        b.Property(x => x.AfterValue).HasPrecision(12, 2);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.ByUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ActionId, x.AtUtc });
    }
}
