using Retning.Domain.Citizens;
using Retning.Domain.Plans;
using Retning.Interop.Fhir;
using Retning.Web.Services.Vocabulary;

namespace Retning.Web.Services.Fhir;

/// <summary>
/// Fills the FHIR export's input for one citizen's plan (docs/fhir.md, "Filling the input"; docs/adr/0019-fhir-export.md)
/// through the caller's department scope: the plan, its themes and goals with their FFB codes (one resolver for the plan:
/// docs/adr/0018-ffb-vocabulary.md), the newest score of each sub-goal and every evaluation. Never all of a citizen's
/// notes: one scored note per sub-goal, read by the (SubGoalId, ObservedOn) index. The caller writes the audit row.
/// </summary>
public sealed class FhirPlanSource(AppDbContext db, FfbCodeLookup ffb, TimeProvider clock)
{
    /// <summary>The input for the citizen's plan, or null when no plan is made yet.</summary>
    public async Task<FhirPlanInput?> LoadAsync(Citizen citizen, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().AsSplitQuery()
            .Include(p => p.TemplateVersion).Include(p => p.Assessments).Include(p => p.Goals).Include(p => p.Periods)
            .FirstOrDefaultAsync(p => p.CitizenId == citizen.Id, ct);
        if (plan?.TemplateVersion is not { } template)
        {
            return null;
        }

        var kind = await db.PlanTemplates.AsNoTracking().Where(t => t.Id == template.TemplateId).Select(t => t.Kind).FirstAsync(ct);
        var scaleIds = plan.Goals.Where(g => g.IndicatorScaleId != null).Select(g => g.IndicatorScaleId!.Value).Distinct().ToList();
        var resolver = await ffb.ResolverAsync([template.TemplateId], scaleIds, ct);
        var themeNames = template.Themes.ToDictionary(t => t.Key, t => t.Name, StringComparer.Ordinal);
        var scores = await FhirPlanScores.NewestAsync(db, plan.Goals, resolver, ct);
        var goalIds = plan.Goals.Select(g => g.Id).ToList();
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => goalIds.Contains(e.GoalId)).OrderBy(e => e.EvaluatedOn).ToListAsync(ct);

        return new FhirPlanInput
        {
            Citizen = new FhirCitizenInput(citizen.Id, citizen.CprDigits, KombitOrganisationId: null),
            Plan = new FhirCarePlanInput(plan.Id,
                Start: plan.Periods.Count > 0 ? plan.Periods.Min(p => p.StartedOn) : citizen.EnrolledOn,
                End: citizen.DischargedOn, CaseNumberSystem: null, CaseNumber: null,
                NextFollowUpOn: plan.Goals.Where(g => g.State == GoalState.Active).Min(g => g.NextEvaluationOn),
                Service: null,
                Texts: Texts(("Borgerens perspektiv", plan.CitizenPerspective), ("Borgerens deltagelse", plan.Participation),
                    ("Tilbuddets tilføjelser til formålet", plan.OfferAdditions), ("Tilgange og metoder", plan.ApproachesText))),
            Themes = [.. plan.Assessments.Select(a => new FhirThemeInput(a.Id, a.ThemeKey, themeNames.GetValueOrDefault(a.ThemeKey, a.ThemeKey),
                DateOnly.FromDateTime(a.UpdatedUtc), resolver.Theme(kind, template.TemplateId, a.ThemeKey), Severity: null,
                Texts(("Ressourcer", a.Resources), ("Udfordringer", a.Challenges), ("Støttebehov", a.SupportNeed))))],
            Goals = [.. plan.Goals.Where(g => g.ParentGoalId == null).OrderBy(g => g.StartOn).Select(g => Goal(g, resolver) with
            {
                SubGoals = [.. plan.Goals.Where(s => s.ParentGoalId == g.Id).OrderBy(s => s.StartOn).Select(s => Goal(s, resolver))],
            })],
            Scores = scores,
            Evaluations = [.. evaluations.Select(e => new FhirEvaluationInput(e.Id, e.GoalId, e.EvaluatedOn, resolver.Decision(e.Decision),
                Domain.Evaluations.EvaluationDecisionText.Danish(e.Decision),
                Texts(("Borgerens inddragelse", e.CitizenInvolvement), ("Kvalitativ vurdering", e.Qualitative), ("Kvantitativ kommentar", e.QuantitativeComment))))],
            ExportedAt = clock.GetUtcNow(),
        };
    }

    private static FhirGoalInput Goal(Goal goal, Domain.Vocabulary.FfbResolver resolver) =>
        new(goal.Id, goal.ThemeKey, goal.State, goal.EndOn, resolver.GoalType(goal.Type), TargetLevel: null, goal.Text,
            Texts(("Begrundelse", goal.Rationale), ("Borgerens deltagelse", goal.CitizenParticipation), ("Sådan måles det", goal.Measure)));

    private static List<FhirText> Texts(params (string Heading, string? Text)[] texts) =>
        [.. texts.Where(t => !string.IsNullOrWhiteSpace(t.Text)).Select(t => new FhirText(t.Heading, t.Text))];
}
