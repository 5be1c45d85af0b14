using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Domain.Citizens;
using Retning.Domain.Diary;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Data.Configurations;

public sealed class DiaryEntryConfiguration : IEntityTypeConfiguration<DiaryEntry>
{
    public void Configure(EntityTypeBuilder<DiaryEntry> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.AuthorName).HasMaxLength(200);
        b.Property(x => x.ThemeKeys).HasMaxLength(1000);
        b.Property(x => x.Text).HasMaxLength(8000);
        b.Property(x => x.Effect).HasMaxLength(4000);
        b.Property(x => x.CitizenExperience).HasMaxLength(4000);
        b.Property(x => x.ActorName).HasMaxLength(200);
        b.Property(x => x.SearchText).HasMaxLength(DiaryRules.MaxSearchText);
        b.Property(x => x.MissingWorkReason).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.WrongCitizenMarkedBy).HasMaxLength(200);
        b.Property(x => x.WrongCitizenReason).HasMaxLength(1000);
        b.Ignore(x => x.IsMarkedWrongCitizen);
        b.Ignore(x => x.IsCorrected);
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Goal>().WithMany().HasForeignKey(x => x.SubGoalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DiaryCategory>().WithMany().HasForeignKey(x => x.ContextId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DiaryCategory>().WithMany().HasForeignKey(x => x.NoteTypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IndicatorScaleVersion>().WithMany().HasForeignKey(x => x.ScaleVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.EntryId).OnDelete(DeleteBehavior.Restrict);

        // The timeline pages newest first per citizen; the sub-goal page and the response rate read per sub-goal.
        b.HasIndex(x => new { x.CitizenId, x.ObservedAtUtc });
        b.HasIndex(x => new { x.SubGoalId, x.ObservedOn });
        b.HasIndex(x => new { x.AuthorId, x.ObservedOn });
        b.HasIndex(x => x.ContextId);
        b.HasIndex(x => x.NoteTypeId);
        b.HasIndex(x => x.ScaleVersionId);

        // Keyset paging newest first (ADR 0006): the timeline per citizen and the sub-goal's diary read
        // the notes still on the citizen in (ObservedAtUtc, CreatedUtc, Id) order straight from these
        // partial indexes, so page 1 and "older" cost the same with 100 or 100,000 notes. The filter is
        // quoted SQL both SQLite and PostgreSQL read; the queries repeat it (WrongCitizenMarkedUtc == null).
        b.HasIndex(x => new { x.CitizenId, x.ObservedAtUtc, x.CreatedUtc, x.Id })
            .HasDatabaseName("IX_DiaryEntries_Timeline").HasFilter(OnCitizen);
        // Citizen first as well: the timeline filtered on a sub-goal then matches two columns here and
        // prefers this index over the citizen's own (SQLite has no statistics to tell them apart).
        b.HasIndex(x => new { x.CitizenId, x.SubGoalId, x.ObservedAtUtc, x.CreatedUtc, x.Id })
            .HasDatabaseName("IX_DiaryEntries_SubGoalTimeline").HasFilter(OnCitizen);
    }

    /// <summary>The notes every view of the citizen shows: not marked as written on the wrong citizen.</summary>
    private const string OnCitizen = "\"WrongCitizenMarkedUtc\" IS NULL";
}

public sealed class DiaryEntryVersionConfiguration : IEntityTypeConfiguration<DiaryEntryVersion>
{
    public void Configure(EntityTypeBuilder<DiaryEntryVersion> b)
    {
        b.Property(x => x.WrittenByName).HasMaxLength(200);
        b.Property(x => x.CorrectionReason).HasMaxLength(1000);
        b.Property(x => x.ThemeKeys).HasMaxLength(1000);
        b.Property(x => x.Text).HasMaxLength(8000);
        b.Property(x => x.Effect).HasMaxLength(4000);
        b.Property(x => x.CitizenExperience).HasMaxLength(4000);
        b.Property(x => x.ActorName).HasMaxLength(200);
        b.Property(x => x.MissingWorkReason).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(x => new { x.EntryId, x.Number }).IsUnique();
    }
}

public sealed class DiaryCategoryConfiguration : IEntityTypeConfiguration<DiaryCategory>
{
    public void Configure(EntityTypeBuilder<DiaryCategory> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasOne<Offer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OfferId, x.Kind, x.Order });
    }
}

public sealed class IndicatorScaleVersionConfiguration : IEntityTypeConfiguration<IndicatorScaleVersion>
{
    public void Configure(EntityTypeBuilder<IndicatorScaleVersion> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.CreatedByName).HasMaxLength(200);
        b.OwnsMany(x => x.Levels, l => l.ToJson());
        b.HasIndex(x => new { x.ScaleId, x.Number }).IsUnique();
    }
}

public sealed class GoalStateChangeConfiguration : IEntityTypeConfiguration<GoalStateChange>
{
    public void Configure(EntityTypeBuilder<GoalStateChange> b)
    {
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ChangedByName).HasMaxLength(200);
        b.HasOne<Goal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.GoalId, x.FromOn });
    }
}
