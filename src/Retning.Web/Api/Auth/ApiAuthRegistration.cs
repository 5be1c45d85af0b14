using Microsoft.AspNetCore.Authorization.Policy;
using OpenIddict.Validation.AspNetCore;
using Retning.Web.Api.Http;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Retning.Web.Api.Auth;

/// <summary>
/// The API's callers (docs/adr/0017): OpenIddict issues short-lived client-credentials tokens from
/// <see cref="ApiPaths.Token"/>, protected by ASP.NET Data Protection (its keys are in the database, so
/// another instance or a restart reads them); the ApiClients table is the one source of truth.
/// </summary>
public static class ApiAuthRegistration
{
    public static IServiceCollection AddRetningApiAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var tokenMinutes = configuration.GetValue("Api:AccessTokenMinutes", 10);
        // Behind the load balancer the forwarded scheme is https; Development and the tests run on http.
        var requireHttps = configuration.GetValue("Api:RequireHttps", !environment.IsDevelopment() && !environment.IsEnvironment("Testing"));
        services.AddOpenIddict()
            .AddServer(options =>
            {
                options.SetTokenEndpointUris(ApiPaths.Token.TrimStart('/'));
                options.AllowClientCredentialsFlow();
                options.SetAccessTokenLifetime(TimeSpan.FromMinutes(tokenMinutes));
                // Degraded mode: no OpenIddict stores; our handlers check the client (ValidateClientCredentials).
                options.EnableDegradedMode();
                options.UseDataProtection();
                // Access tokens are Data Protection payloads; these keys only satisfy OpenIddict's start-up
                // check (no JWT, no identity token is issued), so they may change at every start.
                options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                options.AddEventHandler<ValidateTokenRequestContext>(b => b.UseScopedHandler<ValidateClientCredentials>());
                options.AddEventHandler<HandleTokenRequestContext>(b => b.UseSingletonHandler<IssueClientToken>());
                var aspNetCore = options.UseAspNetCore();
                if (!requireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.UseDataProtection();
                options.UseAspNetCore();
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicies.Read, ApiPolicies.ReadPolicy())
            .AddPolicy(ApiPolicies.Write, ApiPolicies.WritePolicy())
            .AddPolicy(ApiPolicies.Text, ApiPolicies.TextPolicy());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
        services.AddRetningApiRateLimiting(configuration);
        return services;
    }

    /// <summary>After authentication, before <see cref="CurrentUserMiddleware"/>: the bearer caller, /api's error shape and CSRF rule.</summary>
    public static WebApplication UseRetningApiCaller(this WebApplication app)
    {
        app.UseMiddleware<ApiCallerMiddleware>();
        return app;
    }

    /// <summary>The OpenIddict validation scheme that reads a bearer token.</summary>
    public const string BearerScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
}

/// <summary>Anonymous and forbidden calls under /api answer 401/403 problem details, never a redirect to the login page.</summary>
public sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!ApiPaths.IsApi(context))
        {
            return _default.HandleAsync(next, context, policy, authorizeResult);
        }

        if (authorizeResult.Challenged)
        {
            return ApiProblems.UnauthorizedAsync(context, ApiProblems.Unauthenticated, tokenRefused: false);
        }

        return authorizeResult.Forbidden
            ? ApiProblems.WriteAsync(context, StatusCodes.Status403Forbidden, ApiProblems.ForbiddenDetail)
            : next(context);
    }
}
