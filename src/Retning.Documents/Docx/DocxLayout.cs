namespace Retning.Documents.Docx;

/// <summary>Page geometry and units: A4 portrait, 2.5 cm margins, 16 cm of text width.</summary>
internal static class DocxLayout
{
    /// <summary>English Metric Units per centimetre (DrawingML sizes).</summary>
    public const long EmuPerCm = 360_000;

    /// <summary>English Metric Units per twip (914,400 per inch / 1,440).</summary>
    public const long EmuPerTwip = 635;

    public const int PageWidth = 11_906; // 210 mm
    public const int PageHeight = 16_838; // 297 mm
    public const int Margin = 1_418; // 2.5 cm on every side
    public const int HeaderDistance = 709; // 1.25 cm from the edge to the header and footer text
    public const int TextWidth = PageWidth - (2 * Margin); // 9,070 twips = 16 cm

    /// <summary>Tab stop positions of the header/footer: the right edge of the text.</summary>
    public const int RightTab = TextWidth;

    /// <summary>Danish Word's default tab stop, 2.3 cm.</summary>
    public const int DefaultTabStop = 1_304;
}
