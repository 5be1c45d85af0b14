using System.Text;
using Retning.Documents.Docx;

namespace Retning.UnitTests.Documents.Docx;

/// <summary>
/// LibreOffice opens what the writer makes: the Danish text comes out of a text conversion, and
/// a PDF conversion shows the running header and the computed "Side X af Y" on every page.
/// LibreOffice is a test dependency (apt `libreoffice-writer-nogui`); these tests fail, not
/// skip, without it.
/// </summary>
public sealed class DocxLibreOfficeTests
{
    private static readonly Lazy<byte[]> FullDocx = new(() => DocxWriter.Write(DocxSample.Full()));

    [Fact]
    public void LibreOffice_reads_the_danish_text()
    {
        Assert.True(DocxLibreOffice.Executable is not null, DocxLibreOffice.MissingMessage);
        using var office = new DocxLibreOffice();

        var text = Encoding.UTF8.GetString(office.Convert(FullDocx.Value, "txt:Text (encoded):UTF8", ".txt")).ReplaceLineEndings("\n");

        Assert.Contains(DocxSample.DanishLetters, text, StringComparison.Ordinal);
        Assert.Contains(DocxSample.LongText, text, StringComparison.Ordinal);
        Assert.Contains("Mål 1: Agnes klarer sin egen økonomi", text, StringComparison.Ordinal);
        Assert.Contains("Hun har betalt husleje og el til tiden i alle seks måneder.", text, StringComparison.Ordinal);
        Assert.Contains("Betalte alt selv; spurgte om ferieopsparing", text, StringComparison.Ordinal);
        Assert.Contains("Søren Ørsted", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LibreOffice_prints_the_header_and_page_x_of_y_on_every_page()
    {
        Assert.True(DocxLibreOffice.Executable is not null, DocxLibreOffice.MissingMessage);
        Assert.True(DocxPdfText.IsInstalled, DocxPdfText.MissingMessage);
        using var office = new DocxLibreOffice();

        var pages = DocxPdfText.Pages(office.Convert(FullDocx.Value, "pdf", ".pdf"));

        Assert.True(pages.Count >= 2, $"The sample should run over several pages, got {pages.Count}.");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains(DocxSample.RunningHeader, pages[i], StringComparison.Ordinal);
            Assert.Contains($"Side {i + 1} af {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }
}
