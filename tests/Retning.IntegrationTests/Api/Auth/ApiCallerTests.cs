using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Retning.Data;
using Retning.Domain.ApiClients;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Api.Auth;
using Retning.Web.Infrastructure;

namespace Retning.IntegrationTests.Api.Auth;

/// <summary>
/// Who calls /api (docs/adr/0017): a client's token makes it the caller with exactly its departments and
/// rights, audited under its own name; anonymous calls are 401 problem details, never the login page;
/// a staff session reads with its own scope but cannot write with the cookie alone.
/// </summary>
public sealed class ApiCallerTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_client_of_Maagen_is_a_caller_with_exactly_Maagen_and_its_rights()
    {
        var client = await App.AddApiClientAsync("Mågens system", DemoUsers.Maagen, ApiRights.Read | ApiRights.Text);
        using var http = App.ApiHttp();

        var me = await (await http.GetWithTokenAsync("/api/v1/mig", await http.TokenAsync(client))).JsonAsync();

        Assert.Equal("api-klient", me.GetProperty("kind").GetString());
        Assert.Equal(client.Id, me.GetProperty("id").GetGuid());
        Assert.Equal([DemoUsers.Maagen], me.GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        Assert.Equal(["læse", "fritekst"], me.GetProperty("rights").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task The_citizen_filter_of_a_client_caller_hides_Ternens_citizens()
    {
        var maagen = await App.CitizenAsync(DemoUsers.Maagen);
        var ternen = await App.CitizenAsync(DemoUsers.Ternen);
        await using var system = App.CreateSystemDbContext();
        var maagenId = await system.Departments.Where(d => d.Name == DemoUsers.Maagen).Select(d => d.Id).SingleAsync();

        // The request's services as ApiCallerMiddleware leaves them: CurrentUser → HttpCitizenScope → the DbContext filter.
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>()
            .SetApiClient(new ApiCaller(Guid.NewGuid(), "rk-test", "Mågens system", ApiRights.Read, new HashSet<Guid> { maagenId }));
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.True(await db.Citizens.AnyAsync(c => c.Id == maagen.Id));
        Assert.False(await db.Citizens.AnyAsync(c => c.Id == ternen.Id));
        Assert.All(await db.Citizens.Select(c => c.DepartmentId).Distinct().ToListAsync(), d => Assert.Equal(maagenId, d));
    }

    [Fact]
    public async Task A_client_without_the_read_right_is_403_and_the_denial_row_names_the_client()
    {
        var client = await App.AddApiClientAsync("Kun skrive", DemoUsers.Maagen, ApiRights.Write);
        using var http = App.ApiHttp();
        var token = await http.TokenAsync(client);
        var before = await App.LastAuditIdAsync();

        var response = await http.GetWithTokenAsync("/api/v1/mig", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Denied, (Guid?)client.Id, "API-klient: Kun skrive"), (row.Action, row.UserId, row.UserName));
    }

    [Fact]
    public async Task An_anonymous_call_is_401_problem_details_with_a_bearer_challenge_not_a_redirect()
    {
        using var http = App.ApiHttp();

        foreach (var url in new[] { "/api/v1/mig", "/api/v1/borgere" })
        {
            var response = await http.GetAsync(url);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("adgangstoken", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_staff_session_reads_with_its_own_departments()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        var response = await mette.GetAsync("/api/v1/mig");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.JsonAsync();
        Assert.Equal("medarbejder", me.GetProperty("kind").GetString());
        Assert.Equal(await App.UserIdAsync(DemoUsers.Mette), me.GetProperty("id").GetGuid());
        Assert.Contains(DemoUsers.Maagen, me.GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_staff_session_cannot_write_with_the_cookie_alone()
    {
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete })
        {
            var response = await mette.Http.SendAsync(new HttpRequestMessage(method, "/api/v1/mig") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(ApiCallerMiddleware.MissingAntiforgery, (await response.JsonAsync()).GetProperty("detail").GetString());
        }
    }
}
