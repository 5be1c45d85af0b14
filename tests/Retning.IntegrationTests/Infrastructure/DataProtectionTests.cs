using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>Data Protection keys live in the database: a restart, or a second instance, logs nobody out.</summary>
public sealed class DataProtectionTests
{
    [Fact]
    public async Task A_second_instance_on_the_same_database_accepts_the_first_instances_login()
    {
        await using var first = await AppFixture.StartAsync();
        using var anne = await BrowserlessClient.SignedInAsync(first.App, DemoUsers.Anne);
        Assert.Equal(HttpStatusCode.OK, (await anne.GetAsync("/borgere")).StatusCode);
        using var fresh = BrowserlessClient.Anonymous(first.App);
        var login = await fresh.SubmitLoginAsync(DemoUsers.Anne, Data.Demo.DemoData.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var sessionCookies = login.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("Retning.Session", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0])
            .ToList();
        Assert.NotEmpty(sessionCookies);

        await using (var db = first.App.CreateSystemDbContext())
        {
            var keys = await db.DataProtectionKeys.ToListAsync(TestContext.Current.CancellationToken);
            Assert.True(keys.Count >= 1, "The Data Protection key ring should be stored in the DataProtectionKeys table.");
            Assert.All(keys, k => Assert.Contains("<key", k.Xml, StringComparison.Ordinal));
        }

        // A new instance (think: restart, or the next web server behind the load balancer).
        await using var second = new RetningApp(first.Database, settings: AppFixture.WithPooling(first.Database, AppFixture.QuietSettings()));
        using var http = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/borgere");
        request.Headers.Add("Cookie", string.Join("; ", sessionCookies));

        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"The second instance should accept the first instance's session cookie, got {(int)response.StatusCode} {response.Headers.Location}.");

        using var withoutCookie = await http.GetAsync("/borgere", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, withoutCookie.StatusCode);
    }
}
