using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Retning.Testing;

namespace Retning.IntegrationTests.Api;

/// <summary>Calls to /api/v1 with a staff session's cookie, as JSON, and the answer read back.</summary>
internal static class ApiCalls
{
    private const string AntiforgeryHeader = "RequestVerificationToken";

    public static async Task<ApiAnswer> GetJsonAsync(this BrowserlessClient client, string url, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await SendAsync(client, request);
    }

    public static Task<ApiAnswer> PostJsonAsync(this BrowserlessClient client, string url, object body, Guid? key) =>
        SendJsonAsync(client, HttpMethod.Post, url, JsonSerializer.Serialize(body), key is null ? [] : [("Idempotency-Key", key.Value.ToString())]);

    public static Task<ApiAnswer> PutJsonAsync(this BrowserlessClient client, string url, object body, string? ifMatch) =>
        SendJsonAsync(client, HttpMethod.Put, url, JsonSerializer.Serialize(body), ifMatch is null ? [] : [("If-Match", ifMatch)]);

    public static async Task<ApiAnswer> SendJsonAsync(this BrowserlessClient client, HttpMethod method, string url, string json,
        IEnumerable<(string Name, string Value)> headers, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await SendAsync(client, request);
    }

    private static async Task<ApiAnswer> SendAsync(BrowserlessClient client, HttpRequestMessage request)
    {
        // A staff session writes only with the antiforgery token in a header (docs/adr/0017): taken from the
        // account page's log-out form, which writes no audit row.
        // An API client (bearer token) needs none.
        if (request.Method != HttpMethod.Get && !request.Headers.Contains(AntiforgeryHeader) && client.Http.DefaultRequestHeaders.Authorization is null)
        {
            var page = await client.GetPageAsync("/konto");
            var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
            request.Headers.TryAddWithoutValidation(AntiforgeryHeader, token);
        }

        using var response = await client.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ApiAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.ETag?.ToString(),
            response.Headers.Location?.OriginalString, text);
    }
}

internal sealed record ApiAnswer(HttpStatusCode Status, string? ContentType, string? ETag, string? Location, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("No JSON body.");

    public ApiAnswer Assert(HttpStatusCode expected)
    {
        Xunit.Assert.True(Status == expected, $"Expected {(int)expected}, got {(int)Status}: {Body}");
        return this;
    }

    /// <summary>A problem details body with a Danish detail, naming <paramref name="field"/> in errors when given.</summary>
    public JsonNode AssertProblem(HttpStatusCode expected, string? field = null)
    {
        Assert(expected);
        Xunit.Assert.Equal("application/problem+json", ContentType);
        var json = Json;
        Xunit.Assert.Equal((int)expected, json["status"]!.GetValue<int>());
        var detail = json["detail"]!.GetValue<string>();
        Xunit.Assert.False(string.IsNullOrWhiteSpace(detail));
        Xunit.Assert.DoesNotContain("The ", detail, StringComparison.Ordinal); // Danish, not the framework's English
        if (field is not null)
        {
            Xunit.Assert.True(json["errors"]?[field] is JsonArray { Count: > 0 }, $"Expected errors.{field} in {Body}");
        }

        return json;
    }
}
