using System.IO.Compression;
using Retning.Documents.Docx;

namespace Retning.Web.Pages.Borgere.Indsigt;

/// <summary>The access package: one ZIP with the readable DOCX, the complete JSON and the attached consent documents.</summary>
public static class CitizenExportPackage
{
    public const string ContentType = "application/zip";
    public const string DocumentEntry = "indsigt.docx";
    public const string JsonEntry = "indsigt.json";
    public const string ConsentFolder = "samtykker/";

    public static byte[] Write(CitizenExportData data, DateTimeOffset created)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, DocumentEntry, DocxWriter.Write(CitizenExportDocument.Build(data, created)), created);
            Add(zip, JsonEntry, CitizenExportJson.Write(data, created.UtcDateTime), created);
            foreach (var consent in data.Consents.Where(c => c.Document is { Length: > 0 }))
            {
                // The stored file name is the uploader's; the consent id keeps the entries apart and safe as a path.
                var extension = Path.GetExtension(consent.DocumentName ?? "") is { Length: > 1 and <= 6 } ext && ext.Skip(1).All(char.IsAsciiLetterOrDigit) ? ext : ".bin";
                Add(zip, $"{ConsentFolder}{consent.Id}{extension}", consent.Document!, created);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The download's name: no name or CPR number of the citizen (it lands in shared download folders).</summary>
    public static string FileName(DateOnly day) => $"indsigt-{day:yyyy-MM-dd}.zip";

    private static void Add(ZipArchive zip, string name, byte[] content, DateTimeOffset created)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = created;
        using var target = entry.Open();
        target.Write(content);
    }
}
