using Retning.Domain.ApiClients;

namespace Retning.Web.Api.Auth;

/// <summary>
/// GET /api/v1/mig: who is calling, which departments they reach and with which rights. Reads no
/// citizen data (so no audit row); lets an integrator check a new client before calling for data.
/// </summary>
public static class MeEndpoint
{
    public sealed record Me(string Kind, Guid Id, string Name, string? ClientId, IReadOnlyList<DepartmentDto> Departments, IReadOnlyList<string> Rights);

    public sealed record DepartmentDto(Guid Id, string Name, string Offer);

    public static IEndpointRouteBuilder MapRetningMe(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiPaths.Me, GetAsync).RequireAuthorization(ApiPolicies.Read);
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
