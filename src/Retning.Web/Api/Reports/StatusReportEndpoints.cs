using Retning.Web.Api.Auth;
using Retning.Web.Api.Http;

namespace Retning.Web.Api.Reports;

/// <summary>
/// <c>/api/v1/borgere/{id}/statusrapporter</c>: a citizen's status reports to the municipality, approved revisions only
/// (docs/domain.md, "Status"; a draft never leaves through the API), and one revision's content as it was approved.
/// Scoping and audit as the status pages: a citizen outside the caller's departments is 404 (denial audited); one
/// Read row per call. The content is free text: an API client needs the text right (docs/adr/0017).
/// </summary>
public static class StatusReportEndpoints
{
    public const string Tag = "Statusrapporter";

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/borgere/{id:guid}/statusrapporter", ListAsync).WithName("ListStatusReports").WithTags(Tag)
            .WithSummary("Borgerens godkendte statusrapporter")
            .WithDescription("Hver godkendt version af borgerens statusrapporter til kommunen med versionsnummer, periode, statusdato og "
                             + "hvem der godkendte hvornår. Kladder og statusser, der venter på godkendelse, er aldrig med. "
                             + "En borger uden for dine afdelinger giver 404, og forsøget logges. Kaldet logges som én læsning.")
            .Produces<StatusReportList>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/borgere/{id:guid}/statusrapporter/{reportId:guid}", ReadAsync).WithName("GetStatusReport").WithTags(Tag)
            .WithSummary("Én godkendt statusrapport")
            .WithDescription("Versionens indhold præcis som det blev godkendt (afsnit, formål, mål og delmål med evalueringer og "
                             + "indikatorresultater) – det samme, Word- og PDF-filen laves af. ETag er versionsnummeret. "
                             + "Indholdet er fritekst: en API-klient skal have ret til fritekst (ellers 403).")
            .Produces<StatusReportContent>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(
        [System.ComponentModel.Description("Borgerens id (UUID).")] Guid id,
        CitizenAccessService access, AppDbContext db, AuditLog audit, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (await access.FindAsync(id, ct: ct) is null)
        {
            return ApiProblems.NotFound();
        }

        var approved = await ApprovedStatusRevisions.ListAsync(db, id, ct);
        await audit.RecordAsync(AuditAction.Read, id, "API: statusrapporter", $"kanal=api; viste={approved.Count}", ct);
        return TypedResults.Ok(new StatusReportList([.. approved.Select(a => ApprovedStatusRevisions.Item(a, approved))]));
    }

    private static async Task<IResult> ReadAsync(
        [System.ComponentModel.Description("Borgerens id (UUID).")] Guid id,
        [System.ComponentModel.Description("Den godkendte versions id (id fra listen over statusrapporter).")] Guid reportId,
        CitizenAccessService access, AppDbContext db, AuditLog audit, CurrentUser me, HttpContext http)
    {
        var (found, refusal) = await FindAsync(id, reportId, access, db, me, http.RequestAborted);
        if (found is null)
        {
            return refusal!;
        }

        await audit.RecordAsync(AuditAction.Read, id, "API: statusrapport", Detail(found), http.RequestAborted);
        ApiETag.Set(http.Response, found.Revision.Number);
        return TypedResults.Ok(ApprovedStatusRevisions.Content(found));
    }

    /// <summary>
    /// The approved revision when the caller may read its text, else the refusal: 404 outside scope (denial audited)
    /// or for no such approved revision of the citizen's, 403 for a client without the text right (audited).
    /// </summary>
    internal static async Task<(ApprovedStatusRevisions.Approved? Found, IResult? Refusal)> FindAsync(
        Guid id, Guid reportId, CitizenAccessService access, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        if (await access.FindAsync(id, ct: ct) is null)
        {
            return (null, ApiProblems.NotFound());
        }

        if (!ApiPolicies.MayReadText(me))
        {
            await access.RecordDeniedAsync(id, "API: statusrapport (klienten har ikke ret til fritekst)", ct);
            return (null, ApiProblems.Forbidden("Statusrapportens indhold er fritekst, og klienten har ikke ret til fritekst."));
        }

        return await ApprovedStatusRevisions.FindAsync(db, id, reportId, ct) is { } found ? (found, null) : (null, ApiProblems.NotFound());
    }

    internal static string Detail(ApprovedStatusRevisions.Approved a) => $"kanal=api; status={a.Report.Id}; version={a.Revision.Number}";
}
