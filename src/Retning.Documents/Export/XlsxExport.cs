using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Retning.Documents.Export;

/// <summary>
/// An <see cref="ExportDocument"/> as an XLSX workbook, written with DocumentFormat.OpenXml
/// (ClosedXML's served version fails with OpenXml 3, see docs/architecture.md, "Documents"): a
/// first sheet "Om udtrækket" with <see cref="ExportDocument.About"/>, then a sheet per table with
/// a bold, frozen header row. Numbers are number cells, dates date cells (dd-mm-yyyy), every text
/// passes <see cref="FormulaGuard"/>.
/// </summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint DateStyle = 1;
    private const uint HeaderStyle = 2;

    public static byte[] Write(ExportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var about = new ExportTable("Om udtrækket", ["Emne", "Værdi"], [[document.Title, null], .. document.About.Select(a => (IReadOnlyList<object?>)[a.Label, a.Value])]);
            uint id = 1;
            foreach (var table in document.Tables.Prepend(about))
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(table);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(table.Name, id) });
            }
        }

        return stream.ToArray();
    }

    private static Worksheet Sheet(ExportTable table)
    {
        var data = new SheetData();
        data.Append(Row(1, table.Columns.Cast<object?>().ToList(), HeaderStyle));
        uint number = 2;
        foreach (var row in table.Rows)
        {
            data.Append(Row(number++, row, null));
        }

        if (table.Note is { } note)
        {
            data.Append(Row(number + 1, [note], null));
        }

        var frozen = new SheetViews(new SheetView(new Pane { HorizontalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0U });
        var columns = new Columns(table.Columns.Select((c, i) => new Column
        {
            Min = (uint)i + 1,
            Max = (uint)i + 1,
            Width = Math.Clamp(table.Rows.Select(r => i < r.Count ? Text(r[i])?.Length ?? 6 : 0).Append(c.Length).Max() + 2, 8, 60),
            CustomWidth = true,
        }));
        return new Worksheet(frozen, columns, data);
    }

    private static Row Row(uint number, IReadOnlyList<object?> cells, uint? style)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < cells.Count; i++)
        {
            var reference = ColumnName(i) + number.ToString(CultureInfo.InvariantCulture);
            Cell? cell = cells[i] switch
            {
                null => null,
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n) },
                DateOnly d => new Cell { CellReference = reference, StyleIndex = DateStyle, CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate()) },
                var other => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(FormulaGuard.Neutralise(Text(other)!)) { Space = SpaceProcessingModeValues.Preserve }),
                },
            };
            if (cell is not null)
            {
                if (style is { } s)
                {
                    cell.StyleIndex = s;
                }

                row.Append(cell);
            }
        }

        return row;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToDanishDate(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique by number if cut.</summary>
    private static string SheetName(string name, uint id)
    {
        var clean = new string([.. name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? ' ' : c)]).Trim();
        return clean.Length <= 31 ? clean : clean[..27].TrimEnd() + " " + id.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Style 0 plain, 1 a date (dd-mm-yyyy), 2 bold (the header row).</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164U, FormatCode = "dd-mm-yyyy" }) { Count = 1U },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2U },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
        new Borders(new Border()) { Count = 1U },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164U, ApplyNumberFormat = true },
            new CellFormat { FontId = 1U, ApplyFont = true }) { Count = 3U });
}
