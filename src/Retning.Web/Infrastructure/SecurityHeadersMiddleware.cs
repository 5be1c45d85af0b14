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

    private static readonly object InlineStylesKey = new();

    /// <summary>
    /// Lets this response's page use inline styles (the API reference page: Scalar injects its CSS as &lt;style&gt;
    /// elements, some without a nonce, and sets style attributes). Scripts stay 'self' only; the page holds no citizen
    /// data and shows only Retning's own OpenAPI document (docs/api.md, "The reference page").
    /// </summary>
    public static void AllowInlineStyles(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[InlineStylesKey] = true;
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Items.ContainsKey(InlineStylesKey)
                ? ContentSecurityPolicy.Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal)
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
