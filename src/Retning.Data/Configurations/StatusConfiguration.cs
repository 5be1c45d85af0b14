using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Domain.Citizens;
using Retning.Domain.Consents;
using Retning.Domain.Plans;
using Retning.Domain.Status;

namespace Retning.Data.Configurations;

public sealed class StatusReportConfiguration : IEntityTypeConfiguration<StatusReport>
{
    public void Configure(EntityTypeBuilder<StatusReport> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Layout).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.RevisionReason).HasMaxLength(1000);
        b.Property(x => x.ReturnedReason).HasMaxLength(1000);
        b.Property(x => x.CreatedBy).HasMaxLength(200);
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StatusMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Sections).WithOne().HasForeignKey(s => s.StatusReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Goals).WithOne().HasForeignKey(g => g.StatusReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.CitizenId, x.PeriodTo });
        b.HasIndex(x => x.State);
    }
}

public sealed class StatusSectionConfiguration : IEntityTypeConfiguration<StatusSection>
{
    public void Configure(EntityTypeBuilder<StatusSection> b)
    {
        b.Property(x => x.Key).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.SinceText).HasMaxLength(20000);
        b.Property(x => x.AheadText).HasMaxLength(20000);
        b.HasIndex(x => new { x.StatusReportId, x.Key }).IsUnique();
    }
}

public sealed class StatusGoalConfiguration : IEntityTypeConfiguration<StatusGoal>
{
    public void Configure(EntityTypeBuilder<StatusGoal> b)
    {
        b.HasKey(x => new { x.StatusReportId, x.GoalId });
        b.HasOne<Goal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StatusCommentConfiguration : IEntityTypeConfiguration<StatusComment>
{
    public void Configure(EntityTypeBuilder<StatusComment> b)
    {
        b.Property(x => x.Section).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.AuthorName).HasMaxLength(200);
        b.Property(x => x.Text).HasMaxLength(4000);
        b.HasOne<StatusReport>().WithMany().HasForeignKey(x => x.StatusReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.StatusReportId, x.CreatedUtc });
    }
}

public sealed class StatusEventConfiguration : IEntityTypeConfiguration<StatusEvent>
{
    public void Configure(EntityTypeBuilder<StatusEvent> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.UserName).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.HasOne<StatusReport>().WithMany().HasForeignKey(x => x.StatusReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.StatusReportId, x.AtUtc });
    }
}

public sealed class StatusRevisionConfiguration : IEntityTypeConfiguration<StatusRevision>
{
    public void Configure(EntityTypeBuilder<StatusRevision> b)
    {
        b.Property(x => x.ApprovedByName).HasMaxLength(200);
        b.HasOne<StatusReport>().WithMany().HasForeignKey(x => x.StatusReportId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.StatusReportId, x.Number }).IsUnique();
    }
}

public sealed class StatusMeetingConfiguration : IEntityTypeConfiguration<StatusMeeting>
{
    public void Configure(EntityTypeBuilder<StatusMeeting> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Place).HasMaxLength(300);
        b.Property(x => x.Agenda).HasMaxLength(8000);
        b.Property(x => x.MinutesState).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.MinutesAttendance).HasMaxLength(4000);
        b.Property(x => x.MinutesDiscussion).HasMaxLength(20000);
        b.Property(x => x.MinutesAgreements).HasMaxLength(8000);
        b.Property(x => x.MinutesNextSteps).HasMaxLength(4000);
        b.Property(x => x.MinutesPlanRevisionNote).HasMaxLength(Domain.Plans.PlanRevisionRules.MaxText);
        b.Property(x => x.MinutesWrittenBy).HasMaxLength(200);
        b.Property(x => x.MinutesApprovedBy).HasMaxLength(200);
        b.Property(x => x.MinutesReturnedReason).HasMaxLength(1000);
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Participants).WithOne().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.CitizenId, x.On });
    }
}

public sealed class MeetingParticipantConfiguration : IEntityTypeConfiguration<MeetingParticipant>
{
    public void Configure(EntityTypeBuilder<MeetingParticipant> b)
    {
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Contact).HasMaxLength(300);
    }
}

public sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Scope).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.GivenBy).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.GivenByName).HasMaxLength(200);
        b.Property(x => x.WithdrawnNote).HasMaxLength(1000);
        b.Property(x => x.DocumentName).HasMaxLength(255);
        b.Property(x => x.DocumentContentType).HasMaxLength(100);
        b.Property(x => x.RecordedBy).HasMaxLength(200);
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CitizenId, x.Scope });
    }
}

public sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> b)
    {
        b.Property(x => x.Subject).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Basis).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.PlanParts).HasMaxLength(1000);
        b.Property(x => x.RecipientName).HasMaxLength(200);
        b.Property(x => x.RecipientOrganisation).HasMaxLength(200);
        b.Property(x => x.RequestParagraph).HasMaxLength(10);
        b.Property(x => x.RequestReference).HasMaxLength(200);
        b.Property(x => x.InformedWhom).HasMaxLength(300);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.RecordedByName).HasMaxLength(200);
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StatusReport>().WithMany().HasForeignKey(x => x.StatusReportId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StatusMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Consent>().WithMany().HasForeignKey(x => x.ConsentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CitizenId, x.SentOn });
    }
}
