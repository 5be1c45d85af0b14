using System.Diagnostics;

namespace Retning.Testing;

/// <summary>Reads a PDF's text with poppler's pdftotext (a real PDF reader; test.sh installs poppler-utils).</summary>
public static class PdfText
{
    public static async Task<string> ReadAsync(string pdfPath)
    {
        if (!File.Exists("/usr/bin/pdftotext"))
        {
            throw new InvalidOperationException("pdftotext is missing: apt-get install -y poppler-utils (test.sh does).");
        }

        using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftotext", ["-layout", "-enc", "UTF-8", pdfPath, "-"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? text : throw new InvalidOperationException($"pdftotext failed ({process.ExitCode}): {await process.StandardError.ReadToEndAsync()}");
    }
}
