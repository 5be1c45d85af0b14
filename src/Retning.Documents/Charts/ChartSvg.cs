using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Retning.Documents.Charts;

/// <summary>
/// Makes ScottPlot's SVG fit the web page.
/// <para>
/// What ScottPlot 5.1.59's <c>GetSvgXml</c> writes (Skia's SVG canvas): an XML declaration, then
/// <c>&lt;svg xmlns=… xmlns:xlink=… width height&gt;</c> without a viewBox; only presentation
/// attributes (<c>fill</c>, <c>stroke</c>, <c>font-family</c>, <c>font-size</c>) — no
/// <c>&lt;style&gt;</c> element, no <c>style=</c> attribute, no script, no external reference, no
/// embedded font; text stays text (XML-escaped), each glyph placed by an <c>x</c> list that ends
/// in a stray ", "; clip paths get ids <c>cl_1</c>, <c>cl_2</c>… that repeat in every chart.
/// </para>
/// <para>
/// So under the page's CSP (<c>style-src 'self'</c>) the SVG works both as
/// <c>&lt;img src="…/graf.svg" alt="…"&gt;</c> and inlined: CSP governs style elements and
/// attributes, not presentation attributes. This class removes the declaration (inlining needs
/// the markup to start with &lt;svg), adds a viewBox (so CSS can scale it), trims the stray
/// commas, gives the clip-path ids a per-chart prefix (two inlined charts would otherwise clip
/// each other's content), adds a font fallback of similar glyph widths (the viewer may lack the
/// font the glyph positions were measured with), and — defensively, should a later version start writing them —
/// drops style and script elements and style attributes.
/// </para>
/// </summary>
public static partial class ChartSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Self-contained, well-formed SVG starting with &lt;svg (see the class notes).</summary>
    public static string Sanitize(string scottPlotSvg)
    {
        ArgumentNullException.ThrowIfNull(scottPlotSvg);
        var root = XDocument.Parse(scottPlotSvg).Root
            ?? throw new ArgumentException("Tom SVG.", nameof(scottPlotSvg));

        root.Descendants().Where(e => e.Name == Svg + "style" || e.Name == Svg + "script").Remove();
        root.DescendantsAndSelf().Attributes("style").Remove();

        if (root.Attribute("viewBox") is null && root.Attribute("width") is { } w && root.Attribute("height") is { } h)
        {
            root.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {w.Value} {h.Value}"));
        }

        var prefix = IdPrefix(scottPlotSvg);
        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes().ToList())
            {
                attribute.Value = Fix(attribute.Name.LocalName, attribute.Value, prefix);
            }

            if (element.Name == Svg + "text")
            {
                // Glyph positions start at the first character; the indenting whitespace is noise.
                element.Value = element.Value.Trim();
            }
        }

        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static string Fix(string name, string value, string prefix) => name switch
    {
        "x" or "y" => value.TrimEnd(',', ' '),
        "id" => prefix + value,
        "clip-path" or "mask" or "filter" or "fill" => UrlReference().Replace(value, m => $"url(#{prefix}{m.Groups[1].Value})"),
        "font-family" => value.StartsWith("DejaVu", StringComparison.Ordinal)
            ? $"{value}, Verdana, sans-serif" // Verdana has nearly DejaVu Sans' glyph widths
            : $"{value}, Arial, sans-serif", // Liberation Sans has Arial's widths
        _ => value,
    };

    // Same chart, same prefix: the output is deterministic, and two identical inlined charts
    // sharing ids is harmless because the clip paths are identical too.
    private static string IdPrefix(string svg) =>
        "c" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(svg)).AsSpan(0, 4)) + "-";

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();
}
