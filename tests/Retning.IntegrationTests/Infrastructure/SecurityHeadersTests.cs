using System.Net;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>Security headers, no caching of citizen pages, antiforgery, /health and the static files the layout links to.</summary>
public sealed class SecurityHeadersTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_citizen_page_carries_the_security_headers_and_is_never_cached()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);

        var response = await anne.GetAsync($"/borgere/{citizen.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("no-store", Header(response, "Cache-Control"), StringComparison.Ordinal);
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Theory]
    [InlineData("/log-ind")]
    [InlineData("/fejl/404")]
    [InlineData("/health")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var client = fixture.Anonymous();

        var response = await client.GetAsync(url);

        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains("no-store", Header(response, "Cache-Control"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_and_antiforgery_cookies_are_http_only()
    {
        using var client = fixture.Anonymous();
        var login = await client.GetAsync("/log-ind");
        var response = await client.SubmitLoginAsync(DemoUsers.Mette, Data.Demo.DemoData.Password);

        var cookies = login.Headers.GetValues("Set-Cookie").Concat(response.Headers.GetValues("Set-Cookie")).ToList();
        var session = cookies.Single(c => c.StartsWith("Retning.Session=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(cookies, c => c.StartsWith("Retning.Antiforgery=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_refused_with_400()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var form = (await anne.GetPageAsync("/borgere/ny")).AssertStatus(HttpStatusCode.OK);
        var fields = form.FormFields().Where(f => f.Key != "__RequestVerificationToken").ToList();
        fields.Add(new("Input.FirstName", "Uden"));
        fields.Add(new("Input.LastName", "Token"));

        var response = await anne.PostRawAsync("/borgere/ny", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await anne.ReadPageAsync("/borgere/ny", response);
        Assert.Equal("Forespørgslen kunne ikke behandles", page.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.DoesNotContain(await App.AuditEntriesAsync(), a => a.Action == Domain.Audit.AuditAction.Create);
        using var anonymous = fixture.Anonymous();
        var login = await anonymous.PostRawAsync("/log-ind", [new("Input.Email", DemoUsers.Mette), new("Input.Password", Data.Demo.DemoData.Password)]);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
    }

    [Fact]
    public async Task A_token_of_another_user_is_refused()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var metteToken = (await mette.GetPageAsync("/konto/adgangskode")).FieldValue("__RequestVerificationToken")!;
        var form = (await anne.GetPageAsync("/borgere/ny")).AssertStatus(HttpStatusCode.OK);

        var response = await form.SubmitAsync(overrides: new Dictionary<string, string?> { ["__RequestVerificationToken"] = metteToken });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Health_answers_Healthy_without_login()
    {
        using var client = fixture.Anonymous();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_stylesheets_and_scripts_the_layout_links_to_exist()
    {
        using var client = fixture.Anonymous();
        var page = (await client.GetPageAsync("/log-ind")).AssertStatus(HttpStatusCode.OK);
        var assets = page.Document.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(u => u.StartsWith('/'))
            .ToList();
        Assert.NotEmpty(assets);

        var missing = new List<string>();
        foreach (var asset in assets)
        {
            var response = await client.GetAsync(asset);
            var length = (await response.Content.ReadAsByteArrayAsync()).Length;
            if (response.StatusCode != HttpStatusCode.OK || length == 0)
            {
                missing.Add($"{asset} → {(int)response.StatusCode}, {length} bytes");
            }
        }

        Assert.True(missing.Count == 0, "The layout links to files the app does not serve: " + string.Join("; ", missing));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(", ", contentValues)
        : throw new Xunit.Sdk.XunitException($"The response has no {name} header.");
}
