using Hl7.Fhir.Model;

namespace Retning.Interop.Fhir;

/// <summary>
/// Support-need scores as CareEvaluations (støttebehovsvurdering) and evaluation decisions as
/// FollowUps on the CarePlan. Neither profile can point at the sub-goal or goal (docs/fhir.md).
/// </summary>
internal static class ObservationMapping
{
    /// <returns>The id of the newest CareEvaluation added, for the CarePlan's activity.outcomeReference.</returns>
    public static Guid? AddScores(ExportContext context)
    {
        Guid? newest = null;
        var newestOn = DateOnly.MinValue;
        foreach (var score in context.Input.Scores)
        {
            if (score.Level is null)
            {
                context.Miss(score.Id, "Observation.valueCodeableConcept", $"Scoren '{score.LevelLabel}' har ingen FFB-støttebehovskode; scoren er udeladt.");
                continue;
            }
            var observation = new Observation
            {
                Status = ObservationStatus.Final,
                Code = new CodeableConcept { Coding = [new Coding(KlFfbProfiles.KlCommonSystem, KlFfbProfiles.SupportNeedAssessmentCode, "FFB støttebehovsvurdering")] },
                Subject = context.Citizen,
                Value = score.Level.ToConcept(),
                Effective = FhirIds.DateTime(score.ScoredOn),
            };
            context.AddText(observation, [new FhirText("Note", score.Note)]);
            context.Add(observation, score.Id, KlFfbProfiles.CareEvaluation);
            if (newest is null || score.ScoredOn >= newestOn)
            {
                newest = score.Id;
                newestOn = score.ScoredOn;
            }
        }
        return newest;
    }

    public static void AddEvaluations(ExportContext context)
    {
        foreach (var evaluation in context.Input.Evaluations)
        {
            if (evaluation.Decision is null)
            {
                context.Miss(evaluation.Id, "Observation.valueCodeableConcept", $"Beslutningen '{evaluation.DecisionLabel}' har ingen FFB-opfølgningskode; evalueringen er udeladt.");
                continue;
            }
            var observation = new Observation
            {
                Status = ObservationStatus.Final,
                Code = new CodeableConcept(KlFfbProfiles.SnomedSystem, KlFfbProfiles.FollowUpSnomed),
                Subject = context.Citizen,
                Focus = [FhirIds.Reference(context.Input.Plan.Id)],
                Value = evaluation.Decision.ToConcept(),
                Effective = FhirIds.DateTime(evaluation.EvaluatedOn),
            };
            context.AddText(observation, evaluation.Texts);
            context.Add(observation, evaluation.Id, KlFfbProfiles.FollowUp);
        }
    }
}
