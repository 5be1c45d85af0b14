using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Domain.Citizens;
using Retning.Domain.Tasks;

namespace Retning.Data.Configurations;

public sealed class TaskHandlingConfiguration : IEntityTypeConfiguration<TaskHandling>
{
    public void Configure(EntityTypeBuilder<TaskHandling> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.AssignedToName).HasMaxLength(200);
        b.Property(x => x.AssignedBy).HasMaxLength(200);
        b.Property(x => x.SnoozeReason).HasMaxLength(TaskHandlingRules.MaxSnoozeReason);
        b.Property(x => x.SnoozedBy).HasMaxLength(200);
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);

        // One handling per task: the citizen, the kind and the subject name a task across days.
        b.HasIndex(x => new { x.CitizenId, x.Kind, x.SubjectKey }).IsUnique();
        b.HasIndex(x => x.AssignedToId);
    }
}
