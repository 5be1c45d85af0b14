using System.ComponentModel;
using Retning.Domain.ApiClients;

namespace Retning.Web.Api.Auth;

/// <summary>
/// GET /api/v1/mig: who is calling, which departments they reach and with which rights. Reads no
/// citizen data (so no audit row); lets an integrator check a new client before calling for data.
/// </summary>
public static class MeEndpoint
{
    [Description("Den, der kalder: en API-klient eller en medarbejder med sin login-session.")]
    public sealed record Me(
        [property: Description("\"api-klient\" eller \"medarbejder\".")] string Kind,
        [property: Description("Klientens eller medarbejderens faste id (UUID); det id, logningen navngiver kalderen med.")] Guid Id,
        [property: Description("Klientens eller medarbejderens navn.")] string Name,
        [property: Description("Klientens client_id til /api/token; null for en medarbejder.")] string? ClientId,
        [property: Description("De afdelinger, hvis borgere kalderen når.")] IReadOnlyList<DepartmentDto> Departments,
        [property: Description("Klientens rettigheder (\"læse\", \"skrive\", \"fritekst\"); for en medarbejder \"efter roller\".")] IReadOnlyList<string> Rights);

    [Description("En afdeling, kalderen når.")]
    public sealed record DepartmentDto(
        [property: Description("Afdelingens id (UUID).")] Guid Id,
        [property: Description("Afdelingens navn.")] string Name,
        [property: Description("Tilbuddets navn.")] string Offer);

    public static IEndpointRouteBuilder MapRetningMe(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiPaths.Me, GetAsync).RequireAuthorization(ApiPolicies.Read).WithName("GetMe").WithTags("Kalder")
            .WithSummary("Hvem kalder")
            .WithDescription("Kalderens navn, de afdelinger, kalderen når, og rettighederne. Læser ingen borgerdata. "
                             + "Brug det til at kontrollere en ny klient, før den henter data.")
            .Produces<Me>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests); // rate-limited like every /api call (ApiRateLimiting)
        return app;
    }

    private static async Task<Me> GetAsync(CurrentUser user, AppDbContext db, CancellationToken ct)
    {
        var ids = user.VisibleDepartmentIds.ToList();
        var departments = await db.Departments.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .OrderBy(d => d.Offer!.Name).ThenBy(d => d.Name)
            .Select(d => new DepartmentDto(d.Id, d.Name, d.Offer!.Name))
            .ToListAsync(ct);
        if (user.ApiClient is { } client)
        {
            return new Me("api-klient", client.Id, client.Name, client.ClientId, departments, RightsOf(client.Rights));
        }

        // A staff member's rights in a department are their roles' (CitizenRight), as on the pages.
        return new Me("medarbejder", user.Id!.Value, user.FullName, null, departments, ["efter roller"]);
    }

    private static List<string> RightsOf(ApiRights rights) =>
        [.. new[] { (ApiRights.Read, "læse"), (ApiRights.Write, "skrive"), (ApiRights.Text, "fritekst") }
            .Where(r => rights.HasFlag(r.Item1)).Select(r => r.Item2)];
}
