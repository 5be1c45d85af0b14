using System.Net;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Api.Auth;

/// <summary>Calls are limited per client (Api:RateLimit): past the limit 429 with Retry-After and a Danish problem detail.</summary>
public sealed class ApiRateLimitTests
{
    [Fact]
    public async Task Past_the_limit_a_client_gets_429_with_Retry_After_while_another_client_still_calls()
    {
        await using var own = await AppFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Api:RateLimit:PermitLimit"] = "3",
            ["Api:RateLimit:WindowSeconds"] = "600",
        });
        var first = await own.App.AddApiClientAsync("Travl klient", DemoUsers.Maagen);
        var second = await own.App.AddApiClientAsync("Rolig klient", DemoUsers.Maagen);
        using var http = own.App.ApiHttp();
        var token = await http.TokenAsync(first);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetWithTokenAsync("/api/v1/mig", token)).StatusCode);
        }

        var refused = await http.GetWithTokenAsync("/api/v1/mig", token);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("For mange kald.", (await refused.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetWithTokenAsync("/api/v1/mig", await http.TokenAsync(second))).StatusCode);
    }

    /// <summary>The token endpoint answers before the per-caller limiter (in authentication), so it is limited per address first: guessing secrets is slow.</summary>
    [Fact]
    public async Task Token_requests_past_the_limit_get_429_per_address()
    {
        await using var own = await AppFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Api:RateLimit:PermitLimit"] = "3",
            ["Api:RateLimit:WindowSeconds"] = "600",
        });
        var client = await own.App.AddApiClientAsync("Gættet klient", DemoUsers.Maagen);
        using var http = own.App.ApiHttp();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.RequestTokenAsync(client.ClientId, "forkert-hemmelighed-" + i)).StatusCode);
        }

        var refused = await http.RequestTokenAsync(client.ClientId, client.Secret);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.StartsWith("For mange kald.", (await refused.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
