using System.Buffers.Binary;
using System.Xml.Linq;

namespace Retning.UnitTests.Charts;

/// <summary>Reads back what a chart wrote: the SVG's text, the PNG's size.</summary>
internal static class ChartAssert
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Parses the SVG (throws when it is not well-formed XML) and checks the root.</summary>
    public static XElement WellFormedSvg(string svg)
    {
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.NotNull(root.Attribute("viewBox"));

        // Nothing the page's CSP (style-src 'self', script-src 'self') would block when inlined.
        Assert.Empty(root.Descendants(Svg + "style"));
        Assert.Empty(root.Descendants(Svg + "script"));
        Assert.Empty(root.DescendantsAndSelf().Attributes("style"));
        return root;
    }

    /// <summary>Every text drawn in the SVG.</summary>
    public static List<string> Texts(string svg) =>
        [.. WellFormedSvg(svg).Descendants(Svg + "text").Select(t => t.Value.Trim())];

    /// <summary>Checks the PNG signature and returns the size from the IHDR chunk.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.Length > 33, "PNG too short");
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
