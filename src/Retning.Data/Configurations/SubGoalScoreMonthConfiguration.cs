using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Domain.Citizens;
using Retning.Domain.Insight;
using Retning.Domain.Plans;

namespace Retning.Data.Configurations;

/// <summary>
/// The monthly score facts of a sub-goal (docs/adr/0014): one row per sub-goal and month, read by
/// the management figures for the citizens of a scope and a run of whole months.
/// </summary>
public sealed class SubGoalScoreMonthConfiguration : IEntityTypeConfiguration<SubGoalScoreMonth>
{
    public void Configure(EntityTypeBuilder<SubGoalScoreMonth> b)
    {
        b.HasKey(x => new { x.SubGoalId, x.Month });
        b.HasOne<Goal>().WithMany().HasForeignKey(x => x.SubGoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CitizenId, x.Month });
    }
}
