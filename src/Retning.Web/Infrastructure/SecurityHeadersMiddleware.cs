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

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
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
