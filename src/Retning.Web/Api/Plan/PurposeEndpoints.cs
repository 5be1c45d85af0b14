using Retning.Web.Api.Auth;
using Retning.Web.Api.Http;

namespace Retning.Web.Api.Plan;

/// <summary>
/// <c>/api/v1/borgere/{id}/formaal</c>: the municipality's purposes for the citizen with every wording, as the purposes
/// page shows them (docs/domain.md, "Purposes"). Read on the verified citizen's rows (docs/adr/0002); one Read audit row.
/// </summary>
public static class PurposeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/borgere/{id:guid}/formaal", ListAsync).WithName("ListPurposes").WithTags("Plan")
            .WithSummary("Borgerens formål")
            .WithDescription("Formålene med indsatsen fra kommunens handleplan eller bestilling, hver med den gældende formulering og alle tidligere "
                             + "(nyeste først), modtagelsesdato, kilde og formålskategori med FFB-kode. Tekster kun med ret til fritekst.")
            .Produces<PurposeList>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(Guid id, CitizenAccessService access, AuditLog audit, CurrentUser me, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (await access.FindVerifiedAsync(id, ct: ct) is not { } verified)
        {
            return ApiProblems.NotFound();
        }

        var purposes = await verified.Rows.Purposes.Include(p => p.Revisions).ThenInclude(r => r.Category)
            .OrderBy(p => p.Title).ThenBy(p => p.Id).ToListAsync(ct);
        var text = ApiText.For(me);
        await audit.RecordAsync(AuditAction.Read, id, "API: formål", $"kanal=api; formål={purposes.Count}", ct);
        return TypedResults.Ok(new PurposeList([.. purposes.Select(p => PurposeResource.Of(p, text))]));
    }
}
