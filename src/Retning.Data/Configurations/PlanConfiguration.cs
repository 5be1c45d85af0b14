using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Retning.Domain.Citizens;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Data.Configurations;

public sealed class PlanTemplateConfiguration : IEntityTypeConfiguration<PlanTemplate>
{
    public void Configure(EntityTypeBuilder<PlanTemplate> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Current);
        b.HasOne<Offer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Domain.Quality.Guideline>().WithMany().HasForeignKey(x => x.GuidelineId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(x => x.TemplateId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OfferId, x.Kind }).IsUnique();
    }
}

public sealed class TemplateVersionConfiguration : IEntityTypeConfiguration<TemplateVersion>
{
    public void Configure(EntityTypeBuilder<TemplateVersion> b)
    {
        b.Property(x => x.CreatedBy).HasMaxLength(200);
        // The wording of a version is one document: read and frozen together.
        b.OwnsMany(x => x.Themes, t => t.ToJson());
        b.HasIndex(x => new { x.TemplateId, x.Number }).IsUnique();
    }
}

public sealed class PurposeConfiguration : IEntityTypeConfiguration<Purpose>
{
    public void Configure(EntityTypeBuilder<Purpose> b)
    {
        b.Property(x => x.Title).HasMaxLength(PlanInputRules.TitleMaxLength);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Current);
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Revisions).WithOne().HasForeignKey(x => x.PurposeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.CitizenId);
    }
}

public sealed class PurposeRevisionConfiguration : IEntityTypeConfiguration<PurposeRevision>
{
    public void Configure(EntityTypeBuilder<PurposeRevision> b)
    {
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Text).HasMaxLength(PlanInputRules.MaxPurposeText);
        b.Property(x => x.SourceReference).HasMaxLength(PlanInputRules.ReferenceMaxLength);
        b.Property(x => x.EnteredByName).HasMaxLength(200);
        b.HasIndex(x => new { x.PurposeId, x.ReceivedOn });
        // A category is retired, never deleted, while a wording points at it.
        b.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.CategoryId);
    }
}

public sealed class PlanEntityConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.Property(x => x.CitizenPerspective).HasMaxLength(PlanInputRules.MaxPerspective);
        b.Property(x => x.Participation).HasMaxLength(PlanInputRules.MaxParticipation);
        b.Property(x => x.OfferAdditions).HasMaxLength(PlanInputRules.MaxOfferAdditions);
        b.Property(x => x.ApproachesText).HasMaxLength(PlanInputRules.MaxApproaches);
        b.Property(x => x.SympatheticComfort).HasMaxLength(PlanInputRules.MaxCompassField);
        b.Property(x => x.SympatheticDiscomfort).HasMaxLength(PlanInputRules.MaxCompassField);
        b.Property(x => x.ParasympatheticComfort).HasMaxLength(PlanInputRules.MaxCompassField);
        b.Property(x => x.ParasympatheticDiscomfort).HasMaxLength(PlanInputRules.MaxCompassField);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.TemplateVersion).WithMany().HasForeignKey(x => x.TemplateVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Assessments).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Methods).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.DpuEntries).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Goals).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Periods).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.CitizenId).IsUnique();
        b.HasIndex(x => x.TemplateVersionId);
    }
}

public sealed class ThemeAssessmentConfiguration : IEntityTypeConfiguration<ThemeAssessment>
{
    public void Configure(EntityTypeBuilder<ThemeAssessment> b)
    {
        b.Property(x => x.ThemeKey).HasMaxLength(50);
        b.Property(x => x.Resources).HasMaxLength(PlanInputRules.MaxAssessmentField);
        b.Property(x => x.Challenges).HasMaxLength(PlanInputRules.MaxAssessmentField);
        b.Property(x => x.SupportNeed).HasMaxLength(PlanInputRules.MaxAssessmentField);
        b.Property(x => x.UpdatedBy).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.PlanId, x.ThemeKey }).IsUnique();
    }
}

public sealed class PlanMethodConfiguration : IEntityTypeConfiguration<PlanMethod>
{
    public void Configure(EntityTypeBuilder<PlanMethod> b)
    {
        b.Property(x => x.Name).HasMaxLength(PlanInputRules.MaxMethodName);
        b.Property(x => x.HowPractised).HasMaxLength(PlanInputRules.MaxMethodPractice);
        b.HasIndex(x => x.PlanId);
    }
}

