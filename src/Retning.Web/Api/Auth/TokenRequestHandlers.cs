using System.Security.Claims;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using Retning.Domain.ApiClients;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Retning.Web.Api.Auth;

/// <summary>
/// OpenIddict runs in degraded mode (docs/adr/0017): the ApiClients table is the one source of truth,
/// so the token request's client is checked here — the secret against its hash, expiry, revocation.
/// Any failure is "invalid_client" (401) with no hint of which check failed.
/// </summary>
public sealed class ValidateClientCredentials(AppDbContext db, TimeProvider clock, ILogger<ValidateClientCredentials> logger)
    : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public const string ClientProperty = "retning.api-client";

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (!context.Request.IsClientCredentialsGrantType())
        {
            context.Reject(Errors.UnsupportedGrantType, "Kun grant_type=client_credentials understøttes.");
            return;
        }

        var clientId = context.ClientId;
        var client = string.IsNullOrEmpty(clientId) || clientId.Length > TextLimits.Code
            ? null
            : await db.ApiClients.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId);
        var today = DanishTime.Today(clock);
        if (client is null || !ApiClientSecrets.Verify(context.ClientSecret, client.SecretHash)
            || ApiClientRules.StateOn(client.RevokedUtc, client.ExpiresOn, today) != ApiClientState.Active)
        {
            logger.LogWarning("Token refused for API client {ClientId} (state {State})", clientId,
                client is null ? "unknown" : ApiClientRules.StateOn(client.RevokedUtc, client.ExpiresOn, today).ToString());
            context.Reject(Errors.InvalidClient, "Klient-id eller hemmelighed er forkert, eller klienten er udløbet eller tilbagekaldt.");
            return;
        }

        context.Transaction.Properties[ClientProperty] = client;
    }
}

/// <summary>Issues the access token: the client's id (subject) and the stamp of its current secret.</summary>
public sealed class IssueClientToken : IOpenIddictServerHandler<HandleTokenRequestContext>
{
    /// <summary>The claim with the client's secret stamp: a new secret ends the tokens issued under the old one.</summary>
    public const string SecretStampClaim = "retning_secret_stamp";

    public ValueTask HandleAsync(HandleTokenRequestContext context)
    {
        if (!context.Transaction.Properties.TryGetValue(ValidateClientCredentials.ClientProperty, out var value) || value is not ApiClient client)
        {
            context.Reject(Errors.InvalidClient);
            return ValueTask.CompletedTask;
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaultsName, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.Id.ToString("D"));
        identity.SetClaim(Claims.ClientId, client.ClientId);
        identity.SetClaim(Claims.Name, client.Name);
        identity.SetClaim(SecretStampClaim, client.SecretStamp.ToString("D"));
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        context.SignIn(new ClaimsPrincipal(identity));
        return ValueTask.CompletedTask;
    }

    private const string OpenIddictServerAspNetCoreDefaultsName = "OpenIddict.Server.AspNetCore";
}
