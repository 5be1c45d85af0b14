using Retning.Domain.Citizens;
using Retning.Domain.Plans;

namespace Retning.Documents.Plans;

/// <summary>
/// What a <see cref="PlanDocument"/> is built from: the plan and everything under it, loaded
/// beforehand (by the web project's loader), so building it needs no database.
/// <c>EarlierThemes</c> are the offer's themes by key, for assessments written on an earlier
/// template (empty when there are none). The purposes' wordings come with their categories
/// (docs/domain.md, "Purposes").
/// </summary>
public sealed record PlanDocumentData(
    Citizen Citizen,
    Plan Plan,
    TemplateVersion Template,
    TemplateKind TemplateKind,
    string TemplateName,
    IReadOnlyList<ThemeAssessment> Assessments,
    IReadOnlyList<PlanMethod> Methods,
    IReadOnlyList<DpuEntry> Dpu,
    IReadOnlyList<Purpose> Purposes,
    IReadOnlyList<Goal> Goals,
    IReadOnlyDictionary<Guid, string> ScaleNames,
    IReadOnlyDictionary<Guid, PlanDocument.EvaluationView> LatestEvaluations,
    IReadOnlyDictionary<string, PlanDocument.ThemeEvaluationView> ThemeEvaluations,
    IReadOnlyDictionary<string, TemplateTheme> EarlierThemes,
    DateTime ProducedUtc);

/// <summary>Builds the <see cref="PlanDocument"/> of a citizen's live plan from its loaded parts.</summary>
public static class PlanDocumentBuilder
{
    /// <summary>How the name of a theme from an earlier template begins (<see cref="PlanDocument.ThemeView.InTemplate"/> false).</summary>
    public const string EarlierTemplatePrefix = "Fra tidligere skabelon: ";

    public static PlanDocument Build(PlanDocumentData data)
    {
        var (citizen, plan, template) = (data.Citizen, data.Plan, data.Template);
        var themeNames = template.Themes.ToDictionary(t => t.Key, t => t.Name);
        var purposeTitles = data.Purposes.ToDictionary(p => p.Id, p => p.Title);
        var themes = template.Themes.OrderBy(t => t.Order).Select(t =>
        {
            var a = data.Assessments.FirstOrDefault(x => x.ThemeKey == t.Key);
            return new PlanDocument.ThemeView(t.Key, t.Name, t.HelpText, t.ResourcesLabel, a?.Resources, t.ChallengesLabel, a?.Challenges,
                t.SupportNeedLabel, a?.SupportNeed, InTemplate: true, data.ThemeEvaluations.GetValueOrDefault(t.Key));
        }).ToList();
        // Assessments written on an earlier template (e.g. before the move to the adults' template) stay readable,
        // under the name and sub-headings the offer's templates gave that theme.
        themes.AddRange(data.Assessments.Where(a => !themeNames.ContainsKey(a.ThemeKey)).Select(a =>
        {
            var t = data.EarlierThemes.GetValueOrDefault(a.ThemeKey);
            return new PlanDocument.ThemeView(a.ThemeKey, $"{EarlierTemplatePrefix}{t?.Name ?? a.ThemeKey}", null,
                t?.ResourcesLabel ?? "Ressourcer", a.Resources, t?.ChallengesLabel ?? "Udfordringer", a.Challenges,
                t?.SupportNeedLabel ?? "Behov for støtte og indsats", a.SupportNeed, InTemplate: false, data.ThemeEvaluations.GetValueOrDefault(a.ThemeKey));
        }).OrderBy(v => v.Name, StringComparer.Ordinal));

        // Each goal's sub-goals in the goals' order, found once rather than by a scan of all goals per goal.
        var subGoalsOf = data.Goals.Where(g => g.ParentGoalId is not null).ToLookup(g => g.ParentGoalId!.Value);
        PlanDocument.GoalView View(Goal g) => new(
            g.Id, themeNames.GetValueOrDefault(g.ThemeKey, g.ThemeKey), g.PurposeId is { } pid ? purposeTitles.GetValueOrDefault(pid) : null,
            g.Text, g.Rationale, g.Type.Danish(), g.State.Danish(), g.StartOn, g.EndOn, g.EvaluationIntervalMonths, g.NextEvaluationOn,
            g.CitizenParticipation, g.Measure, g.IndicatorScaleId is { } sid ? data.ScaleNames.GetValueOrDefault(sid) : null, g.ScoringFrequency?.Danish(),
            [.. g.Interventions.Select(i => new PlanDocument.InterventionView(i.What, i.HowOften, i.Who))],
            [.. g.Collaborators.Select(c => new PlanDocument.CollaboratorView(c.Kind.Danish(), c.Name, c.HowTheyTakePart))],
            [.. subGoalsOf[g.Id].Select(View)],
            data.LatestEvaluations.GetValueOrDefault(g.Id));

        return new PlanDocument(
            citizen.FullName, citizen.MaskedCpr, citizen.BirthDate,
            citizen.Department is { } d ? $"{d.Offer?.Name} – {d.Name}" : string.Empty,
            data.TemplateKind, data.TemplateName, template.Number, plan.RevisionOn, data.ProducedUtc,
            [.. data.Purposes.OrderBy(p => p.Title).Select(p =>
            {
                var current = p.Current;
                return new PlanDocument.PurposeView(p.Id, p.Title, current?.Text, current?.ReceivedOn, current?.Source.Danish(), p.Revisions.Count,
                    PurposeCategoryRules.Describe(current?.Category?.Name));
            })],
            citizen.TargetGroup, citizen.Category, citizen.SupportLevel, plan.OfferAdditions,
            plan.CitizenPerspective, plan.NoWishes, plan.Participation,
            themes,
            [.. data.Methods.Select(m => new PlanDocument.MethodView(m.Name, m.HowPractised))], plan.ApproachesText,
            new PlanDocument.CompassView(plan.SympatheticComfort, plan.SympatheticDiscomfort, plan.ParasympatheticComfort, plan.ParasympatheticDiscomfort, plan.CompassUpdatedOn),
            [.. data.Dpu.Select(x => new PlanDocument.DpuView(x.MadeOn, x.Summary))],
            [.. data.Goals.Where(g => !g.IsSubGoal).Select(View)]);
    }
}
