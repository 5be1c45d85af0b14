using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Domain.Citizens;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.Data.Configurations;

public sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> b)
    {
        b.Property(x => x.Participants).HasMaxLength(1000);
        b.Property(x => x.CitizenInvolvement).HasMaxLength(4000);
        b.Property(x => x.Qualitative).HasMaxLength(8000);
        b.Property(x => x.QuantitativeComment).HasMaxLength(4000);
        b.Property(x => x.PreparedFigures).HasMaxLength(4000);
        b.Property(x => x.PlanRevisionNote).HasMaxLength(2000);
        b.Property(x => x.AuthorName).HasMaxLength(200);
        b.Property(x => x.Decision).HasConversion<string>().HasMaxLength(30);
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Goal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CitizenId, x.EvaluatedOn });
        b.HasIndex(x => new { x.GoalId, x.EvaluatedOn });
    }
}
