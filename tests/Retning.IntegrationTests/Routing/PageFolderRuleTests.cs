using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Retning.IntegrationTests.Support;

namespace Retning.IntegrationTests.Routing;

/// <summary>
/// A page lives where its URL says (docs/adr/0008-page-models-and-routes.md): drop the
/// parameters from the route; the remaining segments, in PascalCase ("log-ind" → LogInd), name
/// the folder under Pages/, and the last may instead name the file. A download segment
/// ("status.docx", "graf.{handler}") counts by its stem, and its file may be named after the
/// extension (Docx, Pdf, Zip).
/// </summary>
public sealed class PageFolderRuleTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public void Every_page_lives_in_the_folder_its_route_names()
    {
        var pages = fixture.App.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Where(p => p.AttributeRouteInfo?.Template is not null)
            .ToList();
        Assert.True(pages.Count > 90, $"Only {pages.Count} pages were found.");

        var misplaced = pages
            .Where(p => !Follows(p.ViewEnginePath, p.AttributeRouteInfo!.Template!))
            .Select(p => $"{p.ViewEnginePath} serves /{p.AttributeRouteInfo!.Template}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(misplaced.Count == 0, "Pages whose folder is not their route's path:\n" + string.Join('\n', misplaced));
    }

    [Theory]
    [InlineData("/Borgere/Maal/Vis", "borgere/{id:guid}/maal/{goalId:guid}", true)]
    [InlineData("/Borgere/Plan/Perioder/Udskriv", "borgere/{id:guid}/plan/perioder/{number:int}/udskriv", true)]
    [InlineData("/Borgere/Status/Docx", "borgere/{id:guid}/status/{statusId:guid}/status.docx", true)]
    [InlineData("/Borgere/Delmaal/Graf", "borgere/{id:guid}/delmaal/{subGoalId:guid}/graf.{handler}", true)]
    [InlineData("/LogInd/ToFaktor", "log-ind/to-faktor", true)]
    [InlineData("/Index", "", true)]
    [InlineData("/Maal/Vis", "borgere/{id:guid}/maal/{goalId:guid}", false)]
    [InlineData("/Konto/LogInd", "log-ind", false)]
    public void The_rule_reads_a_route_as_a_newcomer_would(string pagePath, string template, bool follows) =>
        Assert.Equal(follows, Follows(pagePath, template));

    internal static bool Follows(string pagePath, string template)
    {
        var lastSlash = pagePath.LastIndexOf('/');
        var folder = pagePath[..lastSlash].Trim('/');
        var file = pagePath[(lastSlash + 1)..];
        var segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !s.StartsWith('{'))
            .ToList();
        if (segments.Count == 0)
        {
            return folder.Length == 0;
        }

        var stems = segments.Select(s => Pascal(s.Split('.')[0])).ToList();
        if (string.Equals(folder, string.Join('/', stems), StringComparison.Ordinal))
        {
            return true;
        }

        var last = segments[^1].Split('.');
        var fileNames = last.Length > 1 && !last[1].StartsWith('{') ? new[] { Pascal(last[0]), Pascal(last[1]) } : [Pascal(last[0])];
        return string.Equals(folder, string.Join('/', stems.SkipLast(1)), StringComparison.Ordinal)
            && fileNames.Contains(file, StringComparer.Ordinal);
    }

    private static string Pascal(string segment) =>
        string.Concat(segment.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
