using Hl7.Fhir.Model;

namespace Retning.Interop.Fhir;

/// <summary>The citizen as KL's Citizen profile wants it: the CPR number and the responsible organisation, nothing else.</summary>
internal static class CitizenMapping
{
    public static void Add(ExportContext context)
    {
        var citizen = context.Input.Citizen;
        var patient = new Patient();
        var cpr = Digits(citizen.Cpr);
        if (cpr is null)
        {
            context.Miss(citizen.Id, "Patient.identifier", "Borgerens CPR-nummer mangler eller har ikke 10 cifre; Citizen-profilen kræver det.");
        }
        else
        {
            patient.Identifier.Add(new Identifier(KlFfbProfiles.CprSystem, cpr) { Use = Identifier.IdentifierUse.Official });
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

    /// <summary>The CPR number as ten digits (dk-core's CPR identifier has no dash), or null.</summary>
    private static string? Digits(string? cpr)
    {
        if (cpr is null)
        {
            return null;
        }
        var digits = new string([.. cpr.Where(c => c is not ('-' or ' '))]);
        return digits.Length == 10 && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}
