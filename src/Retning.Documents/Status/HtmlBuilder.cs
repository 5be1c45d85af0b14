using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Retning.Documents.Status;

/// <summary>
/// A small HTML writer for the status document: every text and attribute value goes through
/// <see cref="HtmlEncoder"/> (letters such as æøå stay readable); element and attribute names
/// are the code's own constants. The only markup taken as is goes through <see cref="TrustedSvg"/>.
/// <c>using (html.Open("section")) { … }</c> closes the element at the end of the block.
/// </summary>
internal sealed class HtmlBuilder
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();

    /// <summary>Opens an element; the returned scope closes it. Attributes with a null value are left out.</summary>
    public Scope Open(string tag, string? cssClass = null, params (string Name, string? Value)[] attributes)
    {
        Start(tag, cssClass, attributes);
        return new Scope(this, tag);
    }

    /// <summary>An element holding <paramref name="text"/> (encoded).</summary>
    public HtmlBuilder Element(string tag, string? text, string? cssClass = null, params (string Name, string? Value)[] attributes)
    {
        Start(tag, cssClass, attributes);
        Text(text);
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Text content, encoded; control characters other than line breaks and tabs are left out.</summary>
    public HtmlBuilder Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _html.Append(Encoder.Encode(WithoutControlCharacters(text)));
        }

        return this;
    }

    /// <summary>
    /// SVG made by <see cref="Retning.Documents.Charts.SubGoalChart.Svg"/>, which passes it through
    /// <see cref="Retning.Documents.Charts.ChartSvg.Sanitize"/> (no script, no style, texts XML-escaped).
    /// Nothing else may be written unencoded.
    /// </summary>
    public HtmlBuilder TrustedSvg(string svg)
    {
        if (!svg.StartsWith("<svg", StringComparison.Ordinal))
        {
            throw new ArgumentException("Only sanitized chart SVG may be written as markup.", nameof(svg));
        }

        _html.Append(svg);
        return this;
    }

    /// <summary>
    /// A data table's header row and body: each column header scoped to its column, each row's first cell heading
    /// the row (WCAG 1.3.1) — the one table writer of the documents' HTML. <paramref name="cellClass"/> gives a
    /// cell's class by row and column index.
    /// </summary>
    public HtmlBuilder TableBody(IEnumerable<string> headers, IEnumerable<IReadOnlyList<string?>> rows, Func<int, int, string?>? cellClass = null)
    {
        using (Open("thead"))
        using (Open("tr"))
        {
            foreach (var header in headers)
            {
                Element("th", header, null, ("scope", "col"));
            }
        }

        using (Open("tbody"))
        {
            var r = 0;
            foreach (var row in rows)
            {
                using (Open("tr"))
                {
                    for (var i = 0; i < row.Count; i++)
                    {
                        Element(i == 0 ? "th" : "td", row[i], cellClass?.Invoke(r, i), i == 0 ? ("scope", "row") : ("scope", null));
                    }
                }

                r++;
            }
        }

        return this;
    }

    public override string ToString() => _html.ToString();

    private void Start(string tag, string? cssClass, (string Name, string? Value)[] attributes)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            Attribute("class", cssClass);
        }

        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                Attribute(name, value);
            }
        }

        _html.Append('>');
    }

    private void Attribute(string name, string value) =>
        _html.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(WithoutControlCharacters(value))).Append('"');

    private static string WithoutControlCharacters(string text)
    {
        if (!text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            return text;
        }

        return new string([.. text.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t')]);
    }

    /// <summary>Closes its element when disposed.</summary>
    public readonly struct Scope(HtmlBuilder builder, string tag) : IDisposable
    {
        public void Dispose() => builder._html.Append("</").Append(tag).Append('>');
    }
}
