using Retning.Documents.Docx;
using Retning.Documents.Model;
using Retning.Domain.Quality;

namespace Retning.Documents.Quality;

/// <summary>The round's report as a Word document: the same facts and tables as the print view, each indicator's chart as a picture.</summary>
public static class RoundReportDocx
{
    public static DocumentModel Model(RoundReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var blocks = new List<DocumentBlock>
        {
            new Paragraph($"{RoundReportModel.Title} efter standard 1.3 (indikator 5–9). Rapporten indeholder kun optællinger: ingen borgere, planer eller kommentarer."),
            new Heading(1, "Konklusion"),
            new Paragraph(string.IsNullOrWhiteSpace(report.Round.Conclusion) ? "Runden er ikke afsluttet med en konklusion endnu." : report.Round.Conclusion),
            new Heading(1, "Resultater pr. indikator"),
            RoundReportTables.Indicators(report.Results),
        };
        foreach (var count in report.Results.Round)
        {
            blocks.Add(new Heading(2, $"{count.Indicator.Number()}: {count.Indicator.Danish()}"));
            blocks.Add(new Image(RoundReportCharts.Png(count), RoundReportCharts.DocxWidthCm, RoundReportCharts.Summary(count)));
            blocks.Add(new Paragraph($"Opfyldt: {ImprovementText.MetOf(count)}."));
        }

        blocks.Add(new Heading(1, "Resultater pr. afdeling og tilbud"));
        blocks.Add(RoundReportTables.PerLine("Andel opfyldt pr. afdeling", "Afdeling", report.Results.PerDepartment, report.DepartmentNames));
        blocks.Add(RoundReportTables.PerLine("Andel opfyldt pr. tilbud", "Tilbud", report.Results.PerOffer, report.OfferNames));
        blocks.Add(new Heading(1, "Enighed mellem bedømmerne"));
        blocks.Add(RoundReportTables.Agreement(report.Results));
        blocks.Add(new Heading(1, "Forbedringsplan"));
        blocks.Add(report.Actions.Count == 0
            ? new Paragraph("Der er ikke skrevet tiltag i forbedringsplanen endnu.")
            : RoundReportTables.Actions(report.Actions));

        return new DocumentModel(report.Round.Title, [.. RoundReportHtml.Facts(report).Select(f => new TitleFact(f.Label, f.Value))], report.RunningHeader, blocks)
        {
            Created = report.Made,
        };
    }

    public static byte[] Write(RoundReportModel report) => DocxWriter.Write(Model(report));

    /// <summary>"kvalitetsopfoelgning-2026-03-02.docx": no names, the day it was made.</summary>
    public static string FileName(RoundReportModel report, string extension)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"kvalitetsopfoelgning-{report.Round.PeriodFrom:yyyy-MM-dd}-{report.Round.PeriodTo:yyyy-MM-dd}{extension}";
    }
}
