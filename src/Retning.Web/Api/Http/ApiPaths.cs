namespace Retning.Web.Api.Http;

/// <summary>The addresses of the API: everything under /api answers in JSON, never with a page or a redirect.</summary>
public static class ApiPaths
{
    public const string Root = "/api";

    /// <summary>OAuth 2.0 token endpoint (client credentials), form-encoded POST.</summary>
    public const string Token = "/api/token";

    public static bool IsApi(PathString path) => path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);

    public static bool IsApi(HttpContext context) => IsApi(context.Request.Path);
}
