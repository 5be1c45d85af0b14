using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Retning.Testing;

namespace Retning.IntegrationTests.Support;

/// <summary>The routes the running app really serves, read from its endpoint data source.</summary>
public static class RouteTable
{
    /// <summary>Every Razor page route as "/path/{param:constraint}", without the error pages (/fejl…).</summary>
    public static IReadOnlyList<string> PageRoutes(RetningApp app) =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => Normalize(e.RoutePattern.RawText))
            .Where(r => !IsErrorOrHealth(r))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Every POST handler of every page route, as "/path/{param}" for OnPost/OnPostAsync and
    /// "/path/{param}?handler=Name" for OnPost{Name}[Async]. The handlers are read from the
    /// compiled pages (the page loader), so a new handler method shows up without a registration.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PostHandlersAsync(RetningApp app)
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var handlers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = Normalize(endpoint.RoutePattern.RawText);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page || IsErrorOrHealth(route))
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
            {
                handlers.Add(string.IsNullOrEmpty(handler.Name) ? route : $"{route}?handler={handler.Name}");
            }
        }

        return [.. handlers];
    }

    /// <summary>Every route endpoint (pages, health checks, anything mapped), for listing.</summary>
    public static IReadOnlyList<string> AllRoutes(RetningApp app) =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => Normalize(e.RoutePattern.RawText))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>The pages of one citizen: /borgere/{id…}/… .</summary>
    public static IReadOnlyList<string> CitizenPageRoutes(RetningApp app) =>
        [.. PageRoutes(app).Where(r => r.StartsWith("/borgere/{id", StringComparison.Ordinal))];

    private static bool IsErrorOrHealth(string route) =>
        route == "/fejl" || route.StartsWith("/fejl/", StringComparison.Ordinal) || route == "/health";

    public static string Normalize(string? rawText)
    {
        var text = (rawText ?? string.Empty).Trim('/');
        return "/" + text;
    }

    /// <summary>
    /// Puts values into a route's parameters: "{id…}" → the given id; other parameters by name,
    /// also inside a segment ("udvikling.{handler}").
    /// </summary>
    public static string Fill(string route, Guid id, IReadOnlyDictionary<string, string>? others = null) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", parameter =>
        {
            var name = parameter.Value.Trim('{', '}', '?').Split(':')[0];
            return name == "id"
                ? id.ToString()
                : others is not null && others.TryGetValue(name, out var value)
                    ? value
                    : throw new InvalidOperationException($"No value for route parameter '{name}' in {route}: add a rule to the test.");
        });
}
