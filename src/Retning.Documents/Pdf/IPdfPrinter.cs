namespace Retning.Documents.Pdf;

/// <summary>Turns a self-contained HTML document into a PDF (see <see cref="ChromiumPdfPrinter"/>).</summary>
public interface IPdfPrinter
{
    /// <summary>Whether a PDF can be made on this server at all (checked on every call; cheap).</summary>
    bool IsAvailable { get; }

    /// <summary>Danish text for the UI when <see cref="IsAvailable"/> is false: what is missing and how to fix it.</summary>
    string UnavailableMessage { get; }

    /// <summary>
    /// Prints <paramref name="html"/> (a complete document: inline CSS, images as data: URIs or
    /// inline SVG; page size, margins and running header/footer from its CSS, see
    /// <see cref="PdfPageCss"/>) and returns the PDF's bytes.
    /// </summary>
    /// <exception cref="PdfPrintException">Chromium is missing, timed out, or failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; Chromium was killed.</exception>
    Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default);
}
