using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Retning.Data;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Operations;

/// <summary>/health reports a database that can be read but not written as unhealthy.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Health_is_unhealthy_while_the_database_cannot_be_written_and_healthy_again_after()
    {
        var readOnly = new ReadOnlySwitch();
        await using var database = await TestDatabase.CreateAsync();
        await using var parent = new RetningApp(database, settings: AppFixture.WithPooling(database, AppFixture.QuietSettings()));
        await using var app = parent.WithWebHostBuilder(b => b.ConfigureServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(readOnly), ServiceLifetime.Singleton)));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var healthy = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Equal("Healthy", await healthy.Content.ReadAsStringAsync());

        readOnly.On = true;
        var unhealthy = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        Assert.Equal("Unhealthy", await unhealthy.Content.ReadAsStringAsync());

        readOnly.On = false;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
