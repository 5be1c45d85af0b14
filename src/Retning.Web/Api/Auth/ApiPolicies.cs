using Retning.Domain.Access;

namespace Retning.Web.Api.Auth;

/// <summary>
/// The API's rights as policies (docs/adr/0017): an API client needs the right named; a staff member with
/// their own session passes when a role of theirs gives citizen access — what they may do with one
/// citizen is then the pages' rule (CitizenRight), applied by the endpoint.
/// Use: <c>group.RequireAuthorization(ApiPolicies.Read)</c>, <c>.RequireAuthorization(ApiPolicies.Write)</c>.
/// </summary>
public static class ApiPolicies
{
    public const string Read = "ApiRead";
    public const string Write = "ApiWrite";
    public const string Text = "ApiText";

    public static AuthorizationPolicy ReadPolicy() => Require(c => c.CanRead);
    public static AuthorizationPolicy WritePolicy() => Require(c => c.CanWrite);
    public static AuthorizationPolicy TextPolicy() => Require(c => c.CanReadText);

    /// <summary>True when the caller may see free text: a client with the text right, or a staff member.</summary>
    public static bool MayReadText(CurrentUser user) => user.ApiClient is not { } client || client.CanReadText;

    private static AuthorizationPolicy Require(Func<ApiCaller, bool> clientRight) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
            .AddRequirements(new CurrentUserRequirement(u => u.ApiClient is { } client
                ? clientRight(client)
                : u.Grants.Any(g => CitizenAccess.GivesCitizenAccess(g.Role))))
            .Build();
}
