using ScottPlot;
using SkiaSharp;

namespace Retning.Documents.Charts;

/// <summary>
/// The look shared by all charts: font, colours, sizes, date ticks. Colours are from the
/// Okabe–Ito palette (distinguishable with colour-vision deficiency) and each series also differs
/// by marker shape or line pattern, so meaning never rests on colour alone.
/// </summary>
internal static class ChartStyle
{
    /// <summary>The width the SVG layout is designed for; PNGs are this layout scaled up.</summary>
    public const int ReferenceWidth = 760;

    public const float FontSize = 13;

    public static readonly Color Ink = Color.FromHex("#1A1A1A");
    public static readonly Color Score = Color.FromHex("#0072B2"); // blue, 5.1:1 on white
    public static readonly Color Latest = Color.FromHex("#C54E00"); // dark vermillion, 4.6:1
    public static readonly Color Trend = Color.FromHex("#4D4D4D");
    public static readonly Color Boundary = Color.FromHex("#6B6B6B"); // 5.3:1
    public static readonly Color Grid = Color.FromHex("#E3E3E3");
    public static readonly Color Muted = Color.FromHex("#545454"); // notes in the plot, 7.5:1
    public static readonly Color Gap = Color.FromHex("#F0F0F0"); // a month with no number

    /// <summary>
    /// Colours for a figure's outcomes, in order: Okabe–Ito hues, darkened where needed so each has
    /// at least 3:1 against white (WCAG 1.4.11); stacked segments are also parted by a white edge.
    /// </summary>
    public static readonly IReadOnlyList<Color> Outcomes =
    [
        Score, Latest, Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Boundary, Color.FromHex("#946300"), Color.FromHex("#8E4585"), Ink,
    ];

    /// <summary>
    /// ScottPlot's own default on Debian is "DejaVu Serif", and <c>plot.Font.Set</c> changes a
    /// process-wide default, so the font is chosen here once and set on each label instead.
    /// DejaVu Sans (apt fonts-dejavu-core) has æ, ø, å, – and …; Liberation Sans
    /// (fonts-liberation) and Arial are fallbacks on other machines.
    /// </summary>
    public static readonly string FontName = PickFont();

    private static string PickFont()
    {
        string[] wanted = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"];
        var installed = SKFontManager.Default.FontFamilies.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in wanted)
        {
            if (installed.Contains(name))
            {
                return name;
            }
        }

        return Fonts.Detect("æøåÆØÅ…");
    }

    /// <summary>A plot with white background, light grid, the chosen font and no title.</summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Grid;
        plot.Axes.Color(Ink);
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontName = FontName;
            axis.TickLabelStyle.FontSize = FontSize;
            axis.Label.FontName = FontName;
            axis.Label.FontSize = FontSize;
            axis.MinorTickStyle.Length = 0;
        }

        plot.Legend.FontName = FontName;
        plot.Legend.FontSize = FontSize;
        plot.Legend.FontColor = Ink;
        plot.Legend.OutlineColor = Colors.Transparent;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.SymbolWidth = 30; // long enough to show a dashed or dotted line as such
        plot.Legend.InterItemPadding = new PixelPadding(12, 12, 3, 3);
        plot.Legend.TightHorizontalWrapping = true; // a wrapped legend reads as lines, not a grid
        return plot;
    }

    /// <summary>Y (or X) ticks at every level of the scale, labelled with the level's text.</summary>
    public static void LevelTicks(IAxis axis, IReadOnlyList<Domain.Plans.ScaleLevel> levels)
    {
        var ordered = levels.OrderBy(l => l.Value).ToArray();
        axis.SetTicks([.. ordered.Select(l => (double)l.Value)], [.. ordered.Select(l => l.Label)]);
    }

    /// <summary>A text in the middle of the plot area (e.g. "Ingen scoringer i perioden").</summary>
    public static void CentreNote(Plot plot, string text, double x, double y)
    {
        var note = plot.Add.Text(text, x, y);
        note.LabelFontName = FontName;
        note.LabelFontSize = FontSize + 2;
        note.LabelFontColor = Ink;
        note.LabelAlignment = Alignment.MiddleCenter;
        note.LabelBackgroundColor = Colors.White; // stays readable across grid and boundary lines
        note.LabelPadding = 6;
    }

    /// <summary>
    /// Whole-number ticks from 0 to at least <paramref name="max"/>, every 1, 2 or 5 × 10ⁿ, at most
    /// <paramref name="maxTicks"/> + 1 of them: a count is never ticked at 2.5.
    /// </summary>
    public static IReadOnlyList<int> CountTicks(int max, int maxTicks = 5)
    {
        max = Math.Max(max, 1);
        for (var scale = 1; ; scale *= 10)
        {
            foreach (var step in (int[])[scale, 2 * scale, 5 * scale])
            {
                var top = (max + step - 1) / step * step;
                if (top / step <= maxTicks)
                {
                    return [.. Enumerable.Range(0, (top / step) + 1).Select(i => i * step)];
                }
            }
        }
    }

    /// <summary>"dd-MM-yyyy", the Danish numeric date.</summary>
    public static string Date(DateOnly day) => day.ToDanishDate();

    /// <summary>
    /// Tick dates between <paramref name="from"/> and <paramref name="to"/>, at most
    /// <paramref name="maxTicks"/>: every 1, 2, 7 or 14 days from <paramref name="from"/>, or on the
    /// first of every 1, 2, 3, 6 or 12 months, whichever is the finest that fits.
    /// </summary>
    public static IReadOnlyList<DateOnly> DateTicks(DateOnly from, DateOnly to, int maxTicks)
    {
        foreach (var step in (int[])[1, 2, 7, 14])
        {
            var days = new List<DateOnly>();
            for (var d = from; d <= to; d = d.AddDays(step))
            {
                days.Add(d);
            }

            if (days.Count <= maxTicks)
            {
                return days;
            }
        }

        foreach (var months in (int[])[1, 2, 3, 6, 12])
        {
            var days = new List<DateOnly>();
            var d = new DateOnly(from.Year, from.Month, 1);
            if (d < from)
            {
                d = d.AddMonths(1);
            }

            for (; d <= to; d = d.AddMonths(1))
            {
                if ((d.Month - 1) % months == 0)
                {
                    days.Add(d);
                }
            }

            if (days.Count <= maxTicks)
            {
                return days;
            }
        }

        return [from, to];
    }

    /// <summary>Shortens a label to at most <paramref name="max"/> characters, ending in "…".</summary>
    public static string Shorten(string label, int max = 40)
    {
        var text = string.Join(' ', label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= max)
        {
            return text;
        }

        return text[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>The plot as self-contained SVG at the reference scale (see <see cref="ChartSvg"/>).</summary>
    public static string Svg(Plot plot, int width, int height) => ChartSvg.Sanitize(plot.GetSvgXml(width, height));

    /// <summary>
    /// The plot as PNG of exactly <paramref name="width"/> × <paramref name="height"/> pixels: the
    /// layout of a <see cref="ReferenceWidth"/>-wide chart scaled up, so the print looks like the
    /// page and the text stays readable when Word shrinks the image to the page width.
    /// </summary>
    public static byte[] Png(Plot plot, int width, int height)
    {
        plot.ScaleFactor = Math.Max(1.0, (double)width / ReferenceWidth);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
