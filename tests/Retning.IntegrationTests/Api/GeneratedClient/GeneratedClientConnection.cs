using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using RetningApi.Client;
using Retning.IntegrationTests.Api.Auth;
using Retning.Testing;

namespace Retning.IntegrationTests.Api.GeneratedClient;

/// <summary>
/// The Kiota client (tests/Retning.ApiClient, generated from docs/api/openapi-v1.json) set up as an outside system
/// sets it up: Kiota's own middleware (retry, redirect, header inspection …) over an HttpClient, a bearer token from
/// POST /api/token (client credentials), and the base address, which the document leaves to the caller. The only
/// test-specific part is the innermost handler: the in-process test server instead of the network.
/// </summary>
public sealed class GeneratedClientConnection : IDisposable
{
    private readonly HttpClient _http;
    private readonly CallCounter _counter = new();

    private GeneratedClientConnection(RetningApp app, ApiClientTestData.Registered registered)
    {
        TokenProvider = new ClientCredentialsTokenProvider(app, registered);
        var handlers = KiotaClientFactory.CreateDefaultHandlers().Append(_counter).ToArray();
        _http = app.CreateDefaultClient(new Uri(BaseUrl), handlers);
        var adapter = new HttpClientRequestAdapter(new BaseBearerTokenAuthenticationProvider(TokenProvider), httpClient: _http) { BaseUrl = BaseUrl };
        Client = new RetningApiClient(adapter);
    }

    private const string BaseUrl = "http://localhost";

    public RetningApiClient Client { get; }

    public ClientCredentialsTokenProvider TokenProvider { get; }

    /// <summary>Requests that reached the app through the client (a retry by Kiota's middleware counts again).</summary>
    public int Calls => _counter.Calls;

    public static GeneratedClientConnection For(RetningApp app, ApiClientTestData.Registered registered) => new(app, registered);

    public void Dispose()
    {
        _http.Dispose();
        TokenProvider.Dispose();
    }

    /// <summary>Counts what leaves the client's pipeline: one per HTTP request the app answers.</summary>
    private sealed class CallCounter : DelegatingHandler
    {
        private int _calls;

        public int Calls => _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return base.SendAsync(request, cancellationToken);
        }
    }
}

/// <summary>
/// OAuth 2.0 client credentials for Kiota's bearer-token provider: the token is fetched from POST /api/token with a plain
/// HttpClient the first time Kiota asks, then reused (the tests' clock does not move past its lifetime).
/// </summary>
public sealed class ClientCredentialsTokenProvider(RetningApp app, ApiClientTestData.Registered registered) : IAccessTokenProvider, IDisposable
{
    private readonly HttpClient _tokenHttp = app.ApiHttp();
    private string? _token;

    public int TokenRequests { get; private set; }

    public AllowedHostsValidator AllowedHostsValidator { get; } = new(["localhost"]);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return string.Empty; // a token goes only to Retning's own host
        }

        if (_token is null)
        {
            TokenRequests++;
            _token = await _tokenHttp.TokenAsync(registered);
        }

        return _token;
    }

    public void Dispose() => _tokenHttp.Dispose();
}
