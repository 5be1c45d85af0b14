using Retning.Documents.Plans;
using Retning.Domain.Citizens;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.Web.Services.Plans;

/// <summary>A plan document with the theme assessments and goals (sub-goals included) it was built from.</summary>
public sealed record PlanSources(PlanDocument Document, IReadOnlyList<ThemeAssessment> Assessments, IReadOnlyList<Goal> Goals);

/// <summary>
/// Loads what the <see cref="PlanDocument"/> of a citizen's live plan is built from, in a few
/// queries, and has <see cref="PlanDocumentBuilder"/> build it (docs/architecture.md, "Documents").
/// </summary>
public static class PlanDocumentLoader
{
    public static async Task<PlanDocument> BuildAsync(AppDbContext db, Citizen citizen, Plan plan, DateTime nowUtc, CancellationToken ct) =>
        (await LoadAsync(db, citizen, plan, nowUtc, ct)).Document;

    /// <summary>The document with the assessments and goals it was built from, for a page that needs them too (without loading them again).</summary>
    public static async Task<PlanSources> LoadAsync(AppDbContext db, Citizen citizen, Plan plan, DateTime nowUtc, CancellationToken ct)
    {
        var template = plan.TemplateVersion ?? await db.TemplateVersions.FirstAsync(v => v.Id == plan.TemplateVersionId, ct);
        var templateKind = await db.PlanTemplates.Where(t => t.Id == template.TemplateId).Select(t => new { t.Kind, t.Name, t.OfferId }).FirstAsync(ct);
        var assessments = await db.ThemeAssessments.AsNoTracking().Where(a => a.PlanId == plan.Id).ToListAsync(ct);
        var methods = await db.PlanMethods.AsNoTracking().Where(m => m.PlanId == plan.Id).OrderBy(m => m.Name).ToListAsync(ct);
        var dpu = await db.DpuEntries.AsNoTracking().Where(d => d.PlanId == plan.Id).OrderByDescending(d => d.MadeOn).ToListAsync(ct);
        var purposes = await db.Purposes.AsNoTracking().Include(p => p.Revisions).Where(p => p.CitizenId == citizen.Id).ToListAsync(ct);
        var goals = await db.Goals.AsNoTracking().Include(g => g.Interventions).Include(g => g.Collaborators).AsSplitQuery()
            .Where(g => g.PlanId == plan.Id).OrderBy(g => g.StartOn).ThenBy(g => g.CreatedUtc).ToListAsync(ct);
        var scales = await db.IndicatorScales.AsNoTracking().Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var latestEvaluations = await LatestEvaluationsAsync(db, [.. goals.Select(g => g.Id)], ct);
        var themeEvaluations = await LatestThemeEvaluationsAsync(db, plan.Id, ct);
        var fromEarlierTemplate = assessments.Any(a => template.Themes.All(t => t.Key != a.ThemeKey));
        var earlierThemes = fromEarlierTemplate ? await EarlierThemesAsync(db, templateKind.OfferId, ct) : [];

        var document = PlanDocumentBuilder.Build(new PlanDocumentData(
            citizen, plan, template, templateKind.Kind, templateKind.Name, assessments, methods, dpu, purposes, goals, scales,
            latestEvaluations, themeEvaluations, earlierThemes, nowUtc));
        return new PlanSources(document, assessments, goals);
    }

    /// <summary>Only the newest evaluation of each goal, and only what the plan shows of it.</summary>
    private static async Task<Dictionary<Guid, PlanDocument.EvaluationView>> LatestEvaluationsAsync(AppDbContext db, List<Guid> goalIds, CancellationToken ct) =>
        (await db.Evaluations.AsNoTracking()
                .Where(e => goalIds.Contains(e.GoalId) && !db.Evaluations.Any(o => o.GoalId == e.GoalId
                    && (o.EvaluatedOn > e.EvaluatedOn || o.EvaluatedOn == e.EvaluatedOn && o.CreatedUtc > e.CreatedUtc)))
                .Select(e => new { e.Id, e.GoalId, e.EvaluatedOn, e.Decision, e.Qualitative, e.NextEvaluationOn, e.PlanRevisionNeeded })
                .ToListAsync(ct))
            // Two evaluations of a goal saved in the same instant on the same day both pass the filter: one wins, the same every time.
            .GroupBy(e => e.GoalId).Select(g => g.MaxBy(e => e.Id)!)
            .ToDictionary(e => e.GoalId, e => new PlanDocument.EvaluationView(e.EvaluatedOn, e.Decision.Danish(), e.Qualitative, e.NextEvaluationOn, e.PlanRevisionNeeded, e.Id));

    /// <summary>The name a theme key has in the offer's templates (the newest version that has it), for assessments from an earlier template.</summary>
    private static async Task<Dictionary<string, TemplateTheme>> EarlierThemesAsync(AppDbContext db, Guid offerId, CancellationToken ct)
    {
        var versions = await db.TemplateVersions.AsNoTracking()
            .Where(v => db.PlanTemplates.Any(t => t.Id == v.TemplateId && t.OfferId == offerId))
            .ToListAsync(ct);
        return versions.OrderByDescending(v => v.Number).SelectMany(v => v.Themes)
            .GroupBy(t => t.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The newest evaluation of each theme of the plan and how many there are, in one query.</summary>
    private static async Task<Dictionary<string, PlanDocument.ThemeEvaluationView>> LatestThemeEvaluationsAsync(AppDbContext db, Guid planId, CancellationToken ct)
    {
        var rows = await db.ThemeEvaluations.AsNoTracking()
            .Where(e => e.PlanId == planId && !db.ThemeEvaluations.Any(o => o.PlanId == planId && o.ThemeKey == e.ThemeKey
                && (o.EvaluatedOn > e.EvaluatedOn || o.EvaluatedOn == e.EvaluatedOn && o.CreatedUtc > e.CreatedUtc)))
            .Select(e => new
            {
                e.Id, e.ThemeKey, e.EvaluatedOn, e.Development, e.PlanRevisionNeeded,
                Count = db.ThemeEvaluations.Count(o => o.PlanId == planId && o.ThemeKey == e.ThemeKey),
            })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ThemeKey, StringComparer.Ordinal).Select(g => g.MaxBy(r => r.Id)!)
            .ToDictionary(r => r.ThemeKey, r => new PlanDocument.ThemeEvaluationView(r.Id, r.EvaluatedOn, r.Development, r.PlanRevisionNeeded, r.Count), StringComparer.Ordinal);
    }
}
