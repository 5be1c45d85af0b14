using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
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

        // The DOCX runs, then the PDF runs, each after resetting the process's peak working set, so each
        // series reports its own peak; allocation is counted per document (GC.GetTotalAllocatedBytes).
        var docxTimes = new List<double>();
        var docxAllocated = new List<double>();
        MemoryProbe.ResetPeak();
        for (var i = 0; i < runs; i++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            docx = StatusDocx.Write(content);
            docxTimes.Add(watch.Elapsed.TotalMilliseconds);
            docxAllocated.Add(GC.GetTotalAllocatedBytes(precise: true) - allocated);
        }

        var docxPeak = MemoryProbe.PeakWorkingSet();

        var htmlTimes = new List<double>();
        var pdfTimes = new List<double>();
        var htmlAllocated = new List<double>();
        var pdfAllocated = new List<double>();
        MemoryProbe.ResetPeak();
        for (var i = 0; i < runs && printer.IsAvailable; i++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var html = StatusPdfHtml.Build(content);
            htmlTimes.Add(watch.Elapsed.TotalMilliseconds);
            htmlAllocated.Add(GC.GetTotalAllocatedBytes(precise: true) - allocated);
            pdf = await printer.PrintAsync(html);
            pdfTimes.Add(watch.Elapsed.TotalMilliseconds);
            pdfAllocated.Add(GC.GetTotalAllocatedBytes(precise: true) - allocated);
        }

        var pdfPeak = MemoryProbe.PeakWorkingSet();

        Console.WriteLine($"status documents: {content.Goals.Count} goals and sub-goals, {content.Goals.Sum(g => g.Indicator?.Scores.Count ?? 0)} scores, {runs} runs after a warm-up");
        Report("DOCX (model + 20 PNG charts + Word file)", docxTimes, $"{docx.Length / 1024} KiB");
        if (printer.IsAvailable)
        {
            Report("PDF HTML (markup + 20 SVG charts)", htmlTimes, null);
            Report("PDF total (HTML + Chromium print)", pdfTimes, $"{pdf.Length / 1024} KiB");
        }

        Console.WriteLine("memory (this process; Chromium is a child process of its own):");
        ReportMemory("DOCX", docxAllocated, docxPeak);
        if (printer.IsAvailable)
        {
            ReportMemory("PDF HTML", htmlAllocated, null);
            ReportMemory("PDF total (HTML + print)", pdfAllocated, pdfPeak);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"Chromium's largest process, peak RSS",-44} {MemoryProbe.ChildrenPeakRss() / 1024.0 / 1024,7:F0} MB"));
        }
    }

    private static void ReportMemory(string what, List<double> allocated, long? peak)
    {
        allocated.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-44} allocated per document median={allocated[allocated.Count / 2] / 1024 / 1024,7:F1} MB{(peak is null ? "" : $"  peak working set of the runs={peak.Value / 1024.0 / 1024,7:F0} MB")}"));
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

/// <summary>
/// The process's memory on Linux: the peak working set (VmHWM), which writing 5 to
/// /proc/self/clear_refs resets, and the largest finished child's peak RSS (getrusage).
/// </summary>
internal static class MemoryProbe
{
    public static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the peak then counts from the process's start.
        }
    }

    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    /// <summary>ru_maxrss of RUSAGE_CHILDREN (KiB on Linux): the largest descendant waited for so far.</summary>
    public static long ChildrenPeakRss()
    {
        const int children = -1;
        return OperatingSystem.IsLinux() && GetResourceUsage(children, out var usage) == 0 ? usage.MaxRss * 1024 : 0;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRss;
        public long IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }
}
