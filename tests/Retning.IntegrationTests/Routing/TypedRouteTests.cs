using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Retning.IntegrationTests.Support;
using Retning.Web.Infrastructure.Routing;

namespace Retning.IntegrationTests.Routing;

/// <summary>
/// Every address <see cref="Routes"/> builds is one the running app serves: each constant,
/// property and method (called with sample ids) must match some endpoint's route template.
/// A route renamed without its Routes entry, or a Routes entry with a typo, fails here.
/// </summary>
public sealed class TypedRouteTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public void Every_typed_address_matches_a_served_route()
    {
        var templates = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText ?? string.Empty), new RouteValueDictionary()))
            .ToList();

        var addresses = TypedAddresses().ToList();
        Assert.True(addresses.Count > 90, $"Only {addresses.Count} typed addresses were found: is the reflection below still right?");

        var unmatched = addresses
            .Where(a => !templates.Any(t => t.TryMatch(new PathString(PathOf(a.Url)), new RouteValueDictionary())))
            .Select(a => $"{a.Member}: {a.Url}")
            .ToList();

        Assert.True(unmatched.Count == 0, "Typed addresses no page serves:\n" + string.Join('\n', unmatched));
    }

    [Fact]
    public void A_citizen_address_is_written_as_its_overview()
    {
        var id = Guid.NewGuid();
        Assert.Equal($"/borgere/{id}", $"{Routes.Citizen(id)}");
        Assert.Equal($"/borgere/{id}/plan/tema/a%20b", Routes.Citizen(id).PlanTheme("a b"));
    }

    private static string PathOf(string url) => url.Split('?', '#')[0];

    private static IEnumerable<(string Member, string Url)> TypedAddresses()
    {
        var citizen = Routes.Citizen(Guid.NewGuid());
        foreach (var type in new[] { typeof(Routes), typeof(Routes.Admin) })
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(string)))
            {
                yield return ($"{type.Name}.{field.Name}", (string)field.GetValue(null)!);
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(string)))
            {
                yield return ($"{type.Name}.{method.Name}", (string)method.Invoke(null, SampleArguments(method))!);
            }
        }

        foreach (var property in typeof(CitizenRoutes).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            yield return ($"CitizenRoutes.{property.Name}", (string)property.GetValue(citizen)!);
        }

        foreach (var method in typeof(CitizenRoutes).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                     .Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName && m.Name != nameof(ToString)))
        {
            yield return ($"CitizenRoutes.{method.Name}", (string)method.Invoke(citizen, SampleArguments(method))!);
        }
    }

    private static object?[] SampleArguments(MethodInfo method) =>
        [.. method.GetParameters().Select(p => p.ParameterType switch
        {
            var t when t == typeof(Guid) || t == typeof(Guid?) => (object)Guid.NewGuid(),
            var t when t == typeof(int) => 3,
            var t when t == typeof(string) => "tema",
            var t => throw new InvalidOperationException($"No sample value for {t.Name} in {method.Name}: add one."),
        })];
}
