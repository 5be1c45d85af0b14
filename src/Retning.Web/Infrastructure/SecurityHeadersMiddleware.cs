using System.Security.Cryptography;

namespace Retning.Web.Infrastructure;

/// <summary>
/// Security headers on every response, and no caching of pages: a shared tablet's browser
/// must not keep a citizen's page after logout.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private static readonly object StyleNonceKey = new();

    /// <summary>
    /// Lets this response's page add &lt;style&gt; elements carrying the returned nonce (the API reference page,
    /// whose library injects its CSS that way); scripts stay 'self' only. A fresh nonce per response.
    /// </summary>
    public static string AllowStyleNonce(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        context.Items[StyleNonceKey] = nonce;
        return nonce;
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Items[StyleNonceKey] is string nonce
                ? ContentSecurityPolicy.Replace("style-src 'self'", $"style-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            // Browsers honour HSTS only over HTTPS; behind TLS it pins the site to HTTPS for a year.
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            if (!IsStaticAsset(context.Request.Path))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private static readonly PathString[] StaticAssetRoots = ["/lib", "/css", "/js"];

    private static bool IsStaticAsset(PathString path) =>
        StaticAssetRoots.Any(root => path.StartsWithSegments(root, StringComparison.OrdinalIgnoreCase));
}
