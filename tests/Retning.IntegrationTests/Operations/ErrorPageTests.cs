using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Operations;

/// <summary>
/// An unexpected exception: in Production (the README's production run) the Danish error page
/// with a reference and no stack trace; in Development the developer page with it (docs/architecture.md, "A request's way").
/// </summary>
public sealed class ErrorPageTests
{
    private const string Boom = "Testfejl fra ErrorPageTests";

    [Fact]
    public async Task In_production_an_exception_shows_the_Danish_error_page_without_a_stack_trace()
    {
        var (status, html) = await ThrowInAsync("Production");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains("Der opstod en fejl", html, StringComparison.Ordinal);
        Assert.Contains("Fejlreference", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Boom, html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(ErrorPageTests), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_the_same_exception_shows_its_stack_trace()
    {
        var (status, html) = await ThrowInAsync("Development");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains(Boom, html, StringComparison.Ordinal);
        Assert.Contains(nameof(ErrorPageTests), html, StringComparison.Ordinal);
    }

    /// <summary>Requests the (anonymous) login page with a page filter that throws, as a bug in a page would.</summary>
    private static async Task<(HttpStatusCode Status, string Html)> ThrowInAsync(string environment)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var parent = new RetningApp(database, settings: AppFixture.WithPooling(database, AppFixture.QuietSettings()));
        await using var app = parent.WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            b.ConfigureServices(s => s.Configure<RazorPagesOptions>(o => o.Conventions.ConfigureFilter(new ThrowingFilter())));
        });
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/log-ind?" + ThrowingFilter.Trigger);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private sealed class ThrowingFilter : IAsyncPageFilter
    {
        public const string Trigger = "kast-testfejl";

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
            // Only the login page: the error handler re-executes /fejl with the same query string.
            context.HttpContext.Request.Path.StartsWithSegments("/log-ind", StringComparison.OrdinalIgnoreCase) && context.HttpContext.Request.Query.ContainsKey(Trigger) ? throw new InvalidOperationException(Boom) : next();
    }
}
