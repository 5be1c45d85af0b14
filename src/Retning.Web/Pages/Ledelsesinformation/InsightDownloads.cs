namespace Retning.Web.Pages.Ledelsesinformation;

/// <summary>
/// The download links of a management page (the partial _InsightDownloads), each keeping the
/// view's query string, so a file holds exactly what the page shows.
/// </summary>
public sealed record InsightDownloads(string Xlsx, string Csv, string? Print = null, string? Pdf = null, string? MonthReport = null)
{
    /// <summary>The overview's links: its files, its print view and the report of the last full month.</summary>
    public static InsightDownloads Overview(InsightContext view)
    {
        var query = view.Request.Query();
        return new(Routes.InsightExport("xlsx", query), Routes.InsightExport("csv", query), Routes.InsightPrint(query), Routes.InsightPdf(query),
            Routes.InsightPrint(UdskrivModel.LastMonth(view.Request, view.Today)));
    }

    /// <summary>A figure's links with the page's drill-down choices (the rows come along when they are shown).</summary>
    public static InsightDownloads Figure(TalModel page)
    {
        var query = page.View.Request.Query(("udfald", page.Outcome), ("linje", page.Line), ("raekker", page.ShowRows ? "true" : null), ("forrige", page.PreviousPeriod ? "true" : null));
        return new(Routes.InsightFigureExport(page.Figure.Slug, "xlsx", query), Routes.InsightFigureExport(page.Figure.Slug, "csv", query));
    }
}
