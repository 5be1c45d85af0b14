using Retning.Domain.Citizens;
using Retning.Domain.Diary;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;
using Retning.Domain.Status;

namespace Retning.Web.Authorization;

/// <summary>The citizen header's contact team (by name) and the plan's template name (null: no plan yet).</summary>
public sealed record CitizenHeaderRows(IReadOnlyList<(Guid Id, string FullName)> ContactTeam, string? PlanTemplateName);

/// <summary>
/// The reviewed path that reads one verified citizen's rows without the department filters
/// (docs/adr/0002-department-scoping-as-query-filter.md, "Paying for scoping once per request").
/// Every query here is keyed by the verified citizen's id — or, through <see cref="PlanRows"/>, by the
/// id of that citizen's plan — so it can return nothing the scoped lookup did not already allow. A
/// query composed on these may use other sets only keyed by the row at hand (the filters are off for
/// the whole query).
/// </summary>
public sealed class CitizenRows
{
    private readonly AppDbContext _db;

    internal CitizenRows(VerifiedCitizen verified)
    {
        _db = verified.Context;
        Citizen = verified.Citizen;
    }

    public Citizen Citizen { get; }

    /// <summary>The request's context, for queries on tables that are not the citizen's (templates, scales).</summary>
    internal AppDbContext Context => _db;

    private Guid Id => Citizen.Id;

    public IQueryable<Plan> Plans => _db.Plans.IgnoreQueryFilters().AsNoTracking().Where(p => p.CitizenId == Id);
    public IQueryable<Purpose> Purposes => _db.Purposes.IgnoreQueryFilters().AsNoTracking().Where(p => p.CitizenId == Id);
    public IQueryable<Evaluation> Evaluations => _db.Evaluations.IgnoreQueryFilters().AsNoTracking().Where(e => e.CitizenId == Id);
    public IQueryable<ThemeEvaluation> ThemeEvaluations => _db.ThemeEvaluations.IgnoreQueryFilters().AsNoTracking().Where(e => e.CitizenId == Id);
    public IQueryable<PlanRevisionRequest> PlanRevisionRequests => _db.PlanRevisionRequests.IgnoreQueryFilters().AsNoTracking().Where(r => r.CitizenId == Id);
    public IQueryable<StatusMeeting> StatusMeetings => _db.StatusMeetings.IgnoreQueryFilters().AsNoTracking().Where(m => m.CitizenId == Id);
    public IQueryable<DepartmentPlacement> Placements => _db.Placements.IgnoreQueryFilters().AsNoTracking().Where(p => p.CitizenId == Id);
    public IQueryable<DiaryEntry> DiaryEntries => _db.DiaryEntries.IgnoreQueryFilters().AsNoTracking().Where(e => e.CitizenId == Id);

    /// <summary>What the shared header shows beyond the citizen, in one query.</summary>
    public async Task<CitizenHeaderRows> HeaderAsync(CancellationToken ct)
    {
        var db = _db;
        var id = Id;
        var header = await db.Citizens.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == id)
            .Select(c => new
            {
                // Correlated on the row (c.Id), so SQLite gets a join rather than an APPLY it cannot run.
                Team = c.ContactTeam
                    .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.FullName })
                    .OrderBy(u => u.FullName).ToList(),
                PlanTemplate = db.Plans.Where(p => p.CitizenId == c.Id)
                    .Join(db.TemplateVersions, p => p.TemplateVersionId, v => v.Id, (p, v) => v.TemplateId)
                    .Join(db.PlanTemplates, templateId => templateId, t => t.Id, (templateId, t) => t.Name)
                    .FirstOrDefault(),
            })
            .FirstAsync(ct);
        return new CitizenHeaderRows([.. header.Team.Select(u => (u.Id, u.FullName))], header.PlanTemplate);
    }

    /// <summary>The citizen's plan (not tracked) with its template version and template, in one query; null when none is made yet.</summary>
    public async Task<PlanRows?> PlanAsync(CancellationToken ct)
    {
        var db = _db;
        var id = Id;
        var head = await db.Plans.IgnoreQueryFilters().AsNoTracking().Where(p => p.CitizenId == id)
            .Join(db.TemplateVersions, p => p.TemplateVersionId, v => v.Id, (p, v) => new { Plan = p, Version = v })
            .Join(db.PlanTemplates, x => x.Version.TemplateId, t => t.Id, (x, t) => new { x.Plan, x.Version, t.Kind, t.Name, t.OfferId })
            .FirstOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }

        head.Plan.TemplateVersion = head.Version;
        return new PlanRows(db, head.Plan, head.Version, head.Kind, head.Name, head.OfferId);
    }

    /// <summary>The rows of a plan the page already holds (e.g. tracked for an edit); it must be this citizen's.</summary>
    public async Task<PlanRows> PlanAsync(Plan plan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.CitizenId != Id)
        {
            throw new InvalidOperationException("The plan is not the verified citizen's.");
        }

        var db = _db;
        var versionId = plan.TemplateVersionId;
        var head = await db.TemplateVersions.AsNoTracking().Where(v => v.Id == versionId)
            .Join(db.PlanTemplates, v => v.TemplateId, t => t.Id, (v, t) => new { Version = v, t.Kind, t.Name, t.OfferId })
            .FirstAsync(ct);
        return new PlanRows(db, plan, plan.TemplateVersion ?? head.Version, head.Kind, head.Name, head.OfferId);
    }
}
