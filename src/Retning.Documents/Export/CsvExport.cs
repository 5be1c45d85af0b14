using System.Globalization;
using CsvHelper;

namespace Retning.Documents.Export;

/// <summary>
/// An <see cref="ExportDocument"/> as one CSV file, written by CsvHelper (its RFC 4180 quoting, not
/// ours). Chosen for Danish Excel, which opens a double-clicked file with the list separator of
/// the Danish locale: ';' as separator and UTF-8 with a byte-order mark (without it Excel reads
/// æøå as Windows-1252). Dates are written yyyy-MM-dd, which Excel and LibreOffice read as dates
/// in any locale. The file reads top to bottom: title, the "about" lines, then each table after a
/// blank line as its name, its header row and its rows. Every text passes <see cref="FormulaGuard"/>.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";
    public const char Separator = ';';

    public static byte[] Write(ExportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        var options = new CsvWriterOptions { Separator = Separator, WriteByteOrderMark = true, ValidateFieldCount = false, NewLine = "\r\n" };
        using (var csv = CsvWriter.Create(stream, options, true))
        {
            Record(csv, [document.Title]);
            foreach (var (label, value) in document.About)
            {
                Record(csv, [label, value]);
            }

            foreach (var table in document.Tables)
            {
                Record(csv, [string.Empty]); // a blank line (written "", see CsvWriter.EndRecord) before each table
                Record(csv, [table.Name]);
                Record(csv, [.. table.Columns]);
                foreach (var row in table.Rows)
                {
                    Record(csv, row);
                }

                if (table.Note is { } note)
                {
                    Record(csv, [note]);
                }
            }
        }

        return stream.ToArray();
    }

    private static void Record(CsvWriter csv, IReadOnlyList<object?> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell switch
            {
                null => string.Empty,
                int n => n.ToString(CultureInfo.InvariantCulture),
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                var text => FormulaGuard.Neutralise(Convert.ToString(text, CultureInfo.InvariantCulture) ?? string.Empty),
            });
        }

        csv.EndRecord();
    }
}
