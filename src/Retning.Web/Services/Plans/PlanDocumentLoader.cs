using Retning.Documents.Plans;
using Retning.Domain.Citizens;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.Web.Services.Plans;

/// <summary>A plan document with the theme assessments, goals (sub-goals included) and purposes (with their revisions) it was built from.</summary>
public sealed record PlanSources(PlanDocument Document, IReadOnlyList<ThemeAssessment> Assessments, IReadOnlyList<Goal> Goals, IReadOnlyList<Purpose> Purposes);

/// <summary>
/// Loads what the <see cref="PlanDocument"/> of a citizen's live plan is built from, in one query per
/// table, and has <see cref="PlanDocumentBuilder"/> build it (docs/architecture.md, "Documents"). It
/// reads through the verified citizen's rows (docs/adr/0002-department-scoping-as-query-filter.md,
/// "Paying for scoping once per request"), on one connection.
/// </summary>
public static class PlanDocumentLoader
{
    /// <summary>
    /// For a write path that holds a citizen and a plan (closing a period, freezing a disclosure): the
    /// citizen is looked up through scoping once more, so the rows are read on the same reviewed path.
    /// </summary>
    public static async Task<PlanDocument> BuildAsync(AppDbContext db, Citizen citizen, Plan plan, DateTime nowUtc, CancellationToken ct)
    {
        var verified = await VerifiedCitizen.FindAsync(db, citizen.Id, include: null, ct)
            ?? throw new InvalidOperationException("The citizen is outside the caller's departments.");
        return (await LoadAsync(verified.Rows, await verified.Rows.PlanAsync(plan, ct), nowUtc, ct)).Document;
    }

    /// <summary>The document with the assessments and goals it was built from, for a page that needs them too (without loading them again).</summary>
    public static async Task<PlanSources> LoadAsync(CitizenRows citizen, PlanRows plan, DateTime nowUtc, CancellationToken ct)
    {
        var db = citizen.Context;
        // One connection for the whole load rather than one per query (a no-op when the request already holds it open).
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var template = plan.Template;
            var assessments = await plan.Assessments.ToListAsync(ct);
            var methods = await plan.Methods.OrderBy(m => m.Name).ToListAsync(ct);
            var dpu = await plan.DpuEntries.OrderByDescending(d => d.MadeOn).ToListAsync(ct);
            // The wordings' categories come in the same query (a join), so the page reads no more often than before.
            var purposes = await citizen.Purposes.Include(p => p.Revisions).ThenInclude(r => r.Category).ToListAsync(ct);
            // Goals, then their interventions and collaborators keyed by the plan, joined here: EF's no-tracking Include
            // builds its fix-up delegates on every execution, which cost more than the extra query (bench/README.md).
            var goals = await plan.Goals.OrderBy(g => g.StartOn).ThenBy(g => g.CreatedUtc).ToListAsync(ct);
            var interventions = (await plan.Interventions.OrderBy(i => i.Id).ToListAsync(ct)).ToLookup(i => i.GoalId);
            var collaborators = (await plan.Collaborators.ToListAsync(ct)).ToLookup(c => c.GoalId);
            foreach (var goal in goals)
            {
                goal.Interventions = [.. interventions[goal.Id]];
                goal.Collaborators = [.. collaborators[goal.Id]];
            }

            var scales = await plan.ScalesOfGoals.Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
            var latestEvaluations = await LatestEvaluationsAsync(db, citizen, plan.Plan.Id, ct);
            var themeEvaluations = await LatestThemeEvaluationsAsync(db, citizen, plan.Plan.Id, ct);
            var fromEarlierTemplate = assessments.Any(a => template.Themes.All(t => t.Key != a.ThemeKey));
            var earlierThemes = fromEarlierTemplate ? await EarlierThemesAsync(db, plan.OfferId, ct) : [];

            var document = PlanDocumentBuilder.Build(new PlanDocumentData(
                citizen.Citizen, plan.Plan, template, plan.TemplateKind, plan.TemplateName, assessments, methods, dpu, purposes, goals, scales,
                latestEvaluations, themeEvaluations, earlierThemes, nowUtc));
            return new PlanSources(document, assessments, goals, purposes);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Only the newest evaluation of each goal, and only what the plan shows of it.</summary>
    private static async Task<Dictionary<Guid, PlanDocument.EvaluationView>> LatestEvaluationsAsync(AppDbContext db, CitizenRows citizen, Guid planId, CancellationToken ct) =>
        (await citizen.Evaluations
                // Keyed by the row at hand (the filters are off for the whole query): the plan's goals, the same goal's evaluations.
                .Where(e => db.Goals.Any(g => g.Id == e.GoalId && g.PlanId == planId) && !db.Evaluations.Any(o => o.GoalId == e.GoalId
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
    private static async Task<Dictionary<string, PlanDocument.ThemeEvaluationView>> LatestThemeEvaluationsAsync(AppDbContext db, CitizenRows citizen, Guid planId, CancellationToken ct)
    {
        var rows = await citizen.ThemeEvaluations
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
