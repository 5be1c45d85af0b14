using Hl7.Fhir.Model;

namespace Retning.Interop.Fhir;

/// <summary>The plan as KL's CarePlan, with its service performer (CareTeam) and next follow-up (Encounter).</summary>
internal static class CarePlanMapping
{
    private const string ActCodeSystem = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    public static void Add(ExportContext context, List<(Guid Id, int Rank)> targetGroups, List<Guid> goals, Guid? newestScore)
    {
        var plan = context.Input.Plan;
        var carePlan = new CarePlan
        {
            // The individual plan is the provider's plan, not the municipality's order (intent order
            // would bind it to the profile's order invariants about target groups and follow-up).
            Status = plan.End is null ? RequestStatus.Active : RequestStatus.Completed,
            Intent = CarePlan.CarePlanIntent.Plan,
            Subject = context.Citizen,
            Period = new Period
            {
                Start = FhirIds.Date(plan.Start),
                End = plan.End is { } end ? FhirIds.Date(end) : null,
            },
        };

        if (string.IsNullOrWhiteSpace(plan.CaseNumber) || string.IsNullOrWhiteSpace(plan.CaseNumberSystem))
        {
            context.Miss(plan.Id, "CarePlan.extension[municipalityCaseNumber]", "Kommunens sagsnummer mangler; CarePlan-profilen kræver det.");
        }
        else
        {
            var caseNumber = new Extension { Url = KlFfbProfiles.MunicipalityCaseNumberExtension };
            caseNumber.Extension.Add(new Extension("municipalitySpecific",
                new Identifier(plan.CaseNumberSystem, plan.CaseNumber) { Use = Identifier.IdentifierUse.Usual }));
            carePlan.Extension.Add(caseNumber);
        }

        if (plan.NextFollowUpOn is { } followUpOn)
        {
            var encounterId = FhirIds.Derive(plan.Id, "follow-up-encounter");
            var encounter = new Encounter
            {
                Status = Encounter.EncounterStatus.Planned,
                Class = new Coding(ActCodeSystem, "HH"),
                Type = [new CodeableConcept(KlFfbProfiles.KlCommonSystem, KlFfbProfiles.FollowUpEncounterTypeCode)],
                Subject = context.Citizen,
                Period = new Period { Start = FhirIds.Date(followUpOn) },
            };
            context.Add(encounter, encounterId, KlFfbProfiles.FollowUpEncounter);
            carePlan.Extension.Add(new Extension(KlFfbProfiles.FollowUpDateExtension, FhirIds.Reference(encounterId)));
        }

        if (plan.Service is null)
        {
            context.Miss(plan.Id, "CarePlan.careTeam", "Tilbuddets ydelse har ingen FFB-kode; leverandøren (ServicePerformer) er udeladt.");
        }
        else
        {
            var teamId = FhirIds.Derive(plan.Id, "service-performer");
            context.Add(new CareTeam { Category = [plan.Service.ToConcept()], Subject = context.Citizen }, teamId, KlFfbProfiles.ServicePerformer);
            carePlan.CareTeam.Add(FhirIds.Reference(teamId));
        }

        foreach (var (id, rank) in targetGroups)
        {
            var addresses = FhirIds.Reference(id);
            addresses.Extension.Add(ConditionMapping.Rank(rank));
            carePlan.Addresses.Add(addresses);
        }
        carePlan.Goal.AddRange(goals.Select(FhirIds.Reference));
        if (newestScore is { } scoreId)
        {
            carePlan.Activity.Add(new CarePlan.ActivityComponent { OutcomeReference = [FhirIds.Reference(scoreId)] });
        }

        context.AddText(carePlan, plan.Texts);
        context.Add(carePlan, plan.Id, KlFfbProfiles.CarePlan);
    }
}
