using Retning.Documents.Model;

namespace Retning.UnitTests.Documents.Docx;

/// <summary>The document model checks its input when made, and copies what it is given.</summary>
public sealed class DocxModelTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void Heading_levels_are_1_to_3(int level)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Heading(level, "Overskrift"));
        Assert.Equal("Level", error.ParamName);
    }

    [Fact]
    public void A_table_needs_columns_and_rows_of_that_width()
    {
        Assert.Throws<ArgumentException>(() => new DataTable([], []));
        var error = Assert.Throws<ArgumentException>(() => new DataTable(["A", "B"], [["1", "2"], ["3"]]));
        Assert.Contains("Row 1 has 1 cells", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new DataTable(["A"], [null!]));
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(-2d)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void An_image_needs_a_positive_width(double widthCm) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Image(DocxSample.ChartPng.Value, widthCm, "Graf"));

    [Fact]
    public void An_image_must_be_a_png()
    {
        var png = DocxSample.ChartPng.Value;
        Assert.Throws<ArgumentException>(() => new Image([], 5, "Tom"));
        Assert.Throws<ArgumentException>(() => new Image(png[..20], 5, "Afkortet"));
        Assert.Throws<ArgumentException>(() => new Image("GIF89a is not a PNG at all, no no no"u8.ToArray(), 5, "GIF"));
        var zeroWidth = (byte[])png.Clone();
        zeroWidth.AsSpan(16, 4).Clear();
        Assert.Throws<ArgumentException>(() => new Image(zeroWidth, 5, "Nul bredde"));
    }

    [Fact]
    public void An_image_reads_its_pixel_size_and_keeps_its_own_copy()
    {
        var png = (byte[])DocxSample.ChartPng.Value.Clone();
        var image = new Image(png, 12, "Graf");
        png[16] = 0x7F;

        Assert.Equal((1200, 540), (image.PixelWidth, image.PixelHeight));
        Assert.Equal(DocxSample.ChartPng.Value, image.Png);
    }

    [Fact]
    public void Lists_are_copied_so_later_changes_do_not_leak_in()
    {
        var facts = new List<TitleFact> { new("Borger", "Agnes") };
        var blocks = new List<DocumentBlock> { new Paragraph("Et") };
        var row = new List<string> { "1" };
        var rows = new List<IReadOnlyList<string>> { row };
        var model = new DocumentModel("T", facts, "H", blocks);
        var table = new DataTable(["A"], rows);

        facts.Add(new("CPR-nr.", "010101-XXXX"));
        blocks.Clear();
        row[0] = "ændret";
        rows.Add(["2"]);

        Assert.Single(model.TitleFacts);
        Assert.Single(model.Blocks);
        Assert.Equal("1", Assert.Single(table.Rows)[0]);
        Assert.Throws<ArgumentException>(() => new DocumentModel("T", [], "H", [null!]));
    }
}
