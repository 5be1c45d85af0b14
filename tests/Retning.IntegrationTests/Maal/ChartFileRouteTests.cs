using System.Net;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Maal;

/// <summary>
/// The sub-goal's chart is one page with a handler per format (graf.{handler}): graf.svg and
/// graf.png answer as files, and no other extension reaches the page.
/// </summary>
public sealed class ChartFileRouteTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Only_svg_and_png_are_chart_files()
    {
        var citizen = await fixture.App.NthCitizenAsync(DemoUsers.Maagen, 5);
        var goal = await fixture.App.AddGoalAsync(citizen.Id, "At borgeren går en tur hver dag");
        var sub = await fixture.App.AddGoalAsync(citizen.Id, "At borgeren tager skoene på selv", goal.Id);
        var chart = $"/borgere/{citizen.Id}/delmaal/{sub.Id}/graf";
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        Assert.Equal("image/svg+xml", (await anne.GetAsync(chart + ".svg")).Content.Headers.ContentType!.MediaType);
        Assert.Equal("image/png", (await anne.GetAsync(chart + ".png")).Content.Headers.ContentType!.MediaType);
        foreach (var other in new[] { ".pdf", ".svgz", "" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync(chart + other)).StatusCode);
        }
    }
}
