using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Retning.Domain.ApiClients;
using Retning.Web.Api.Http;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Retning.Web.Api.Auth;

/// <summary>
/// Who calls /api (docs/adr/0017). A bearer token makes the caller an API client: the token is read, and
/// the client is checked on every call with one query (revoked, expired or a new secret ends the token at
/// its next call); <see cref="CurrentUser"/> — and so the citizen scope — becomes exactly the client's
/// departments. Without a token the staff session (cookie) is the caller, and then an unsafe method needs
/// the antiforgery token in a header, so a cookie alone cannot write (CSRF). Under /api no HTML error page answers (ApiResponseMiddleware).
/// </summary>
public sealed class ApiCallerMiddleware(RequestDelegate next, ILogger<ApiCallerMiddleware> logger)
{
    /// <summary>The SQL comment on the per-call client query.</summary>
    public const string QueryTag = "ApiCallerMiddleware";

    public const string InvalidToken = "Adgangstokenet er ugyldigt eller udløbet. Hent et nyt fra /api/token.";
    public const string ClientNotActive = "Klienten er tilbagekaldt eller udløbet, eller den har fået en ny hemmelighed. Tokenet gælder ikke længere.";
    public const string MissingAntiforgery = "Et skrivende kald med login-session kræver antiforgery-tokenet i headeren RequestVerificationToken.";

    public async Task InvokeAsync(HttpContext context, CurrentUser currentUser, AppDbContext db, TimeProvider clock, IAntiforgery antiforgery)
    {
        if (!ApiPaths.IsApi(context))
        {
            await next(context);
            return;
        }

        if (context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var caller = await AuthenticateClientAsync(context, db, clock);
            if (caller is null)
            {
                return;
            }

            currentUser.SetApiClient(caller);
        }
        else if (context.User.Identity?.IsAuthenticated == true && !IsSafe(context.Request.Method)
            && !await antiforgery.IsRequestValidAsync(context))
        {
            await ApiProblems.WriteAsync(context, StatusCodes.Status400BadRequest, MissingAntiforgery);
            return;
        }

        await next(context);
    }

    /// <summary>The client behind a valid token, or null after answering 401.</summary>
    private async Task<ApiCaller?> AuthenticateClientAsync(HttpContext context, AppDbContext db, TimeProvider clock)
    {
        var result = await context.AuthenticateAsync(ApiAuthRegistration.BearerScheme);
        var principal = result.Succeeded ? result.Principal : null;
        if (principal is null
            || !Guid.TryParse(principal.FindFirstValue(Claims.Subject), out var id)
            || !Guid.TryParse(principal.FindFirstValue(IssueClientToken.SecretStampClaim), out var stamp))
        {
            await ApiProblems.UnauthorizedAsync(context, InvalidToken, tokenRefused: true);
            return null;
        }

        var client = await db.ApiClients.AsNoTracking().TagWith(QueryTag)
            .Where(c => c.Id == id)
            .Select(c => new
            {
                c.ClientId,
                c.Name,
                c.Rights,
                c.SecretStamp,
                c.ExpiresOn,
                c.RevokedUtc,
                Departments = c.Departments.Select(d => d.DepartmentId).ToList(),
            })
            .FirstOrDefaultAsync(context.RequestAborted);
        if (client is null || client.SecretStamp != stamp
            || ApiClientRules.StateOn(client.RevokedUtc, client.ExpiresOn, DanishTime.Today(clock)) != ApiClientState.Active)
        {
            logger.LogWarning("API token refused for client {ClientId}: the client is gone, revoked, expired or has a new secret", id);
            await ApiProblems.UnauthorizedAsync(context, ClientNotActive, tokenRefused: true);
            return null;
        }

        context.User = principal;
        return new ApiCaller(id, client.ClientId, client.Name, client.Rights, client.Departments.ToHashSet());
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
