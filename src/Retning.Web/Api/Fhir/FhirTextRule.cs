using Retning.Domain.Access;
using Retning.Domain.Organisation;
using Retning.Web.Api.Auth;

namespace Retning.Web.Api.Fhir;

/// <summary>
/// Whether the FHIR export carries free text (docs/fhir.md, "Who gets free text"): an API client only with the
/// "text" right (<see cref="ApiPolicies.MayReadText"/>); a staff member when the pages would show them the same
/// texts, i.e. when a role of theirs in the citizen's department opens the citizen's diary and plan (every role
/// that gives citizen access does: care worker, leaders, quality officer).
/// </summary>
public static class FhirTextRule
{
    public static bool Includes(CurrentUser me, IReadOnlySet<StaffRole> rolesInCitizensDepartment)
    {
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(rolesInCitizensDepartment);
        return me.ApiClient is not null
            ? ApiPolicies.MayReadText(me)
            : rolesInCitizensDepartment.Any(CitizenAccess.GivesCitizenAccess);
    }
}
