using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Citizens;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Planer;

/// <summary>A plan document with the theme assessments and goals (sub-goals included) it was built from.</summary>
public sealed record PlanSources(PlanDocument Document, IReadOnlyList<ThemeAssessment> Assessments, IReadOnlyList<Goal> Goals);

/// <summary>Builds the <see cref="PlanDocument"/> of a citizen's live plan, in a few queries.</summary>
public static class PlanDocumentBuilder
{
    /// <summary>How the name of a theme from an earlier template begins (<see cref="PlanDocument.ThemeView.InTemplate"/> false).</summary>
    public const string EarlierTemplatePrefix = "Fra tidligere skabelon: ";

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
        var goalIds = goals.Select(g => g.Id).ToList();
        // Only the newest evaluation of each goal, and only what the plan shows of it.
        var latestEvaluations = (await db.Evaluations.AsNoTracking()
                .Where(e => goalIds.Contains(e.GoalId) && !db.Evaluations.Any(o => o.GoalId == e.GoalId
                    && (o.EvaluatedOn > e.EvaluatedOn || o.EvaluatedOn == e.EvaluatedOn && o.CreatedUtc > e.CreatedUtc)))
                .Select(e => new { e.Id, e.GoalId, e.EvaluatedOn, e.Decision, e.Qualitative, e.NextEvaluationOn, e.PlanRevisionNeeded })
                .ToListAsync(ct))
            // Two evaluations of a goal saved in the same instant on the same day both pass the filter: one wins, the same every time.
            .GroupBy(e => e.GoalId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Id)!);
        var themeEvaluations = await LatestThemeEvaluationsAsync(db, plan.Id, ct);

        var themeNames = template.Themes.ToDictionary(t => t.Key, t => t.Name);
        var purposeTitles = purposes.ToDictionary(p => p.Id, p => p.Title);
        var themes = template.Themes.OrderBy(t => t.Order).Select(t =>
        {
            var a = assessments.FirstOrDefault(x => x.ThemeKey == t.Key);
            return new PlanDocument.ThemeView(t.Key, t.Name, t.HelpText, t.ResourcesLabel, a?.Resources, t.ChallengesLabel, a?.Challenges,
                t.SupportNeedLabel, a?.SupportNeed, InTemplate: true, themeEvaluations.GetValueOrDefault(t.Key));
        }).ToList();
        // Assessments written on an earlier template (e.g. before the move to the adults' template) stay readable,
        // under the name and sub-headings the offer's templates gave that theme.
        var earlier = assessments.Where(a => !themeNames.ContainsKey(a.ThemeKey)).ToList();
        var earlierThemes = earlier.Count == 0 ? [] : await EarlierThemesAsync(db, templateKind.OfferId, ct);
        themes.AddRange(earlier.Select(a =>
        {
            var t = earlierThemes.GetValueOrDefault(a.ThemeKey);
            return new PlanDocument.ThemeView(a.ThemeKey, $"{EarlierTemplatePrefix}{t?.Name ?? a.ThemeKey}", null,
                t?.ResourcesLabel ?? "Ressourcer", a.Resources, t?.ChallengesLabel ?? "Udfordringer", a.Challenges,
                t?.SupportNeedLabel ?? "Behov for støtte og indsats", a.SupportNeed, InTemplate: false, themeEvaluations.GetValueOrDefault(a.ThemeKey));
        }).OrderBy(v => v.Name, StringComparer.Ordinal));

        PlanDocument.GoalView View(Goal g) => new(
            g.Id, themeNames.GetValueOrDefault(g.ThemeKey, g.ThemeKey), g.PurposeId is { } pid ? purposeTitles.GetValueOrDefault(pid) : null,
            g.Text, g.Rationale, g.Type.Danish(), g.State.Danish(), g.StartOn, g.EndOn, g.EvaluationIntervalMonths, g.NextEvaluationOn,
            g.CitizenParticipation, g.Measure, g.IndicatorScaleId is { } sid ? scales.GetValueOrDefault(sid) : null, g.ScoringFrequency?.Danish(),
            [.. g.Interventions.Select(i => new PlanDocument.InterventionView(i.What, i.HowOften, i.Who))],
            [.. g.Collaborators.Select(c => new PlanDocument.CollaboratorView(c.Kind.Danish(), c.Name, c.HowTheyTakePart))],
            [.. goals.Where(s => s.ParentGoalId == g.Id).Select(View)],
            latestEvaluations.TryGetValue(g.Id, out var e)
                ? new PlanDocument.EvaluationView(e.EvaluatedOn, e.Decision.Danish(), e.Qualitative, e.NextEvaluationOn, e.PlanRevisionNeeded, e.Id)
                : null);

        var document = new PlanDocument(
            citizen.FullName, citizen.MaskedCpr, citizen.BirthDate,
            citizen.Department is { } d ? $"{d.Offer?.Name} – {d.Name}" : string.Empty,
            templateKind.Kind, templateKind.Name, template.Number, plan.RevisionOn, nowUtc,
            [.. purposes.OrderBy(p => p.Title).Select(p =>
            {
                var current = p.Current;
                return new PlanDocument.PurposeView(p.Id, p.Title, current?.Text, current?.ReceivedOn, current?.Source.Danish(), p.Revisions.Count);
            })],
            citizen.TargetGroup, citizen.Category, citizen.SupportLevel, plan.OfferAdditions,
            plan.CitizenPerspective, plan.NoWishes, plan.Participation,
            themes,
            [.. methods.Select(m => new PlanDocument.MethodView(m.Name, m.HowPractised))], plan.ApproachesText,
            new PlanDocument.CompassView(plan.SympatheticComfort, plan.SympatheticDiscomfort, plan.ParasympatheticComfort, plan.ParasympatheticDiscomfort, plan.CompassUpdatedOn),
            [.. dpu.Select(x => new PlanDocument.DpuView(x.MadeOn, x.Summary))],
            [.. goals.Where(g => !g.IsSubGoal).Select(View)]);
        return new PlanSources(document, assessments, goals);
    }
}
