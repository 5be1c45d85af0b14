using System.Globalization;
using System.Threading.RateLimiting;
using Retning.Web.Api.Http;

namespace Retning.Web.Api.Auth;

/// <summary>
/// Calls under /api are limited per caller (docs/adr/0017): per API client, per staff user, otherwise per
/// address, in fixed windows from configuration (Api:RateLimit:PermitLimit per Api:RateLimit:WindowSeconds).
/// The counters live in each instance's memory: with N instances a client gets at most N times the limit.
/// </summary>
public static class ApiRateLimiting
{
    public const string Section = "Api:RateLimit";

    public static IServiceCollection AddRetningApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue($"{Section}:PermitLimit", 300);
        var window = TimeSpan.FromSeconds(configuration.GetValue($"{Section}:WindowSeconds", 60));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!ApiPaths.IsApi(context))
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                return RateLimitPartition.GetFixedWindowLimiter(PartitionOf(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = window,
                    QueueLimit = 0,
                });
            });
            options.OnRejected = (rejected, ct) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : (int)Math.Ceiling(window.TotalSeconds);
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(ApiProblems.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests,
                    $"For mange kald. Grænsen er {permits} kald pr. {window.TotalSeconds:0} sekunder. Prøv igen om {seconds} sekunder."));
            };
        });
        return services;
    }

    /// <summary>
    /// The token endpoint is answered by OpenIddict inside UseAuthentication, before the per-caller limiter runs, so it
    /// gets the same limiter in front of authentication: per address, as no caller is known yet (guessing secrets is slow).
    /// A token request ends in OpenIddict, so it is counted once.
    /// </summary>
    public static WebApplication UseTokenRateLimiter(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(ApiPaths.Token, StringComparison.OrdinalIgnoreCase), branch => branch.UseRateLimiter());
        return app;
    }

    /// <summary>"client:&lt;id&gt;", "user:&lt;id&gt;" or "address:&lt;ip&gt;".</summary>
    public static string PartitionOf(HttpContext context)
    {
        var user = context.RequestServices.GetRequiredService<CurrentUser>();
        return user.ApiClient is { } client ? $"client:{client.Id:D}"
            : user.Id is { } id ? $"user:{id:D}"
            : $"address:{context.Connection.RemoteIpAddress}";
    }
}
