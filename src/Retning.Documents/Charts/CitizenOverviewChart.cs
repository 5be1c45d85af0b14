using ScottPlot;

namespace Retning.Documents.Charts;

/// <summary>
/// A dot plot of a citizen's active sub-goals: one row each, an open circle at the first reading
/// and a filled diamond at the latest, joined by a line. The X axis names the scale's levels;
/// the chart grows in height with the number of rows.
/// </summary>
public static class CitizenOverviewChart
{
    public const string NoRowsText = "Ingen aktive delmål";
    public const string NoReadingsText = "Ingen scoringer";

    // Layout pixels at the reference width: per row, and for axis, legend and margins.
    private const int RowHeight = 40;
    private const int Chrome = 110;

    /// <summary>Height of the chart at <paramref name="width"/> for <paramref name="rows"/> rows.</summary>
    public static int HeightFor(int rows, int width) =>
        (int)Math.Round((Chrome + (RowHeight * Math.Max(rows, 2))) * Math.Max(1.0, (double)width / ChartStyle.ReferenceWidth));

    /// <summary>SVG for the web page (see <see cref="ChartSvg"/> for how to embed it).</summary>
    public static string Svg(OverviewChartData data, int width = 760)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var plot = Build(data);
        return ChartStyle.Svg(plot, width, HeightFor(data.Rows.Count, ChartStyle.ReferenceWidth));
    }

    /// <summary>PNG for documents (DOCX); the SVG's layout scaled to <paramref name="width"/>.</summary>
    public static byte[] Png(OverviewChartData data, int width = 1200)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var plot = Build(data);
        return ChartStyle.Png(plot, width, HeightFor(data.Rows.Count, width));
    }

    private static Plot Build(OverviewChartData data)
    {
        var plot = ChartStyle.NewPlot();
        var rows = data.Rows;
        var values = data.Levels.Select(l => l.Value)
            .Concat(rows.SelectMany(r => new[] { r.First, r.Latest }).OfType<int>())
            .DefaultIfEmpty(0)
            .ToList();
        var xMin = values.Min();
        var xMax = values.Max();
        if (xMin == xMax)
        {
            xMax = xMin + 1;
        }

        // Row 0 at the top: y counts down from the number of rows.
        plot.Axes.SetLimits(xMin - 0.4, xMax + 0.4, -0.6, Math.Max(rows.Count, 1) - 0.4);
        if (data.Levels.Count > 0)
        {
            ChartStyle.LevelTicks(plot.Axes.Bottom, data.Levels);
        }

        plot.Axes.Left.SetTicks([.. rows.Select((_, i) => Y(rows.Count, i))], [.. rows.Select(r => ChartStyle.Shorten(r.Label))]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Right.MinimumSize = 45; // room for half of the last level label ("Fuldstændigt")

        if (rows.Count == 0)
        {
            ChartStyle.CentreNote(plot, NoRowsText, (xMin + xMax) / 2.0, 0.2);
            return plot;
        }

        var firsts = new List<Coordinates>();
        var latests = new List<Coordinates>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, y) = (rows[i], Y(rows.Count, i));
            if (row.First is { } f && row.Latest is { } l && f != l)
            {
                var line = plot.Add.Line(f, y, l, y);
                line.LineColor = ChartStyle.Trend;
                line.LineWidth = 2.5f;
                line.MarkerShape = MarkerShape.None;
            }

            if (row.First is { } first)
            {
                firsts.Add(new(first, y));
            }

            if (row.Latest is { } latest)
            {
                latests.Add(new(latest, y));
            }

            if (row.First is null && row.Latest is null)
            {
                var note = plot.Add.Text(NoReadingsText, xMin, y);
                note.LabelFontName = ChartStyle.FontName;
                note.LabelFontSize = ChartStyle.FontSize - 1;
                note.LabelFontColor = ChartStyle.Boundary;
                note.LabelItalic = true;
                note.LabelAlignment = Alignment.MiddleLeft;
            }
        }

        // Latest drawn after first, so when they coincide the diamond shows inside the circle.
        AddMarkers(plot, firsts, MarkerShape.OpenCircle, ChartStyle.Score, 15, "Første");
        AddMarkers(plot, latests, MarkerShape.FilledDiamond, ChartStyle.Latest, 14, "Seneste");
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static double Y(int count, int index) => count - 1 - index;

    private static void AddMarkers(Plot plot, List<Coordinates> at, MarkerShape shape, Color color, float size, string legend)
    {
        if (at.Count == 0)
        {
            return;
        }

        var markers = plot.Add.Markers(at.ToArray(), shape, size, color);
        markers.MarkerLineWidth = 2.5f;
        markers.LegendText = legend;
    }
}
