using Retning.Interop.Fhir;
using Retning.Web.Api.Auth;
using Retning.Web.Api.Http;
using Retning.Web.Services.Fhir;

namespace Retning.Web.Api.Fhir;

/// <summary>
/// <c>/api/v1/borgere/{id}/fhir</c>: the citizen's plan as a FHIR R4 Bundle in KL's FFB reporting shapes
/// (docs/adr/0019-fhir-export.md, docs/fhir.md). Free text only when the caller may read it (<see cref="ApiText"/>);
/// what did not fit the profiles is counted and named in response headers, never in the Bundle (it must stay valid FHIR).
/// One Export audit row per call, saying whether text was included and how many resources left.
/// </summary>
public static class FhirEndpoints
{
    /// <summary>How many items of the plan the Bundle could not carry (<see cref="FhirPlanExportResult.Unmapped"/>).</summary>
    public const string UnmappedCountHeader = "Retning-Fhir-Unmapped";

    /// <summary>The distinct FHIR elements they concern, e.g. <c>Patient.managingOrganization</c> (no free text: paths only).</summary>
    public const string UnmappedElementsHeader = "Retning-Fhir-Unmapped-Elements";

    public const string AuditSubject = "API: FHIR-eksport";

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/borgere/{id:guid}/fhir", ExportAsync).WithName("ExportPlanFhir").WithTags("FHIR")
            .WithSummary("Borgerens plan som FHIR R4")
            .WithDescription("Borgerens plan som en FHIR R4 Bundle (type collection, application/fhir+json) i formen fra KL's FFB-indberetningsprofiler "
                             + "(hl7dk/kl-ffb-reporting 1.0.0): Bundle " + KlFfbProfiles.DeliveryReport + ", borger " + KlFfbProfiles.Citizen
                             + ", plan " + KlFfbProfiles.CarePlan + ", mål og delmål " + KlFfbProfiles.InterventionGoal
                             + ", tema " + KlFfbProfiles.Condition + ", målgruppe " + KlFfbProfiles.TargetGroup
                             + ", støttebehovsscore " + KlFfbProfiles.CareEvaluation + ", evaluering " + KlFfbProfiles.FollowUp
                             + ", næste opfølgning " + KlFfbProfiles.FollowUpEncounter + " og ydelse " + KlFfbProfiles.ServicePerformer + ". "
                             + "Temaer, måltyper, scorer og beslutninger har FFB-koder (urn:oid:1.2.208.176.2.22). Bundlen indeholder borgerens CPR-nummer. "
                             + "Fritekst (målenes ordlyd, temavurderinger, noter og evalueringernes tekster) kommer kun med, når kalderen må læse tekst: "
                             + "en API-klient med retten tekst, eller en medarbejder, der må læse borgerens dagbog. Ellers kun strukturerede data og koder. "
                             + "Det, profilerne ikke kan rumme, tælles i svarets header " + UnmappedCountHeader + " og nævnes som FHIR-elementer i "
                             + UnmappedElementsHeader + " (se docs/fhir.md). En borger uden plan giver 404; en borger uden for dine afdelinger giver 404, "
                             + "og forsøget logges. Hver eksport logges.")
            .Produces<object>(StatusCodes.Status200OK, FhirJson.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ExportAsync(Guid id, CitizenAccessService access, FhirPlanSource source, CurrentUser me, AuditLog audit, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (await access.FindAsync(id, ct: ct) is not { } citizen)
        {
            return ApiProblems.NotFound();
        }

        // A staff member who found the citizen has a role that opens them (so their texts); a client needs the text right.
        var includeText = ApiText.For(me).Allowed;
        if (await source.LoadAsync(citizen, ct) is not { } input)
        {
            await audit.RecordAsync(AuditAction.Export, id, AuditSubject, Detail(includeText, resources: 0, unmapped: 0, hasPlan: false), ct);
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "Borgeren har endnu ingen plan, så der er intet at eksportere.");
        }

        var result = FhirPlanExport.Export(input, includeText);
        var json = FhirJson.Serialize(result.Bundle);
        await audit.RecordAsync(AuditAction.Export, id, AuditSubject, Detail(includeText, result.Bundle.Entry.Count, result.Unmapped.Count, hasPlan: true), ct);
        http.Response.Headers[UnmappedCountHeader] = result.Unmapped.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (result.Unmapped.Count > 0)
        {
            http.Response.Headers[UnmappedElementsHeader] = string.Join(", ", result.Unmapped.Select(u => u.Element).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        }

        return TypedResults.Text(json, FhirJson.MediaType, System.Text.Encoding.UTF8);
    }

    private static string Detail(bool includeText, int resources, int unmapped, bool hasPlan) =>
        new AuditDetailBuilder().Key("kanal", "api").Key("format", "FHIR R4").Key("plan", hasPlan ? "ja" : "ingen")
            .Key("fritekst", includeText ? "med" : "uden").Key("ressourcer", resources).Key("ikke overført", unmapped).ToString();
}
