using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.ApiClients;
using Retning.Testing;

namespace Retning.IntegrationTests.Api.Auth;

/// <summary>API clients made straight in the database, and tokens fetched the way an outside system does.</summary>
public static class ApiClientTestData
{
    public sealed record Registered(Guid Id, string ClientId, string Secret);

    public static async Task<Registered> AddApiClientAsync(this RetningApp app, string name, string department,
        ApiRights rights = ApiRights.Read | ApiRights.Write, DateOnly? expiresOn = null)
    {
        await using var db = app.CreateSystemDbContext();
        var departmentId = await db.Departments.Where(d => d.Name == department).Select(d => d.Id).SingleAsync();
        var secret = ApiClientSecrets.NewSecret();
        var client = new ApiClient
        {
            ClientId = ApiClientSecrets.NewClientId(),
            Name = name,
            SecretHash = ApiClientSecrets.Hash(secret),
            Rights = rights,
            ExpiresOn = expiresOn ?? app.Today.AddMonths(6),
            CreatedUtc = app.Clock.GetUtcNow().UtcDateTime,
            CreatedBy = "test",
            ChangedUtc = app.Clock.GetUtcNow().UtcDateTime,
            ChangedBy = "test",
            Departments = [new ApiClientDepartment { DepartmentId = departmentId }],
        };
        db.ApiClients.Add(client);
        await db.SaveChangesAsync();
        return new Registered(client.Id, client.ClientId, secret);
    }

    /// <summary>The authorization matrices' client: one of Mågen, made once per app.</summary>
    public static async Task<Guid> MatrixClientAsync(RetningApp app)
    {
        const string name = "Autorisationsmatricens klient";
        await using (var db = app.CreateSystemDbContext())
        {
            if (await db.ApiClients.Where(c => c.Name == name).Select(c => (Guid?)c.Id).FirstOrDefaultAsync() is { } id)
            {
                return id;
            }
        }

        return (await app.AddApiClientAsync(name, DemoUsers.Maagen)).Id;
    }

    /// <summary>An HttpClient that follows no redirect (a redirect under /api is a failure).</summary>
    public static HttpClient ApiHttp(this RetningApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>POST /api/token with grant_type=client_credentials, client_id and client_secret in the form.</summary>
    public static Task<HttpResponseMessage> RequestTokenAsync(this HttpClient http, string clientId, string secret) =>
        http.PostAsync("/api/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));

    public static async Task<string> TokenAsync(this HttpClient http, Registered client)
    {
        var response = await http.RequestTokenAsync(client.ClientId, client.Secret);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token request answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public static Task<HttpResponseMessage> GetWithTokenAsync(this HttpClient http, string url, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
