using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Retning.IntegrationTests.Support;

namespace Retning.IntegrationTests.Authorization;

/// <summary>
/// Every POST handler of every page either carries the version the form was opened on (a bound
/// <c>Version</c>, in the page model or its input, or a <c>version</c> parameter; docs/adr/0004) or
/// is listed in <see cref="NoExistingAggregate"/> with the reason it changes no existing aggregate.
/// A new edit form without a version check fails here until it gets one (docs/adr/0004-concurrency-token.md).
/// </summary>
public sealed class EditFormVersionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    /// <summary>Handlers (as in the POST authorization matrix) that create, sign in or append; none updates a stored aggregate.</summary>
    public static readonly Dictionary<string, string> NoExistingAggregate = new(StringComparer.Ordinal)
    {
        // Creating: nothing stored yet that a second save could overwrite.
        ["/admin/brugere/ny"] = "creates a user",
        ["/admin/dagbog?handler=Tilfoej"] = "adds a diary list entry",
        ["/borgere/{id:guid}/plan/dpu"] = "adds a DPU entry (entries are added, never edited)",
        ["/borgere/{id:guid}/plan?handler=Create"] = "creates the plan (a second create is refused by the unique plan per citizen)",
        ["/borgere/{id:guid}/plan/tema/{key}/evaluering"] = "adds a theme evaluation",
        ["/borgere/{id:guid}/status/ny"] = "creates a status report",
        ["/borgere/{id:guid}/videregivelser/plan"] = "records a new disclosure",
        ["/retningslinjer/{id:guid}?handler=Laest"] = "appends the user's acknowledgement of the version in force, once (keyed by version and user)",
        ["/kvalitet/ny"] = "creates a monitoring round",

        // Commands that state the whole new value and write nothing else, so no other person's change can be dropped.
        ["/admin/brugere/{id:guid}/adgangskode"] = "sets a new password (the newest one is meant to win)",
        ["/admin/dagbog?handler=Omdoeb"] = "writes only the name the administrator typed in full",
        ["/admin/dagbog?handler=Flyt"] = "moves one entry one step in the list as it is stored now",
        ["/admin/dagbog?handler=Aktiv"] = "sets active on or off (the posted value is the whole new state)",
        ["/admin/dagbog?handler=Svarprocent"] = "writes only the percentage the administrator typed",
        ["/admin/skalaer?handler=Standard"] = "chooses the offer's default scale (the posted value is the whole new state)",
        ["/borgere/{id:guid}/dagbog/{entryId:guid}?handler=WrongCitizen"] = "a one-way mark on a note; marking twice changes nothing",
        ["/admin/anmodninger?handler=Godkend"] = "decides a waiting role request once: the update takes only a request still waiting (FourEyesTests)",
        ["/admin/anmodninger?handler=Afvis"] = "decides a waiting role request once: the update takes only a request still waiting (FourEyesTests)",
        ["/borgere/{id:guid}/plan/perioder"] = "closes the open period; a concurrent close is refused by the unique period number (PeriodTests)",

        // Own account and session: the signed-in user's own credentials, not a shared record.
        ["/konto/adgangskode"] = "changes the user's own password",
        ["/konto/to-faktor"] = "enrols the user's own authenticator",
        ["/konto/to-faktor?handler=Disable"] = "turns off the user's own two-factor",
        ["/log-ind"] = "signs in",
        ["/log-ind/to-faktor"] = "signs in (second step)",
        ["/log-ud"] = "signs out",
    };

    [Fact]
    public async Task Every_post_handler_that_updates_an_existing_aggregate_carries_its_version()
    {
        var handlers = await HandlersAsync(fixture);

        var withoutVersion = handlers.Where(h => !CarriesVersion(h.Model, h.Method) && !NoExistingAggregate.ContainsKey(h.Key))
            .Select(h => h.Key).ToList();
        var stale = NoExistingAggregate.Keys.Where(k => handlers.All(h => h.Key != k)).ToList();

        Assert.True(withoutVersion.Count == 0 && stale.Count == 0,
            "These POST handlers carry no version (a bound Version or a 'version' parameter): give the form the concurrency token " +
            "(docs/adr/0004), or list the handler in NoExistingAggregate with the reason it updates nothing that exists: "
            + string.Join(", ", withoutVersion) + Environment.NewLine
            + "These NoExistingAggregate entries are no longer POST handlers of the app: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task A_listed_handler_really_has_no_version_so_the_list_says_something()
    {
        var handlers = await HandlersAsync(fixture);

        var versionedButListed = handlers.Where(h => NoExistingAggregate.ContainsKey(h.Key) && CarriesVersion(h.Model, h.Method)).Select(h => h.Key).ToList();

        Assert.True(versionedButListed.Count == 0, "These handlers carry a version; remove them from NoExistingAggregate: " + string.Join(", ", versionedButListed));
    }

    private static bool CarriesVersion(Type model, MethodInfo handler) =>
        handler.GetParameters().Any(p => IsVersion(p.Name, p.ParameterType))
        || model.GetProperties().Where(p => p.GetCustomAttribute<Microsoft.AspNetCore.Mvc.BindPropertyAttribute>() is not null)
            .Any(p => IsVersion(p.Name, p.PropertyType) || p.PropertyType.GetProperties().Any(inner => IsVersion(inner.Name, inner.PropertyType)));

    /// <summary>The app's int Version (IVersioned), or ASP.NET Identity's ConcurrencyStamp for user accounts.</summary>
    private static bool IsVersion(string? name, Type type) =>
        (string.Equals(name, "Version", StringComparison.OrdinalIgnoreCase) && type == typeof(int))
        || (string.Equals(name, "ConcurrencyStamp", StringComparison.Ordinal) && type == typeof(string));

    private sealed record Handler(string Key, Type Model, MethodInfo Method);

    /// <summary>The POST handlers of the compiled pages, keyed as in <see cref="PostAuthorizationMatrixTests.Matrix"/>.</summary>
    private static async Task<List<Handler>> HandlersAsync(AppFixture fixture)
    {
        var app = fixture.App;
        var loader = app.Services.GetRequiredService<PageLoader>();
        var handlers = new List<Handler>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = RouteTable.Normalize(endpoint.RoutePattern.RawText);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page || route.StartsWith("/fejl", StringComparison.Ordinal))
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var model = compiled.ModelTypeInfo?.AsType() ?? compiled.PageTypeInfo.AsType();
            handlers.AddRange(compiled.HandlerMethods
                .Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
                .Select(h => new Handler(string.IsNullOrEmpty(h.Name) ? route : $"{route}?handler={h.Name}", model, h.MethodInfo)));
        }

        return [.. handlers.DistinctBy(h => h.Key)];
    }
}
