using System.Net;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Authorization;

/// <summary>The class's app and a second instance of it on the same database (think: the next server behind the proxy).</summary>
public sealed class TwoInstancesFixture : AppFixture, IAsyncLifetime
{
    private RetningApp? _second;

    public RetningApp Second => _second ?? throw new InvalidOperationException("The fixture has not started.");

    public new async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _second = new RetningApp(App.Database, settings: WithPooling(App.Database, QuietSettings()));
        _ = _second.Services;
    }

    public new async ValueTask DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}

/// <summary>The steps the grant-change tests share: granting a role on the user page, and a page's status per client.</summary>
internal static class GrantChangeSteps
{
    /// <summary>Each client in turn gets <paramref name="url"/> with the <paramref name="expected"/> status.</summary>
    public static async Task AssertStatusAsync(HttpStatusCode expected, string url, params BrowserlessClient[] clients)
    {
        for (var i = 0; i < clients.Length; i++)
        {
            var response = await clients[i].GetAsync(url);
            Assert.True(response.StatusCode == expected,
                $"Request {i + 1}: {clients[i].Email} got {(int)response.StatusCode} for {url}; expected {(int)expected}.");
        }
    }

    /// <summary>An administrator gives <paramref name="role"/> in a department on the user page (granted, or a request when four eyes apply).</summary>
    public static Task<HttpResponseMessage> GrantAsync(BrowserlessClient admin, Guid userId, Guid departmentId, string role) =>
        admin.PostFormAsync($"/admin/brugere/{userId}", "form[action*='TilfoejRolle']",
            new Dictionary<string, string?> { ["Membership.DepartmentId"] = departmentId.ToString(), ["Membership.Role"] = role });
}
