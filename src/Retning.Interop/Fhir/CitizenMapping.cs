using Hl7.Fhir.Model;
using Retning.Domain.Citizens;

namespace Retning.Interop.Fhir;

/// <summary>The citizen as KL's Citizen profile wants it: the CPR number and the responsible organisation, nothing else.</summary>
internal static class CitizenMapping
{
    public static void Add(ExportContext context)
    {
        var citizen = context.Input.Citizen;
        var patient = new Patient();
        // dk-core's CPR identifier holds the ten digits without a dash; Retning's own CPR rules decide what is valid.
        if (!Cpr.TryParse(citizen.Cpr, out var cpr, out _))
        {
            context.Miss(citizen.Id, "Patient.identifier", "Borgerens CPR-nummer mangler eller er ugyldigt; Citizen-profilen kræver det.");
        }
        else
        {
            patient.Identifier.Add(new Identifier(KlFfbProfiles.CprSystem, cpr.Digits) { Use = Identifier.IdentifierUse.Official });
        }
        if (string.IsNullOrWhiteSpace(citizen.KombitOrganisationId))
        {
            context.Miss(citizen.Id, "Patient.managingOrganization", "Den ansvarlige organisations KOMBIT STS-id mangler; Citizen-profilen kræver det.");
        }
        else
        {
            patient.ManagingOrganization = new ResourceReference
            {
                Identifier = new Identifier(KlFfbProfiles.KombitOrganisationSystem, citizen.KombitOrganisationId.Trim())
                {
                    Use = Identifier.IdentifierUse.Official,
                },
            };
        }
        context.Add(patient, citizen.Id, KlFfbProfiles.Citizen);
    }
}