public sealed class MethodCatalogueItemConfiguration : IEntityTypeConfiguration<MethodCatalogueItem>
{
    public void Configure(EntityTypeBuilder<MethodCatalogueItem> b)
    {
        b.Property(x => x.Name).HasMaxLength(PlanInputRules.MaxMethodName);
        b.Property(x => x.Description).HasMaxLength(TextLimits.Paragraph);
        b.HasOne<Offer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OfferId, x.Name }).IsUnique();
    }
}

public sealed class DpuEntryConfiguration : IEntityTypeConfiguration<DpuEntry>
{
    public void Configure(EntityTypeBuilder<DpuEntry> b)
    {
        b.Property(x => x.Summary).HasMaxLength(PlanInputRules.MaxDpuSummary);
        b.HasIndex(x => new { x.PlanId, x.MadeOn });
    }
}

public sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> b)
    {
        b.Property(x => x.ThemeKey).HasMaxLength(50);
        b.Property(x => x.Text).HasMaxLength(GoalRules.MaxText);
        b.Property(x => x.Rationale).HasMaxLength(GoalRules.MaxRationale);
        b.Property(x => x.Measure).HasMaxLength(GoalRules.MaxMeasure);
        b.Property(x => x.CitizenParticipation).HasMaxLength(GoalRules.MaxParticipation);
        b.Property(x => x.SmortNote).HasMaxLength(GoalRules.MaxSmortNote);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ScoringFrequency).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsSubGoal);
        b.Ignore(x => x.IsOpen);
        b.HasOne<Goal>().WithMany().HasForeignKey(x => x.ParentGoalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Purpose>().WithMany().HasForeignKey(x => x.PurposeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IndicatorScale>().WithMany().HasForeignKey(x => x.IndicatorScaleId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Interventions).WithOne().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Collaborators).WithOne().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PlanId, x.State });
        b.HasIndex(x => x.ParentGoalId);
        b.HasIndex(x => x.PurposeId);
        b.HasIndex(x => x.IndicatorScaleId);
        b.HasIndex(x => x.NextEvaluationOn);
    }
}

public sealed class GoalInterventionConfiguration : IEntityTypeConfiguration<GoalIntervention>
{
    public void Configure(EntityTypeBuilder<GoalIntervention> b)
    {
        b.Property(x => x.What).HasMaxLength(GoalRules.MaxInterventionWhat);
        b.Property(x => x.HowOften).HasMaxLength(GoalRules.MaxShortText);
        b.Property(x => x.Who).HasMaxLength(GoalRules.MaxShortText);
        b.HasIndex(x => x.GoalId);
    }
}

public sealed class GoalCollaboratorConfiguration : IEntityTypeConfiguration<GoalCollaborator>
{
    public void Configure(EntityTypeBuilder<GoalCollaborator> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Name).HasMaxLength(GoalRules.MaxShortText);
        b.Property(x => x.HowTheyTakePart).HasMaxLength(GoalRules.MaxCollaboratorPart);
        b.HasIndex(x => x.GoalId);
    }
}

public sealed class IndicatorScaleConfiguration : IEntityTypeConfiguration<IndicatorScale>
{
    public void Configure(EntityTypeBuilder<IndicatorScale> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(200);
        b.OwnsMany(x => x.Levels, l => l.ToJson());
        b.HasOne<Offer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.ScaleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.OfferId);
    }
}

public sealed class OfferPlanRulesConfiguration : IEntityTypeConfiguration<OfferPlanRules>
{
    public void Configure(EntityTypeBuilder<OfferPlanRules> b)
    {
        b.HasKey(x => x.OfferId);
        b.OwnsMany(x => x.RequiredGoalKinds, k => k.ToJson());
        b.HasOne<Offer>().WithOne().HasForeignKey<OfferPlanRules>(x => x.OfferId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlanPeriodConfiguration : IEntityTypeConfiguration<PlanPeriod>
{
    public void Configure(EntityTypeBuilder<PlanPeriod> b)
    {
        b.Property(x => x.ClosedByName).HasMaxLength(200);
        b.Ignore(x => x.IsOpen);
        b.HasIndex(x => new { x.PlanId, x.Number }).IsUnique();
    }
}
