namespace Retning.Documents.Export;

/// <summary>
/// A table export (docs/architecture.md, "Documents"): what the file is about (period, filters,
/// time of export, who exported — <see cref="About"/>) and its tables. One model written three
/// ways — XLSX (<see cref="XlsxExport"/>), CSV (<see cref="CsvExport"/>) and the printable report
/// (<see cref="ReportHtml"/>) — so every format holds the same numbers.
/// </summary>
public sealed record ExportDocument(string Title, IReadOnlyList<(string Label, string Value)> About, IReadOnlyList<ExportTable> Tables);

/// <summary>
/// One table: its name (an XLSX sheet, a CSV section, a report heading), column heads and rows.
/// A cell is a <see cref="string"/>, an <see cref="int"/>, a <see cref="DateOnly"/> or null (empty);
/// numbers and dates keep their type in XLSX. <see cref="Note"/> is a line under the table.
/// <see cref="Chart"/>, when given, is drawn above the table in the printable report only: XLSX and
/// CSV hold the same numbers as the table.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, string? Note = null, ExportChart? Chart = null);

/// <summary>
/// A chart of a table's numbers for the printable report: sanitized SVG from
/// <c>Retning.Documents.Charts</c> (see <see cref="Charts.ChartSvg"/>), its text alternative and a caption.
/// </summary>
public sealed record ExportChart(string Svg, string Description, string Caption);
