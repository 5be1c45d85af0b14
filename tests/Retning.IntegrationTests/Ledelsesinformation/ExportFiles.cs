using System.Diagnostics;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Retning.IntegrationTests.Ledelsesinformation;

/// <summary>Reads the management exports back: XLSX by DocumentFormat.OpenXml and by LibreOffice, CSV by CsvHelper.</summary>
internal static class ExportFiles
{
    /// <summary>A sheet's rows as the cells' texts (a number as written, a date as its serial number), by column.</summary>
    public static List<string[]> Sheet(byte[] xlsx, string name)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx, writable: false), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>();
        return [.. rows.Select(r =>
        {
            var cells = r.Elements<Cell>().ToList();
            var width = cells.Count == 0 ? 0 : cells.Max(c => Column(c.CellReference!.Value!)) + 1;
            var texts = new string[width];
            Array.Fill(texts, string.Empty);
            foreach (var c in cells)
            {
                texts[Column(c.CellReference!.Value!)] = c.DataType?.Value == CellValues.InlineString ? c.InnerText : c.CellValue?.Text ?? string.Empty;
            }

            return texts;
        })];
    }

    /// <summary>The sheet names in order.</summary>
    public static List<string> SheetNames(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx, writable: false), false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    /// <summary>A CSV's records by CsvHelper, with the file's ';' and any field count per record.</summary>
    public static List<string[]> Csv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ';', HasHeader = false, FieldCountMismatch = CsvFieldCountHandling.Allow });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }

    /// <summary>
    /// Every sheet of the workbook as CSV by LibreOffice (its own profile directory, so it runs as
    /// root and beside other conversions): the files LibreOffice writes per sheet, by sheet name.
    /// </summary>
    public static Dictionary<string, string> LibreOfficeCsv(byte[] xlsx)
    {
        var directory = Directory.CreateTempSubdirectory("retning-xlsx-").FullName;
        try
        {
            var input = Path.Combine(directory, "eksport.xlsx");
            File.WriteAllBytes(input, xlsx);
            var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
            // 44 = ',' 34 = '"' 76 = UTF-8; the last token -1 writes every sheet to its own file (LibreOffice 7.2+).
            foreach (var argument in new[]
            {
                "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo", $"-env:UserInstallation={new Uri(Path.Combine(directory, "profile")).AbsoluteUri}",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", directory, input,
            })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["HOME"] = directory;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("LibreOffice took more than 120 s.");
            }

            var files = Directory.GetFiles(directory, "eksport*.csv");
            return files.Length > 0
                ? files.ToDictionary(f => Path.GetFileNameWithoutExtension(f)["eksport".Length..].TrimStart('-'), File.ReadAllText)
                : throw new InvalidOperationException($"LibreOffice wrote no CSV (exit {process.ExitCode}): {output.Result} {error.Result}");
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A LibreOffice helper may still hold a file; the temp directory is cleaned later.
            }
        }
    }

    private static int Column(string reference)
    {
        var n = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            n = (n * 26) + (c - 'A' + 1);
        }

        return n - 1;
    }
}
