using System.Buffers.Binary;
using System.Collections.ObjectModel;

namespace Retning.Documents.Model;

/// <summary>
/// One block of a document's body. The set is closed: <see cref="Heading"/>,
/// <see cref="Paragraph"/>, <see cref="TwoColumns"/>, <see cref="DataTable"/> and
/// <see cref="Image"/>. Texts follow the rules in <see cref="DocumentModel"/>.
/// </summary>
public abstract record DocumentBlock
{
    // Only the blocks below: a writer can then handle every kind.
    private protected DocumentBlock()
    {
    }
}

/// <summary>A section heading; <paramref name="Level"/> 1 (chapter) to 3, shown in the navigation pane.</summary>
public sealed record Heading(int Level, string Text) : DocumentBlock
{
    /// <summary>The deepest heading level.</summary>
    public const int MaxLevel = 3;

    /// <summary>1 to <see cref="MaxLevel"/>.</summary>
    public int Level { get; } = CheckLevel(Level, nameof(Level));

    private static int CheckLevel(int level, string paramName) => level is >= 1 and <= MaxLevel
        ? level
        : throw new ArgumentOutOfRangeException(paramName, level, $"A heading level is 1 to {MaxLevel}.");
}

/// <summary>Body text; may span several lines, which are kept as line breaks.</summary>
public sealed record Paragraph(string Text) : DocumentBlock;

/// <summary>
/// Two texts side by side, each under its own title, e.g. "Siden sidst" | "Fremadrettet".
/// Written as a two-column table whose title row repeats when it runs over a page.
/// </summary>
public sealed record TwoColumns(string LeftTitle, string LeftText, string RightTitle, string RightText) : DocumentBlock;

/// <summary>
/// A data table: a header row (repeated on every page the table spans) and rows of plain-text
/// cells. Every row has as many cells as there are headers.
/// </summary>
/// <param name="Headers">Column headings; at least one.</param>
/// <param name="Rows">The rows; may be empty (then only the header row is shown).</param>
/// <param name="Caption">Shown above the table and given as its accessible title; none when null or empty.</param>
public sealed record DataTable(
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    string? Caption = null) : DocumentBlock
{
    /// <inheritdoc cref="DataTable" path="/param[@name='Headers']"/>
    public IReadOnlyList<string> Headers { get; } = CheckHeaders(Headers, nameof(Headers));

    /// <inheritdoc cref="DataTable" path="/param[@name='Rows']"/>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; } = CheckRows(Rows, Headers?.Count ?? 0, nameof(Rows));

    private static ReadOnlyCollection<string> CheckHeaders(IReadOnlyList<string> headers, string paramName)
    {
        ArgumentNullException.ThrowIfNull(headers, paramName);
        return headers.Count > 0
            ? Array.AsReadOnly(headers.ToArray())
            : throw new ArgumentException("A table needs at least one column.", paramName);
    }

    private static ReadOnlyCollection<IReadOnlyList<string>> CheckRows(
        IReadOnlyList<IReadOnlyList<string>> rows, int columns, string paramName)
    {
        ArgumentNullException.ThrowIfNull(rows, paramName);
        var copy = new IReadOnlyList<string>[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i] ?? throw new ArgumentException($"Row {i} is null.", paramName);
            if (row.Count != columns)
            {
                throw new ArgumentException($"Row {i} has {row.Count} cells; the table has {columns} columns.", paramName);
            }

            copy[i] = Array.AsReadOnly(row.ToArray());
        }

        return Array.AsReadOnly(copy);
    }
}

/// <summary>
/// A picture, typically a chart: PNG bytes shown <paramref name="WidthCm"/> wide with the
/// PNG's own aspect ratio (a width beyond the text width is shrunk to fit it).
/// </summary>
/// <param name="Png">A PNG file (its signature and IHDR chunk are checked); copied, and not to be changed through this property.</param>
/// <param name="WidthCm">Shown width in centimetres; more than 0.</param>
/// <param name="Description">Alternative text for screen readers: what the picture shows, e.g. the chart's message.</param>
public sealed record Image(byte[] Png, double WidthCm, string Description) : DocumentBlock
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <inheritdoc cref="Image" path="/param[@name='Png']"/>
    public byte[] Png { get; } = CheckPng(Png, nameof(Png));

    /// <inheritdoc cref="Image" path="/param[@name='WidthCm']"/>
    public double WidthCm { get; } = CheckWidth(WidthCm, nameof(WidthCm));

    /// <summary>The PNG's width in pixels (from its IHDR chunk).</summary>
    public int PixelWidth => BinaryPrimitives.ReadInt32BigEndian(Png.AsSpan(16, 4));

    /// <summary>The PNG's height in pixels (from its IHDR chunk).</summary>
    public int PixelHeight => BinaryPrimitives.ReadInt32BigEndian(Png.AsSpan(20, 4));

    private static double CheckWidth(double widthCm, string paramName) => double.IsFinite(widthCm) && widthCm > 0
        ? widthCm
        : throw new ArgumentOutOfRangeException(paramName, widthCm, "The width must be a positive number of centimetres.");

    // A PNG starts with an 8-byte signature, then the IHDR chunk: length 13, "IHDR", then width
    // and height as big-endian 32-bit integers (1 to 2^31-1).
    private static byte[] CheckPng(byte[] png, string paramName)
    {
        ArgumentNullException.ThrowIfNull(png, paramName);
        var span = png.AsSpan();
        var valid = span.Length >= 33
            && span[..8].SequenceEqual(PngSignature)
            && BinaryPrimitives.ReadInt32BigEndian(span.Slice(8, 4)) == 13
            && span.Slice(12, 4).SequenceEqual("IHDR"u8)
            && BinaryPrimitives.ReadInt32BigEndian(span.Slice(16, 4)) > 0
            && BinaryPrimitives.ReadInt32BigEndian(span.Slice(20, 4)) > 0;
        return valid
            ? (byte[])png.Clone()
            : throw new ArgumentException("Not a PNG image (bad signature or IHDR chunk).", paramName);
    }
}
