using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using System.Text;
using System.Text.RegularExpressions;

namespace Retning.UnitTests.Documents.Pdf;

/// <summary>
/// The PDF tests start processes (Chromium, fake Chromium scripts) and one measures a timeout:
/// they run on their own, after the parallel tests, so no other test forks while a script is
/// being written (that would make it "text file busy") and no CPU contention stretches a run.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PdfCollection
{
    public const string Name = "Pdf";
}

/// <summary>A private scratch directory per test, deleted afterwards.</summary>
[SupportedOSPlatform("linux")]
public sealed class PdfScratch : IDisposable
{
    public PdfScratch()
    {
        Root = Directory.CreateTempSubdirectory("retning-pdf-test-").FullName;
        Work = Directory.CreateDirectory(Path.Combine(Root, "work")).FullName;
    }

    public string Root { get; }

    /// <summary>Given to the printer as its temp directory: must be empty after every call.</summary>
    public string Work { get; }

    public string[] WorkEntries() => Directory.GetFileSystemEntries(Work);

    /// <summary>Writes an executable shell script that stands in for Chromium.</summary>
    public string Script(string name, string body)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n", new UTF8Encoding(false));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    public string PathOf(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed helper may linger a moment; the OS temp cleaner gets the rest.
        }
    }
}

/// <summary>Reads a PDF back with poppler-utils (apt poppler-utils).</summary>
internal static partial class Poppler
{
    public static bool IsInstalled => File.Exists("/usr/bin/pdftotext") && File.Exists("/usr/bin/pdfinfo");

    /// <summary>The text of each page, by <c>pdftotext -layout</c> (pages end with a form feed).</summary>
    public static string[] PageTexts(byte[] pdf)
    {
        var text = Run("pdftotext", pdf, "-layout", "-enc", "UTF-8");
        var pages = text.Split('\f');
        return pages[^1].Trim().Length == 0 ? pages[..^1] : pages;
    }

    public static (int Pages, double Width, double Height) Info(byte[] pdf)
    {
        var info = Run("pdfinfo", pdf);
        var pages = PagesLine().Match(info);
        var size = SizeLine().Match(info);
        Assert.True(pages.Success && size.Success, "pdfinfo did not report pages and size:\n" + info);
        return (
            int.Parse(pages.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>Collapses runs of spaces (layout mode pads columns) so phrases can be compared.</summary>
    public static string Squeeze(string text) => Spaces().Replace(text, " ");

    private static string Run(string tool, byte[] pdf, params string[] options)
    {
        var file = Path.Combine(Path.GetTempPath(), "retning-pdf-read-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo("/usr/bin/" + tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var option in options)
            {
                start.ArgumentList.Add(option);
            }

            start.ArgumentList.Add(file);
            if (tool == "pdftotext")
            {
                start.ArgumentList.Add("-");
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {error.Result}");
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex SizeLine();

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}

/// <summary>Processes on this machine, read from /proc.</summary>
internal static class Processes
{
    /// <summary>True while the process exists and is not a zombie.</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state != "Z" && state != "X";
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Live processes whose command line mentions <paramref name="text"/>.</summary>
    public static List<int> Mentioning(string text)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(text, StringComparison.Ordinal) && IsAlive(pid))
                {
                    found.Add(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Ended while we looked.
            }
        }

        return found;
    }

    /// <summary>Waits (up to <paramref name="limit"/>) until <paramref name="condition"/> holds.</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > limit)
            {
                return false;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return true;
    }
}
