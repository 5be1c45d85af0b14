using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Retning.Domain.Status;
using Retning.Documents.Status;

namespace Retning.UnitTests.Status;

/// <summary>The print view's markup (also the PDF's): semantic, encoded, and styled by the one shared style sheet.</summary>
public sealed partial class StatusDocumentHtmlTests
{
    private static readonly Lazy<string> Html = new(() => StatusDocumentHtml.Render(StatusDocumentSample.Content()));

    /// <summary>The fragment parsed as XML: it is well-formed, and its structure can be queried.</summary>
    private static XElement Parse(string html) => XElement.Parse(html.Replace("&nbsp;", "&#160;", StringComparison.Ordinal));

    private static IEnumerable<XElement> All(XElement root, string name) => root.DescendantsAndSelf().Where(e => e.Name.LocalName == name);

    [Fact]
    public void Headings_run_from_the_title_over_sections_and_goals_to_sub_goals()
    {
        var root = Parse(Html.Value);

        Assert.Equal("Status til kommunen", Assert.Single(All(root, "h1")).Value);
        Assert.Equal(
            ["Formålet med indsatsen", "Ressourcer, udfordringer og behov for støtte", "Mål og delmål, der er arbejdet med i perioden", "Indsatser", "Opnåede resultater", "Målgruppe, kategori og støttebehov", StatusDocumentText.AppendixHeading],
            All(root, "h2").Select(h => h.Value));
        Assert.Contains("Mål 1: " + StatusDocumentSample.SchoolGoalText, All(root, "h3").Select(h => h.Value));
        Assert.Equal(
            ["Delmål 1.1: " + StatusDocumentSample.PackBagText, "Delmål 1.2: " + StatusDocumentSample.MorningText, "Delmål 2.1: " + StatusDocumentSample.ClubText, "Delmål 3.1: " + StatusDocumentSample.BedtimeText],
            All(root, "h4").Select(h => h.Value));
        Assert.DoesNotContain(StatusDocumentSample.ExcludedApproaches, Html.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Faglige tilgange og metoder", Html.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Inside_a_page_with_its_own_h1_every_heading_moves_one_level_down()
    {
        var root = Parse(StatusDocumentHtml.Render(StatusDocumentSample.Content(), firstHeadingLevel: 2));

        Assert.Empty(All(root, "h1"));
        Assert.Equal("Status til kommunen", Assert.Single(All(root, "h2")).Value);
        Assert.Equal(4, All(root, "h5").Count());
    }

    [Fact]
    public void Two_sided_sections_are_a_grid_of_since_on_the_left_and_ahead_on_the_right()
    {
        var root = Parse(Html.Value);
        var grids = All(root, "div").Where(d => (string?)d.Attribute("class") == "status-doc-columns").ToList();

        Assert.Equal(3, grids.Count); // resources, goals, interventions
        var columns = grids[0].Elements().ToList();
        Assert.Equal(2, columns.Count);
        Assert.Equal("Siden sidste status: Barnets/den unges ressourcer, udfordringer og støttebehov", columns[0].Elements().First().Value);
        Assert.Equal("Fremadrettet: Behov for støtte og indsats", columns[1].Elements().First().Value);
        Assert.Equal(StatusDocumentSample.ResourcesSince, columns[0].Elements().Last().Value);
    }

    [Fact]
    public void Tables_have_captions_and_column_headers_and_each_chart_a_text_alternative_and_its_numbers_below()
    {
        var root = Parse(Html.Value);

        Assert.All(All(root, "table"), t => Assert.False(string.IsNullOrWhiteSpace(t.Element("caption")?.Value)));
        Assert.All(All(root, "th"), th => Assert.Equal("col", (string?)th.Attribute("scope")));
        var charts = All(root, "figure").ToList();
        Assert.Equal(StatusDocumentSample.ScoredSubGoals.Length, charts.Count);
        for (var i = 0; i < charts.Count; i++)
        {
            var image = charts[i].Elements().First();
            Assert.Equal("img", (string?)image.Attribute("role"));
            Assert.StartsWith($"Graf: støttebehov for delmålet »{StatusDocumentSample.ScoredSubGoals[i]}«", (string?)image.Attribute("aria-label"), StringComparison.Ordinal);
            Assert.Equal("svg", image.Elements().Single().Name.LocalName);
            var table = charts[i].ElementsAfterSelf().First(); // the scores per month
            Assert.Equal("table", table.Name.LocalName);
            Assert.StartsWith("Scoringer pr. måned 01-03-2026 – 31-08-2026", table.Element("caption")!.Value, StringComparison.Ordinal);
            Assert.Equal(6, table.Element("tbody")!.Elements("tr").Count());
        }

        // The appendix the contact team chose: every score, in a column flow.
        var appendix = All(root, "section").Single(s => s.Elements().First().Value == StatusDocumentText.AppendixHeading);
        var everyScore = All(appendix, "table").ToList();
        Assert.Equal(3, everyScore.Count);
        Assert.All(everyScore, t => Assert.Equal(26, t.Element("tbody")!.Elements("tr").Count()));

        Assert.DoesNotContain("<script", Html.Value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", Html.Value, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Texts_are_encoded_and_danish_letters_stay_readable()
    {
        var content = StatusDocumentSample.Content() with { CitizenName = "Bo <script>alert(1)</script> & \"Søs\"", Purposes = [new PurposeContent("", "Linje 1\nLinje 2 <b>ikke fed</b>")] };

        var html = StatusDocumentHtml.Render(content);
        var root = Parse(html);

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("Søs", html, StringComparison.Ordinal);
        Assert.Contains(All(root, "dd"), dd => dd.Value == "Bo <script>alert(1)</script> & \"Søs\"");
        Assert.Contains(All(root, "li"), p => p.Value == "Linje 1\nLinje 2 <b>ikke fed</b>");
    }

    [Fact]
    public void The_pdf_is_a_complete_locked_down_document_with_the_page_css_and_the_same_markup()
    {
        var content = StatusDocumentSample.Content();

        var pdfHtml = StatusPdfHtml.Build(content);

        Assert.StartsWith("<!doctype html>\n<html lang=\"da\">", pdfHtml, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", pdfHtml, StringComparison.Ordinal);
        Assert.Contains(Retning.Documents.Pdf.ChromiumPdfPrinter.LockdownMeta, pdfHtml, StringComparison.Ordinal);
        Assert.Contains(Retning.Documents.Pdf.PdfPageCss.For(content.RunningHeader), pdfHtml, StringComparison.Ordinal);
        Assert.Contains(StatusDocumentCss.Rules, pdfHtml, StringComparison.Ordinal);
        // The same markup; only the chart's clip-path ids differ (ScottPlot numbers them process-wide).
        Assert.Contains(WithoutSvg(Html.Value), WithoutSvg(pdfHtml), StringComparison.Ordinal);
        Assert.Equal(StatusDocumentSample.ScoredSubGoals.Length, Regex.Count(pdfHtml, "<svg "));
    }

    private static string WithoutSvg(string html) => Svg().Replace(html, "<svg/>");

    [Fact]
    public void The_pdf_style_sheet_is_the_document_block_of_site_css()
    {
        var siteCss = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Retning.Web", "wwwroot", "css", "site.css"));

        var block = DocumentBlock().Match(siteCss);

        Assert.True(block.Success, "site.css has no \"Statusdokument: document rules begin … end\" block.");
        Assert.Equal(StatusDocumentCss.Rules.ReplaceLineEndings("\n").Trim(), block.Groups[1].Value.ReplaceLineEndings("\n").Trim());
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(thisFile)! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Retning.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Retning.slnx not found above the test.");
    }

    [GeneratedRegex("<svg .*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();

    [GeneratedRegex(@"/\* Statusdokument: document rules begin \*/(.*?)/\* Statusdokument: document rules end \*/", RegexOptions.Singleline)]
    private static partial Regex DocumentBlock();
}
