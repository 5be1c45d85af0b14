using System.IO.Compression;
using System.Text;
using Retning.Domain.Quality;

namespace Retning.UnitTests.Quality;

/// <summary>A guideline file is accepted for what it is: a whole PDF or a Word package, named as such.</summary>
public sealed class GuidelineDocumentTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private static byte[] Docx(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<xml/>");
            }
        }

        return buffer.ToArray();
    }

    [Fact]
    public void A_whole_pdf_and_a_word_package_are_accepted_with_their_types()
    {
        Assert.Equal((GuidelineDocument.Pdf, null), GuidelineDocument.Check("Retningslinje.pdf", Pdf));
        Assert.Equal((GuidelineDocument.Docx, null), GuidelineDocument.Check("Lokal retningslinje.DOCX", Docx("[Content_Types].xml", "word/document.xml")));
    }

    [Fact]
    public void A_cut_off_pdf_a_zip_without_a_document_and_a_renamed_text_file_are_refused()
    {
        const string NotWhole = "Filen er ikke en hel PDF- eller Word-fil (DOCX). Gem retningslinjen som PDF eller DOCX, og vælg den igen.";
        Assert.Equal((null, NotWhole), GuidelineDocument.Check("a.pdf", Pdf[..20]));
        Assert.Equal((null, NotWhole), GuidelineDocument.Check("a.docx", Docx("[Content_Types].xml", "xl/workbook.xml")));
        Assert.Equal((null, NotWhole), GuidelineDocument.Check("a.docx", [.. "PK\u0003\u0004"u8, .. "not a zip at all"u8]));
        Assert.Equal((null, NotWhole), GuidelineDocument.Check("a.pdf", Encoding.UTF8.GetBytes("Retningslinjen er her.")));
    }

    [Fact]
    public void The_name_must_say_what_the_content_is()
    {
        Assert.Equal((null, "Filens navn (docx) passer ikke til indholdet (pdf). Vælg den rigtige fil, eller omdøb den."), GuidelineDocument.Check("a.docx", Pdf));
    }

    [Fact]
    public void An_empty_or_too_large_file_says_so()
    {
        Assert.Equal((null, "Filen er tom. Vælg retningslinjen som PDF eller Word (DOCX)."), GuidelineDocument.Check("a.pdf", []));
        var large = new byte[GuidelineDocument.MaxBytes + 1];
        Assert.Equal((null, "Filen er for stor (20,0 MB). Den må højst fylde 20 MB."), GuidelineDocument.Check("a.pdf", large));
    }
}
