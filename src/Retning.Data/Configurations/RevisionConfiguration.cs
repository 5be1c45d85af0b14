using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Domain.Citizens;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.Data.Configurations;

public sealed class ThemeEvaluationConfiguration : IEntityTypeConfiguration<ThemeEvaluation>
{
    public void Configure(EntityTypeBuilder<ThemeEvaluation> b)
    {
        b.Property(x => x.ThemeKey).HasMaxLength(50);
        b.Property(x => x.Participants).HasMaxLength(ThemeEvaluationRules.MaxParticipants);
        b.Property(x => x.CitizenInvolvement).HasMaxLength(ThemeEvaluationRules.MaxInvolvement);
        b.Property(x => x.Development).HasMaxLength(ThemeEvaluationRules.MaxDevelopment);
        b.Property(x => x.PlanRevisionNote).HasMaxLength(PlanRevisionRules.MaxText);
        b.Property(x => x.AuthorName).HasMaxLength(200);
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PlanId, x.ThemeKey, x.EvaluatedOn });
        b.HasIndex(x => x.CitizenId);
    }
}

public sealed class PlanRevisionRequestConfiguration : IEntityTypeConfiguration<PlanRevisionRequest>
{
    public void Configure(EntityTypeBuilder<PlanRevisionRequest> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Text).HasMaxLength(PlanRevisionRules.MaxText);
        b.Property(x => x.ResolvedByName).HasMaxLength(200);
        b.Property(x => x.ResolutionComment).HasMaxLength(PlanRevisionRules.MaxComment);
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Restrict);

        // One request per source: saving the minutes again updates the meeting's request instead of adding one.
        b.HasIndex(x => new { x.Source, x.SourceId }).IsUnique();
        b.HasIndex(x => new { x.CitizenId, x.ResolvedOn });
        b.HasIndex(x => x.PlanId);
    }
}
