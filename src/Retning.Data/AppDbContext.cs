using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Retning.Data.Identity;
using Retning.Data.Jobs;
using Retning.Domain.Audit;
using Retning.Domain.Citizens;
using Retning.Domain.Consents;
using Retning.Domain.Diary;
using Retning.Domain.Evaluations;
using Retning.Domain.Insight;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;
using Retning.Domain.Quality;
using Retning.Domain.Reminders;
using Retning.Domain.Status;
using Retning.Domain.Tasks;

namespace Retning.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options, ICitizenScope scope, TimeProvider clock)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<DepartmentMembership> Memberships => Set<DepartmentMembership>();
    public DbSet<RoleRequest> RoleRequests => Set<RoleRequest>();
    public DbSet<Citizen> Citizens => Set<Citizen>();
    public DbSet<Representative> Representatives => Set<Representative>();
    public DbSet<ContactTeamMember> ContactTeamMembers => Set<ContactTeamMember>();
    public DbSet<DepartmentPlacement> Placements => Set<DepartmentPlacement>();
    public DbSet<PlanTemplate> PlanTemplates => Set<PlanTemplate>();
    public DbSet<TemplateVersion> TemplateVersions => Set<TemplateVersion>();
    public DbSet<IndicatorScale> IndicatorScales => Set<IndicatorScale>();
    public DbSet<MethodCatalogueItem> MethodCatalogue => Set<MethodCatalogueItem>();
    public DbSet<OfferPlanRules> OfferPlanRules => Set<OfferPlanRules>();
    public DbSet<Purpose> Purposes => Set<Purpose>();
    public DbSet<PurposeRevision> PurposeRevisions => Set<PurposeRevision>();
    public DbSet<PurposeCategory> PurposeCategories => Set<PurposeCategory>();
    public DbSet<Domain.Vocabulary.FfbMapping> FfbMappings => Set<Domain.Vocabulary.FfbMapping>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<ThemeAssessment> ThemeAssessments => Set<ThemeAssessment>();
    public DbSet<PlanMethod> PlanMethods => Set<PlanMethod>();
    public DbSet<DpuEntry> DpuEntries => Set<DpuEntry>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<GoalIntervention> GoalInterventions => Set<GoalIntervention>();
    public DbSet<GoalCollaborator> GoalCollaborators => Set<GoalCollaborator>();
    public DbSet<PlanPeriod> PlanPeriods => Set<PlanPeriod>();
    public DbSet<GoalStateChange> GoalStateChanges => Set<GoalStateChange>();
    public DbSet<IndicatorScaleVersion> IndicatorScaleVersions => Set<IndicatorScaleVersion>();
    public DbSet<DiaryCategory> DiaryCategories => Set<DiaryCategory>();
    public DbSet<DiaryEntry> DiaryEntries => Set<DiaryEntry>();
    public DbSet<DiaryEntryVersion> DiaryEntryVersions => Set<DiaryEntryVersion>();
    public DbSet<SubGoalScoreMonth> SubGoalScoreMonths => Set<SubGoalScoreMonth>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<ThemeEvaluation> ThemeEvaluations => Set<ThemeEvaluation>();
    public DbSet<PlanRevisionRequest> PlanRevisionRequests => Set<PlanRevisionRequest>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Audit.AuditChainState> AuditChainHead => Set<Audit.AuditChainState>();
    public DbSet<Insight.InsightStamp> InsightStamp => Set<Insight.InsightStamp>();
    public DbSet<Guideline> Guidelines => Set<Guideline>();
    public DbSet<GuidelineOffer> GuidelineOffers => Set<GuidelineOffer>();
    public DbSet<GuidelineVersion> GuidelineVersions => Set<GuidelineVersion>();
    public DbSet<GuidelineAcknowledgement> GuidelineAcknowledgements => Set<GuidelineAcknowledgement>();
    public DbSet<MonitoringRound> MonitoringRounds => Set<MonitoringRound>();
    public DbSet<RoundDepartment> RoundDepartments => Set<RoundDepartment>();
    public DbSet<RoundSample> RoundSamples => Set<RoundSample>();
    public DbSet<PlanReview> PlanReviews => Set<PlanReview>();
    public DbSet<CitizenInterview> CitizenInterviews => Set<CitizenInterview>();
    public DbSet<ImprovementAction> ImprovementActions => Set<ImprovementAction>();
    public DbSet<ImprovementActionChange> ImprovementActionChanges => Set<ImprovementActionChange>();
    public DbSet<Operations.HealthProbe> HealthProbes => Set<Operations.HealthProbe>();
    public DbSet<StatusReport> StatusReports => Set<StatusReport>();
    public DbSet<StatusSection> StatusSections => Set<StatusSection>();
    public DbSet<StatusGoal> StatusGoals => Set<StatusGoal>();
    public DbSet<StatusComment> StatusComments => Set<StatusComment>();
    public DbSet<StatusEvent> StatusEvents => Set<StatusEvent>();
    public DbSet<StatusRevision> StatusRevisions => Set<StatusRevision>();
    public DbSet<StatusMeeting> StatusMeetings => Set<StatusMeeting>();
    public DbSet<MeetingParticipant> MeetingParticipants => Set<MeetingParticipant>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<Disclosure> Disclosures => Set<Disclosure>();
    public DbSet<DisclosureSnapshot> DisclosureSnapshots => Set<DisclosureSnapshot>();
    public DbSet<DailyDigest> DailyDigests => Set<DailyDigest>();
    public DbSet<TaskHandling> TaskHandlings => Set<TaskHandling>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<Idempotency.IdempotencyKey> IdempotencyKeys => Set<Idempotency.IdempotencyKey>();
    public DbSet<Domain.ApiClients.ApiClient> ApiClients => Set<Domain.ApiClients.ApiClient>();

    // Read by the query filters; EF evaluates it per query, so one model serves every user. Null means
    // every department (system work). EF.Parameter keeps "is null" a test of the SQL parameter, which EF
    // settles from its value when it writes the SQL: a user's query gets the department check with no OR
    // term, system work gets no filter at all (docs/adr/0012-database-connections-and-query-shapes.md).
    private Guid[]? ScopeDepartments => scope.Unrestricted ? null : scope.DepartmentIds;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        builder.Entity<Citizen>().HasQueryFilter(c => EF.Parameter(ScopeDepartments) == null || EF.Parameter(ScopeDepartments)!.Contains(c.DepartmentId));
        builder.Entity<Representative>().HasQueryFilter(r =>
            EF.Parameter(ScopeDepartments) == null || Citizens.Any(c => c.Id == r.CitizenId));
        builder.Entity<ContactTeamMember>().HasQueryFilter(m =>
            EF.Parameter(ScopeDepartments) == null || Citizens.Any(c => c.Id == m.CitizenId));
        builder.Entity<DepartmentPlacement>().HasQueryFilter(p =>
            EF.Parameter(ScopeDepartments) == null || Citizens.Any(c => c.Id == p.CitizenId));

        // The plan and everything in it belong to a citizen and are scoped through it.
        builder.Entity<Purpose>().HasQueryFilter(p => EF.Parameter(ScopeDepartments) == null || Citizens.Any(c => c.Id == p.CitizenId));
        builder.Entity<PurposeRevision>().HasQueryFilter(r => EF.Parameter(ScopeDepartments) == null || Purposes.Any(p => p.Id == r.PurposeId));
        builder.Entity<Plan>().HasQueryFilter(p => EF.Parameter(ScopeDepartments) == null || Citizens.Any(c => c.Id == p.CitizenId));
        builder.Entity<ThemeAssessment>().HasQueryFilter(a => EF.Parameter(ScopeDepartments) == null || Plans.Any(p => p.Id == a.PlanId));
        builder.Entity<PlanMethod>().HasQueryFilter(m => EF.Parameter(ScopeDepartments) == null || Plans.Any(p => p.Id == m.PlanId));
        builder.Entity<DpuEntry>().HasQueryFilter(d => EF.Parameter(ScopeDepartments) == null || Plans.Any(p => p.Id == d.PlanId));
        builder.Entity<Goal>().HasQueryFilter(g => EF.Parameter(ScopeDepartments) == null || Plans.Any(p => p.Id == g.PlanId));
        builder.Entity<GoalIntervention>().HasQueryFilter(i => EF.Parameter(ScopeDepartments) == null || Goals.Any(g => g.Id == i.GoalId));
        builder.Entity<GoalCollaborator>().HasQueryFilter(c => EF.Parameter(ScopeDepartments) == null || Goals.Any(g => g.Id == c.GoalId));
        builder.Entity<PlanPeriod>().HasQueryFilter(p => EF.Parameter(ScopeDepartments) == null || Plans.Any(x => x.Id == p.PlanId));
        builder.Entity<GoalStateChange>().HasQueryFilter(c => EF.Parameter(ScopeDepartments) == null || Goals.Any(g => g.Id == c.GoalId));

        // Diary notes belong to a citizen; a version is read through its note.
        builder.Entity<DiaryEntry>().HasQueryFilter(e => EF.Parameter(ScopeDepartments) == null || Citizens.Any(c => c.Id == e.CitizenId));
        builder.Entity<DiaryEntryVersion>().HasQueryFilter(v => EF.Parameter(ScopeDepartments) == null || DiaryEntries.Any(e => e.Id == v.EntryId));
        builder.Entity<SubGoalScoreMonth>().HasQueryFilter(m => EF.Parameter(ScopeDepartments) == null || Citizens.Any(c => c.Id == m.CitizenId));
        builder.Entity<Evaluation>().HasQueryFilter(e => EF.Parameter(ScopeDepartments) == null || Citizens.Any(c => c.Id == e.CitizenId));
        builder.Entity<ThemeEvaluation>().HasQueryFilter(e => EF.Parameter(ScopeDepartments) == null || Citizens.Any(c => c.Id == e.CitizenId));
        builder.Entity<PlanRevisionRequest>().HasQueryFilter(r => EF.Parameter(ScopeDepartments) == null || Citizens.Any(c => c.Id == r.CitizenId));
        builder.Entity<StatusReport>().HasQueryFilter(r => EF.Parameter(ScopeDepartments) == null || Citizens.Any(c => c.Id == r.CitizenId));
        builder.Entity<StatusSection>().HasQueryFilter(s => EF.Parameter(ScopeDepartments) == null || StatusReports.Any(r => r.Id == s.StatusReportId));
        builder.Entity<StatusGoal>().HasQueryFilter(g => EF.Parameter(ScopeDepartments) == null || StatusReports.Any(r => r.Id == g.StatusReportId));
        builder.Entity<StatusComment>().HasQueryFilter(c => EF.Parameter(ScopeDepartments) == null || StatusReports.Any(r => r.Id == c.StatusReportId));
        builder.Entity<StatusEvent>().HasQueryFilter(e => EF.Parameter(ScopeDepartments) == null || StatusReports.Any(r => r.Id == e.StatusReportId));
        builder.Entity<StatusRevision>().HasQueryFilter(v => EF.Parameter(ScopeDepartments) == null || StatusReports.Any(r => r.Id == v.StatusReportId));
        builder.Entity<StatusMeeting>().HasQueryFilter(m => EF.Parameter(ScopeDepartments) == null || Citizens.Any(c => c.Id == m.CitizenId));
        builder.Entity<MeetingParticipant>().HasQueryFilter(p => EF.Parameter(ScopeDepartments) == null || StatusMeetings.Any(m => m.Id == p.MeetingId));
        builder.Entity<Consent>().HasQueryFilter(c => EF.Parameter(ScopeDepartments) == null || Citizens.Any(x => x.Id == c.CitizenId));
        builder.Entity<RoundSample>().HasQueryFilter(s => EF.Parameter(ScopeDepartments) == null || Citizens.Any(x => x.Id == s.CitizenId));
        builder.Entity<PlanReview>().HasQueryFilter(r => EF.Parameter(ScopeDepartments) == null || Citizens.Any(x => x.Id == r.CitizenId));
        builder.Entity<CitizenInterview>().HasQueryFilter(i => EF.Parameter(ScopeDepartments) == null || Citizens.Any(x => x.Id == i.CitizenId));
        builder.Entity<Disclosure>().HasQueryFilter(d => EF.Parameter(ScopeDepartments) == null || Citizens.Any(c => c.Id == d.CitizenId));
        builder.Entity<DisclosureSnapshot>().HasQueryFilter(d => EF.Parameter(ScopeDepartments) == null || Citizens.Any(c => c.Id == d.CitizenId));
        builder.Entity<TaskHandling>().HasQueryFilter(h => EF.Parameter(ScopeDepartments) == null || Citizens.Any(c => c.Id == h.CitizenId));
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        // New audit rows are chained (sequence, hash) under the chain's lock, in the same transaction; inside it, the
        // monthly score facts of the notes saved are rewritten (docs/adr/0014), after the chain's lock so that lock comes first.
        // Last, with every row staged: the figures' version changes when what they read does (docs/adr/0015).
        var months = Insight.ScoreMonthFacts.Touched(this);
        int Save()
        {
            Insight.InsightStamps.MarkIfChanged(this, clock);
            return base.SaveChanges(acceptAllChangesOnSuccess: false);
        }

        return Audit.AuditChainWriter.Save(this, months.Count == 0 ? Save : () => Insight.ScoreMonthFacts.Save(this, months, Save), acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        var months = Insight.ScoreMonthFacts.Touched(this);
        Task<int> SaveAsync(CancellationToken ct)
        {
            Insight.InsightStamps.MarkIfChanged(this, clock);
            return base.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
        }

        return Audit.AuditChainWriter.SaveAsync(this, months.Count == 0 ? SaveAsync : ct => Insight.ScoreMonthFacts.SaveAsync(this, months, SaveAsync, ct),
            acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Bumps concurrency versions, stamps times, and keeps the audit log, closed periods and written versions unchangeable.</summary>
    private void BeforeSave()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log is append-only.");
            }

            // Diary notes are never edited in place or deleted: a correction is a new version (docs/adr/0006-diary-notes-and-versions.md).
            if (entry.Entity is DiaryEntryVersion or IndicatorScaleVersion && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("A written diary version or scale version is immutable.");
            }

            // An evaluation is a record of a team meeting's decision: a later view is a new evaluation.
            if (entry.Entity is Evaluation or ThemeEvaluation && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("An evaluation is never changed once written.");
            }

            // What was approved, sent or disclosed is a record: a later change is a new revision or a new row.
            if (entry.Entity is StatusRevision or StatusEvent or Disclosure or DisclosureSnapshot && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("An approved status revision, a status event and a disclosure are never changed.");
            }

            if (entry.Entity is DiaryEntry && entry.State == EntityState.Deleted)
            {
                throw new InvalidOperationException("Diary notes are never deleted; a leader marks one as written on the wrong citizen.");
            }

            if (entry.Entity is DiaryEntry note && entry.State is EntityState.Added or EntityState.Modified)
            {
                note.SearchText = DiaryContent.SearchTextOf(note);
            }

            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                versioned.Version++;
            }

            if (entry.Entity is PlanPeriod && entry.State is EntityState.Modified or EntityState.Deleted
                && entry.OriginalValues[nameof(PlanPeriod.ClosedOn)] is not null)
            {
                throw new InvalidOperationException("A closed plan period and its snapshot are immutable.");
            }

            // What staff read and acknowledged stays what it was: a change to an approved guideline is a new version.
            if (entry.Entity is GuidelineVersion && entry.State is EntityState.Modified or EntityState.Deleted
                && entry.OriginalValues[nameof(GuidelineVersion.ApprovedOn)] is not null)
            {
                throw new InvalidOperationException("An approved guideline version is never changed.");
            }

            if (entry.Entity is ITimestamped stamped)
            {
                if (entry.State == EntityState.Added)
                {
                    stamped.CreatedUtc = now;
                    stamped.UpdatedUtc = now;
                }
                else if (entry.State == EntityState.Modified)
                {
                    stamped.UpdatedUtc = now;
                }
            }

            if (entry.Entity is Citizen citizen && entry.State is EntityState.Added or EntityState.Modified)
            {
                citizen.SearchName = $"{citizen.FirstName} {citizen.LastName}".ToLowerInvariant();
            }
        }
    }
}
