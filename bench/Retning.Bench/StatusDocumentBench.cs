using System.Diagnostics;
using System.Globalization;
using Retning.Documents.Pdf;
using Retning.Domain.Plans;
using Retning.Domain.Status;
using Retning.Documents.Status;

/// <summary>
/// The status documents of a large status: 20 goals, each with a scored sub-goal of ~90 scores (every second day
/// for half a year) and two evaluations, all six sections. Times the DOCX (document model, 20 PNG charts, Word
/// file) and the PDF (HTML with 20 inline SVG charts, then one headless Chromium print). No database, no app.
/// </summary>
internal static class StatusDocumentBench
{
    public static async Task RunAsync(int runs)
    {
        var content = Content(goals: 20, scoresPerSubGoal: 90);
        using var printer = new ChromiumPdfPrinter(new PdfPrinterOptions());
        if (!printer.IsAvailable)
        {
            Console.WriteLine(printer.UnavailableMessage);
        }

        // Warm-up (JIT, Skia's fonts, Chromium's first start from a cold disk cache), not counted.
        var docx = StatusDocx.Write(content);
        var pdf = printer.IsAvailable ? await printer.PrintAsync(StatusPdfHtml.Build(content)) : [];

        var docxTimes = new List<double>();
        var htmlTimes = new List<double>();
        var pdfTimes = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            docx = StatusDocx.Write(content);
            docxTimes.Add(watch.Elapsed.TotalMilliseconds);

            if (printer.IsAvailable)
            {
                watch.Restart();
                var html = StatusPdfHtml.Build(content);
                htmlTimes.Add(watch.Elapsed.TotalMilliseconds);
                pdf = await printer.PrintAsync(html);
                pdfTimes.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"status documents: {content.Goals.Count} goals and sub-goals, {content.Goals.Sum(g => g.Indicator?.Scores.Count ?? 0)} scores, {runs} runs after a warm-up");
        Report("DOCX (model + 20 PNG charts + Word file)", docxTimes, $"{docx.Length / 1024} KiB");
        if (printer.IsAvailable)
        {
            Report("PDF HTML (markup + 20 SVG charts)", htmlTimes, null);
            Report("PDF total (HTML + Chromium print)", pdfTimes, $"{pdf.Length / 1024} KiB");
        }
    }

    private static void Report(string what, List<double> times, string? size)
    {
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-44} median={times[times.Count / 2],7:F0} ms  min={times[0],7:F0} ms  max={times[^1],7:F0} ms{(size is null ? "" : "  " + size)}"));
    }

    /// <summary>A child's status with <paramref name="goals"/> goals, each with one sub-goal scored every second day.</summary>
    public static StatusContent Content(int goals, int scoresPerSubGoal)
    {
        var from = new DateOnly(2026, 3, 1);
        var to = new DateOnly(2026, 8, 31);
        var levels = IndicatorScale.FfbSupportNeed().OrderBy(l => l.Value).Select(l => new ScaleLevelContent(l.Value, l.Label)).ToList();
        var random = new Random(42);
        var list = new List<GoalContent>();
        for (var g = 1; g <= goals; g++)
        {
            var goalId = Guid.NewGuid();
            list.Add(new GoalContent
            {
                Id = goalId, Theme = "Selvstændighedsforhold", Text = $"Barnet smører selv sin madpakke og pakker tasken ({g})", State = "Aktiv",
                Rationale = "Handleplanens formål om selvstændighed i hverdagen; tilgang: struktureret pædagogik med billedstøtte.",
                Interventions = ["- Guidning ved køkkenbordet (dagligt)", "- Billedstøtte og tjekliste (dagligt)"],
                Evaluations =
                [
                    new EvaluationContent(from.AddDays(60), "Fortsæt", "Barnet tager selv initiativ de fleste dage; behøver påmindelse om pålæg.", "Svarprocent 95 %, støttebehovet falder."),
                    new EvaluationContent(from.AddDays(150), "Justér", "Delmålet udvides til også at gælde weekenden.", null),
                ],
            });
            var scores = Enumerable.Range(0, scoresPerSubGoal).Select(i =>
            {
                var value = Math.Clamp((int)Math.Round(4 - (3.0 * i / scoresPerSubGoal) + random.NextDouble() - 0.5), 0, 4);
                return new ScoreContent(from.AddDays(i * 2), value, levels.Single(l => l.Value == value).Label);
            }).ToList();
            list.Add(new GoalContent
            {
                Id = Guid.NewGuid(), ParentId = goalId, IsSubGoal = true, Theme = "Selvstændighedsforhold", State = "Aktiv",
                Text = $"Barnet finder selv pålæg frem fra køleskabet ({g})", Interventions = ["- Fast plads til pålæg i køleskabet"],
                Indicator = new IndicatorContent
                {
                    ScaleName = "Støttebehov (FFB)", Levels = levels, Scores = scores,
                    Trend = "Støttebehovet er faldet med 0,5 trin pr. måned", ResponseRate = $"Tilstrækkeligt datagrundlag ({scoresPerSubGoal} af 92 forventede).",
                },
            });
        }

        return new StatusContent
        {
            CitizenName = "Bench Borger", MaskedCpr = "010115-xxxx", Department = "Bakkehuset – Afdeling Øst", Municipality = "Aalborg Kommune",
            Caseworker = "Søren Ørsted", Layout = StatusLayout.Ics, PeriodFrom = from, PeriodTo = to, StatusDate = to.AddDays(1),
            RevisionNumber = 1, ApprovedBy = "Anne Leder", ApprovedOn = to.AddDays(3),
            Purposes = [new PurposeContent("Selvstændighed", "Barnet skal udvikle selvstændighed i hverdagens gøremål og trives i skolen.")],
            Sections = [.. StatusSections.All.Select(key =>
            {
                var titles = StatusSections.Titles(key, StatusLayout.Ics);
                return new SectionContent(key, titles.Heading, titles.SinceTitle, string.Join('\n', Enumerable.Repeat("Tekst om perioden med æøå, skrevet af kontaktteamet.", 6)),
                    titles.AheadTitle, titles.AheadTitle is null ? null : "Fremadrettet indsats: fortsat guidning og billedstøtte.");
            })],
            Goals = list,
        };
    }
}
