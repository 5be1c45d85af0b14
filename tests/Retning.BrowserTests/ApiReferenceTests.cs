using System.Collections.Concurrent;
using Retning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Retning.BrowserTests;

/// <summary>
/// The API reference page (/api-reference, docs/api.md) works with no network beyond Retning: every request that
/// would leave Retning's origin is blocked and recorded, and there must be none. Scalar draws the OpenAPI document
/// (the operations' Danish summaries are on the page), under the strict CSP (a refusal is a console error, which
/// <see cref="BrowserSession.CheckPageAsync"/> fails on) and with axe 0 violations at both widths. Anonymous, like
/// /openapi/v1.json.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class ApiReferenceTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(768)]
    public async Task The_reference_page_draws_the_document_offline_and_accessibly(int width)
    {
        await using var session = await fixture.NewSessionAsync(width, height: 900);
        var page = session.Page;
        var origin = fixture.BaseAddress.GetLeftPart(UriPartial.Authority);
        var left = new ConcurrentQueue<string>();
        await session.Context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(origin + "/", StringComparison.Ordinal) || url == origin || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            left.Enqueue(url);
            await route.AbortAsync("internetdisconnected");
        });

        // Parsing Scalar's 5 MB script takes a while on a busy machine.
        var response = await page.GotoAsync("/api-reference", new() { Timeout = 60_000 });
        Assert.Equal(200, response?.Status);
        await Expect(page).ToHaveTitleAsync("API-reference – Retning");
        await Expect(page.GetByText("Retning API").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByText("Borgere i dine afdelinger").First).ToBeAttachedAsync();
        await Expect(page.GetByText("Skriv et delmålsnotat med score").First).ToBeAttachedAsync();
        await session.CheckPageAsync("api-reference");

        Assert.True(left.IsEmpty, "The reference page asked for addresses outside Retning: " + string.Join(", ", left.Distinct()));
        session.AssertEveryPageChecked();
    }

    [Fact]
    public async Task Scalars_script_is_served_compressed_and_cached_by_its_fingerprint()
    {
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = fixture.BaseAddress };
        using var pageResponse = await http.GetAsync("/api-reference", TestContext.Current.CancellationToken);
        var html = await pageResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        // Only this page allows inline styles (Scalar's CSS); its scripts are still Retning's files only.
        var policy = string.Join(";", pageResponse.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self' 'unsafe-inline';", policy, StringComparison.Ordinal);
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/lib/scalar/[0-9a-f]{12}/scalar\\.js)\"").Groups[1].Value;
        Assert.NotEmpty(script);

        using var gzip = new HttpRequestMessage(HttpMethod.Get, script);
        gzip.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
        using var compressed = await http.SendAsync(gzip, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, compressed.StatusCode);
        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        Assert.Contains("immutable", compressed.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var gzipLength = (await compressed.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length;

        using var plain = await http.GetAsync(script, TestContext.Current.CancellationToken);
        var plainLength = (await plain.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length;
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.True(plainLength > 3 * gzipLength, $"plain {plainLength} bytes, gzip {gzipLength} bytes");

        using var again = new HttpRequestMessage(HttpMethod.Get, script);
        again.Headers.IfNoneMatch.Add(compressed.Headers.ETag!);
        using var notModified = await http.SendAsync(again, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, notModified.StatusCode);
    }
}
