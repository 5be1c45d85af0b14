using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Retning.IntegrationTests.Support;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>
/// Behind a load balancer that ends TLS: X-Forwarded-Proto from a configured proxy makes the
/// request https (so cookies are Secure); from any other address the header is ignored; outside
/// Development and Testing cookies are Secure whatever the request.
/// </summary>
public sealed class ProxyTests
{
    private const string Proxy = "10.1.2.3";

    [Fact]
    public async Task Forwarded_https_from_a_known_proxy_gives_secure_cookies_and_from_another_address_is_ignored()
    {
        await using var own = await AppFixture.StartAsync(new Dictionary<string, string?> { ["Proxy:KnownProxies:0"] = Proxy });
        await using var app = own.App.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, RemoteAddressFromTestHeader>()));

        var viaProxy = await LoginPageCookiesAsync(app, from: Proxy);
        var viaStranger = await LoginPageCookiesAsync(app, from: "10.9.9.9");

        Assert.True(viaProxy.Count > 0 && viaProxy.All(IsSecure), "Forwarded https from the known proxy: " + string.Join(" | ", viaProxy));
        Assert.True(viaStranger.Count > 0 && !viaStranger.Any(IsSecure), "Forwarded https from an unknown address must be ignored: " + string.Join(" | ", viaStranger));
    }

    [Fact]
    public async Task In_production_cookies_are_secure_even_on_plain_http()
    {
        await using var own = await AppFixture.StartAsync();
        await using var app = own.App.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var response = await client.GetAsync("/log-ind");

        var cookies = SetCookies(response);
        Assert.True(cookies.Count > 0 && cookies.All(IsSecure), "Production cookies: " + string.Join(" | ", cookies));
    }

    private static async Task<List<string>> LoginPageCookiesAsync(WebApplicationFactory<Program> app, string from)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/log-ind");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add(RemoteAddressFromTestHeader.Header, from);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return SetCookies(response);
    }

    private static bool IsSecure(string cookie) =>
        cookie.Split(';').Any(part => part.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];

    /// <summary>The in-memory test server has no socket: the test says which address the request comes from.</summary>
    private sealed class RemoteAddressFromTestHeader : IStartupFilter
    {
        public const string Header = "X-Test-Remote-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
