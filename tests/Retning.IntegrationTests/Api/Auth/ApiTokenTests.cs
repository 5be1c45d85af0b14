using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.ApiClients;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Api.Auth;

/// <summary>
/// OAuth 2.0 client credentials at /api/token (docs/adr/0017): the right secret gives a short-lived token that
/// works; a wrong secret, an expired or a revoked client gets none, and a token issued before a revocation,
/// an expiry or a new secret stops working at its next call.
/// </summary>
public sealed class ApiTokenTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task The_right_secret_gives_a_bearer_token_of_ten_minutes_that_calls_the_api()
    {
        var client = await App.AddApiClientAsync("Sagssystem", DemoUsers.Maagen);
        using var http = App.ApiHttp();

        var response = await http.RequestTokenAsync(client.ClientId, client.Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(600, body.GetProperty("expires_in").GetInt32());
        var me = await http.GetWithTokenAsync("/api/v1/mig", body.GetProperty("access_token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(client.ClientId, (await me.JsonAsync()).GetProperty("clientId").GetString());
    }

    [Fact]
    public async Task A_wrong_secret_or_an_unknown_client_is_invalid_client_401()
    {
        var client = await App.AddApiClientAsync("Forkert hemmelighed", DemoUsers.Maagen);
        using var http = App.ApiHttp();

        foreach (var (id, secret) in new[] { (client.ClientId, client.Secret + "x"), ("rk-ukendt", client.Secret), (client.ClientId, client.Secret[..^1]) })
        {
            var response = await http.RequestTokenAsync(id, secret);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("invalid_client", (await response.JsonAsync()).GetProperty("error").GetString());
        }

        // A request without a secret is malformed rather than wrong (OpenIddict's own check).
        var missing = await http.RequestTokenAsync(client.ClientId, "");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("invalid_request", (await missing.JsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_expired_or_revoked_client_gets_no_token()
    {
        var expired = await App.AddApiClientAsync("Udløbet", DemoUsers.Maagen, expiresOn: App.Today.AddDays(-1));
        var revoked = await App.AddApiClientAsync("Tilbagekaldt", DemoUsers.Maagen);
        await SetAsync(revoked.Id, c => c.RevokedUtc = App.Clock.GetUtcNow().UtcDateTime);
        using var http = App.ApiHttp();

        foreach (var client in new[] { expired, revoked })
        {
            var response = await http.RequestTokenAsync(client.ClientId, client.Secret);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("invalid_client", (await response.JsonAsync()).GetProperty("error").GetString());
        }
    }

    [Fact]
    public async Task A_token_stops_working_at_the_next_call_after_revocation_expiry_or_a_new_secret()
    {
        using var http = App.ApiHttp();
        var changes = new (string Name, Action<ApiClient> Change)[]
        {
            ("Tilbagekaldes", c => c.RevokedUtc = App.Clock.GetUtcNow().UtcDateTime),
            ("Udløber", c => c.ExpiresOn = App.Today.AddDays(-1)),
            ("Ny hemmelighed", c => c.SecretStamp = Guid.NewGuid()),
        };
        foreach (var (name, change) in changes)
        {
            var client = await App.AddApiClientAsync(name, DemoUsers.Maagen);
            var token = await http.TokenAsync(client);
            Assert.Equal(HttpStatusCode.OK, (await http.GetWithTokenAsync("/api/v1/mig", token)).StatusCode);

            await SetAsync(client.Id, change);

            var refused = await http.GetWithTokenAsync("/api/v1/mig", token);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Contains("invalid_token", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_token_past_its_ten_minutes_is_refused()
    {
        await using var own = await AppFixture.StartAsync();
        var client = await own.App.AddApiClientAsync("Kort token", DemoUsers.Maagen);
        using var http = own.App.ApiHttp();
        var token = await http.TokenAsync(client);

        own.App.Clock.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetWithTokenAsync("/api/v1/mig", token)).StatusCode);
    }

    [Fact]
    public async Task A_garbled_token_is_401_problem_details()
    {
        using var http = App.ApiHttp();

        var response = await http.GetWithTokenAsync("/api/v1/mig", "ikke-et-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }

    private async Task SetAsync(Guid id, Action<ApiClient> change)
    {
        await using var db = App.CreateSystemDbContext();
        var client = await db.ApiClients.SingleAsync(c => c.Id == id);
        change(client);
        await db.SaveChangesAsync();
    }
}
