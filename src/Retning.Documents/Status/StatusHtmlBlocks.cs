namespace Retning.Documents.Status;

/// <summary>The status document's two repeated HTML blocks: a captioned data table and a list of label–value facts.</summary>
internal static class StatusHtmlBlocks
{
    public static void Table(this HtmlBuilder html, string caption, IReadOnlyList<string> headers, IEnumerable<string[]> rows, string cssClass)
    {
        using var _ = html.Open("table", "status-doc-table " + cssClass);
        html.Element("caption", caption);
        using (html.Open("thead"))
        using (html.Open("tr"))
        {
            foreach (var header in headers)
            {
                html.Element("th", header, null, ("scope", "col"));
            }
        }

        using (html.Open("tbody"))
        {
            foreach (var row in rows)
            {
                using (html.Open("tr"))
                {
                    for (var i = 0; i < row.Length; i++)
                    {
                        html.Element("td", row[i], i == 0 ? "status-doc-nowrap" : i == row.Length - 1 ? "status-doc-text" : null);
                    }
                }
            }
        }
    }

    public static void Facts(this HtmlBuilder html, IReadOnlyList<(string Label, string Value)> facts, string cssClass)
    {
        using var _ = html.Open("dl", cssClass);
        foreach (var (label, value) in facts)
        {
            // The sender's and contact team's values run over several lines.
            html.Element("dt", label).Element("dd", value, "status-doc-text");
        }
    }
}
