using System.IO.Compression;

namespace Retning.Domain.Quality;

/// <summary>
/// An uploaded guideline document (step 1 of standard 1.3), checked by what it is, not by what the browser says:
/// a PDF starts with "%PDF-" and ends with its "%%EOF" marker; a Word document (DOCX) is a ZIP package that
/// opens and holds "[Content_Types].xml" and "word/document.xml". The name must say what the content is, so it
/// never misleads whoever opens it later. The types are those the document pipeline and every reader open.
/// </summary>
public static class GuidelineDocument
{
    public const int MaxBytes = 20 * 1024 * 1024;
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly System.Globalization.CultureInfo Danish = System.Globalization.CultureInfo.GetCultureInfo("da-DK");

    /// <summary>The document's type, or a Danish message for the file field.</summary>
    public static (string? ContentType, string? Problem) Check(string? fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return (null, "Filen er tom. Vælg retningslinjen som PDF eller Word (DOCX).");
        }

        if (content.Length > MaxBytes)
        {
            return (null, string.Create(Danish, $"Filen er for stor ({content.Length / (1024.0 * 1024.0):0.0} MB). Den må højst fylde {MaxBytes / (1024 * 1024)} MB."));
        }

        var type = IsPdf(content) ? Pdf : IsDocx(content) ? Docx : null;
        if (type is null)
        {
            return (null, "Filen er ikke en hel PDF- eller Word-fil (DOCX). Gem retningslinjen som PDF eller DOCX, og vælg den igen.");
        }

        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        var expected = type == Pdf ? ".pdf" : ".docx";
        return extension == expected
            ? (type, null)
            : (null, $"Filens navn ({extension.TrimStart('.')}) passer ikke til indholdet ({expected.TrimStart('.')}). Vælg den rigtige fil, eller omdøb den.");
    }

    private static bool IsPdf(byte[] content) =>
        content.AsSpan().StartsWith("%PDF-"u8) && content.AsSpan(Math.Max(0, content.Length - 1024)).IndexOf("%%EOF"u8) >= 0;

    private static bool IsDocx(byte[] content)
    {
        if (!content.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return false;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false; // a damaged package
        }
    }
}
