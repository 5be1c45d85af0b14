using Retning.Domain.Api;
using Retning.Domain.Citizens;
using Retning.Web.Api.Http;

namespace Retning.Web.Api.Citizens;

/// <summary>
/// <c>/api/v1/borgere</c>: the caller's citizens (department scoping as on the pages, ADR 0002), keyset-paged by id,
/// searchable by name and syncable by <c>changedSince</c>; one citizen with its ETag. One audit row per call: a
/// Search row for the list (as the citizen list page, ADR 0003), a Read row for a citizen.
/// </summary>
public static class CitizenEndpoints
{
    public const int MaxSearchLength = 100;

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/borgere", ListAsync).WithName("ListCitizens").WithTags("Borgere")
            .WithSummary("Borgere i dine afdelinger")
            .WithDescription("Borgerne i de afdelinger, du har adgang til (indskrevne og udskrevne), i fast rækkefølge efter id. "
                             + "Side for side med after og limit; q søger i navn; changedSince giver kun borgere, hvis stamdata er ændret siden. "
                             + "Ingen CPR-numre i listen. Kaldet logges som én søgning.")
            .Produces<ApiPage<CitizenListItem>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/borgere/{id:guid}", ReadAsync).WithName("GetCitizen").WithTags("Borgere")
            .WithSummary("Én borger")
            .WithDescription("Borgerens stamdata som på borgerens overblik (CPR-nummer maskeret). ETag er borgerens version. "
                             + "En borger uden for dine afdelinger giver 404, og forsøget logges.")
            .Produces<CitizenDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(
        [System.ComponentModel.Description("Søg i navn (en del af for- eller efternavn, uden forskel på store og små bogstaver).")] string? q,
        [System.ComponentModel.Description("Markøren next fra forrige side; udelad for første side.")] string? after,
        [System.ComponentModel.Description("Antal pr. side, 1–200 (standard 50).")] string? limit,
        [System.ComponentModel.Description("Kun borgere ændret på eller efter dette tidspunkt (ISO 8601 med tidszone).")] string? changedSince,
        AppDbContext db, AuditLog audit, HttpContext http)
    {
        if (ApiPageRequest.TryRead(ApiCursorKind.Citizens, after, limit, changedSince, out var problem) is not { } page)
        {
            return problem!;
        }

        var term = q?.Trim();
        if (term is { Length: > MaxSearchLength })
        {
            return ApiProblems.BadRequest($"q må højst være {MaxSearchLength} tegn.", "q");
        }

        var query = db.Citizens.AsNoTracking();
        if (!string.IsNullOrEmpty(term))
        {
            var lowered = term.ToLowerInvariant();
            query = query.Where(c => c.SearchName.Contains(lowered));
        }

        if (page.ChangedSinceUtc is { } since)
        {
            query = query.Where(c => c.UpdatedUtc >= since);
        }

        if (page.After is { } cursor)
        {
            query = query.Where(c => c.Id.CompareTo(cursor.LastId) > 0);
        }

        var rows = await query.OrderBy(c => c.Id).Take(page.Limit + 1)
            .Select(c => new CitizenListItem(c.Id, c.FirstName, c.LastName, c.BirthDate, c.DepartmentId,
                c.Department!.Offer!.Name + " – " + c.Department.Name, c.EnrolledOn, c.DischargedOn, DateTime.SpecifyKind(c.UpdatedUtc, DateTimeKind.Utc)))
            .ToListAsync(http.RequestAborted);
        var result = page.PageOf(rows, r => r.Id, ApiCursorKind.Citizens, r => r);
        // A CPR number typed into q is stored with its birth-date part only (AuditSearchTerm), as on the citizen list page.
        var criterion = new AuditDetailBuilder().Key("kanal", "api").Key("søgning", AuditSearchTerm.Masked(term) ?? string.Empty)
            .Key("ændret siden", page.ChangedSinceUtc?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "-")
            .Key("side", page.After is null ? "første" : "efter markør").Key("viste", result.Items.Count).ToString();
        await audit.RecordAsync(AuditAction.Search, null, "API: borgerliste", criterion, http.RequestAborted);
        return TypedResults.Ok(result);
    }

    private static async Task<IResult> ReadAsync(Guid id, CitizenAccessService access, AuditLog audit, HttpContext http)
    {
        if (await access.FindAsync(id, ct: http.RequestAborted) is not { } citizen)
        {
            return ApiProblems.NotFound();
        }

        await audit.RecordAsync(AuditAction.Read, id, "API: borger", "kanal=api", http.RequestAborted);
        ApiETag.Set(http.Response, citizen.Version);
        return TypedResults.Ok(Details(citizen));
    }

    public static CitizenDetails Details(Citizen c) => new(
        c.Id, c.FirstName, c.LastName, c.MaskedCpr, c.BirthDate, c.DepartmentId,
        c.Department is { } d ? $"{d.Offer?.Name} – {d.Name}" : string.Empty, c.EnrolledOn, c.DischargedOn,
        c.TargetGroup, c.Category, c.SupportLevel, c.Municipality, c.CaseworkerName, c.CaseworkerEmail, c.CaseworkerPhone,
        c.StatusIntervalMonths, c.Version, DateTime.SpecifyKind(c.UpdatedUtc, DateTimeKind.Utc));
}
