using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Retning.UnitTests.Documents.Docx;

/// <summary>Reads back what the DOCX writer wrote: validation, text, and LibreOffice conversions.</summary>
internal static class DocxRead
{
    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx, writable: false), isEditable: false);

    /// <summary>The validator's errors, one readable line each (empty when valid).</summary>
    public static List<string> ValidationErrors(byte[] docx, FileFormatVersions version = FileFormatVersions.Office2019)
    {
        using var document = Open(docx);
        return [.. new OpenXmlValidator(version).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    /// <summary>The text of some paragraphs, one line per paragraph; breaks as \n, tabs as \t.</summary>
    public static string Text(IEnumerable<W.Paragraph> paragraphs) => string.Join('\n', paragraphs.Select(Text));

    public static string Text(W.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case W.Text t:
                    text.Append(t.Text);
                    break;
                case W.Break:
                    text.Append('\n');
                    break;
                case W.TabChar:
                    text.Append('\t');
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Every paragraph of the body, in order, including those in table cells.</summary>
    public static List<W.Paragraph> BodyParagraphs(WordprocessingDocument document) =>
        [.. document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>()];

    public static string BodyText(byte[] docx)
    {
        using var document = Open(docx);
        return Text(BodyParagraphs(document));
    }
}

/// <summary>
/// Runs LibreOffice (soffice) headless to convert a DOCX. Each call has its own profile directory
/// and HOME, so it works as root and beside other conversions at the same time.
/// </summary>
internal sealed class DocxLibreOffice : IDisposable
{
    public const string MissingMessage =
        "LibreOffice (soffice) is not on PATH: install it with `apt-get install -y libreoffice-writer-nogui`.";

    private readonly string _directory = Directory.CreateTempSubdirectory("retning-docx-").FullName;

    /// <summary>soffice or libreoffice on PATH, or null.</summary>
    public static string? Executable { get; } = Find("soffice") ?? Find("libreoffice");

    /// <summary>Converts <paramref name="docx"/> with LibreOffice's filter (e.g. "txt:Text (encoded):UTF8", "pdf") and returns the file.</summary>
    public byte[] Convert(byte[] docx, string filter, string extension)
    {
        var executable = Executable ?? throw new InvalidOperationException(MissingMessage);
        var name = $"doc-{Guid.NewGuid():N}";
        var input = Path.Combine(_directory, name + ".docx");
        File.WriteAllBytes(input, docx);
        var profile = Path.Combine(_directory, "profile-" + name);

        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _directory,
        };
        foreach (var argument in new[]
        {
            "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
            $"-env:UserInstallation={new Uri(profile).AbsoluteUri}",
            "--convert-to", filter, "--outdir", _directory, input,
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = _directory;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("LibreOffice took more than 120 s to convert the document.");
        }

        var result = Path.Combine(_directory, name + extension);
        return File.Exists(result)
            ? File.ReadAllBytes(result)
            : throw new InvalidOperationException(
                $"LibreOffice wrote no {extension} (exit {process.ExitCode}): {output.Result} {error.Result}");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A LibreOffice helper process may still hold a file; the temp directory is cleaned later.
        }
    }

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}

/// <summary>The text of each page of a PDF, by poppler's pdftotext (apt `poppler-utils`).</summary>
internal static class DocxPdfText
{
    public const string MissingMessage = "pdftotext is not installed: install it with `apt-get install -y poppler-utils`.";

    public static bool IsInstalled => File.Exists("/usr/bin/pdftotext");

    public static List<string> Pages(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"retning-docx-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo("/usr/bin/pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-enc", "UTF-8", "-layout", file, "-" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"pdftotext failed: {error.Result}");

            // Pages end in a form feed; -layout keeps each line, squeeze the runs of spaces.
            return [.. text.Split('\f').SkipLast(1).Select(page => string.Join(' ', page.Split(' ', StringSplitOptions.RemoveEmptyEntries)))];
        }
        finally
        {
            File.Delete(file);
        }
    }
}
