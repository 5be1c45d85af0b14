namespace Retning.Web.Api.Reference;

/// <summary>
/// The API reference page, <c>/api-reference</c> (docs/api.md): Scalar draws <c>/openapi/v1.json</c> in the
/// browser. Not Scalar.AspNetCore's own page, whose inline module script our CSP refuses and whose default fonts
/// come from Scalar's CDN: this page is our HTML with two script files from Retning itself (Scalar's bundle,
/// <see cref="ScalarBundle"/>, and wwwroot/js/api-reference.js, which turns off fonts, telemetry and the AI agent).
/// Inline styles are allowed on this page only (Scalar's CSS); scripts stay 'self'.
/// Anonymous, like the OpenAPI document it shows: it holds no citizen data.
/// </summary>
public static class ApiReferencePage
{
    public const string Route = "/api-reference";
    public const string Title = "API-reference";

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var bundle = ScalarBundle.Current;
        app.MapGet(Route, Page).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(bundle.Path, bundle.Serve).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult Page(HttpContext context)
    {
        // Scalar injects its CSS as <style> elements (not all with the nonce it could be given) and sets style attributes.
        SecurityHeadersMiddleware.AllowInlineStyles(context);
        var openApi = Http.ApiOpenApi.Route.Replace("{documentName}", Http.ApiOpenApi.DocumentName, StringComparison.Ordinal);
        var html = $"""
            <!doctype html>
            <html lang="da">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Title} – Retning</title>
            <script src="{ScalarBundle.Current.Path}" defer></script>
            <script src="/js/api-reference.js" defer></script>
            </head>
            <body>
            <div id="app" data-openapi="{openApi}"></div>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
