using DocumentFormat.OpenXml.Packaging;
using Retning.Documents.Model;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Retning.Documents.Docx;

/// <summary>PNG images as inline pictures, sized from the PNG's own aspect ratio, with alt text.</summary>
internal static class DocxImages
{
    /// <summary>
    /// Adds the image part and returns the paragraph that shows it. <paramref name="id"/> is the
    /// drawing's document-wide unique id (docPr/@id).
    /// </summary>
    public static W.Paragraph Paragraph(MainDocumentPart mainPart, Image image, uint id)
    {
        var part = mainPart.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(image.Png, writable: false))
        {
            part.FeedData(stream);
        }

        var (cx, cy) = Size(image);
        var description = DocxText.Clean(image.Description);
        var name = $"Billede {id}";

        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png", Description = description },
                new PIC.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
            new PIC.BlipFill(
                new A.Blip { Embed = mainPart.GetIdOfPart(part) },
                new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));

        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };

        return new W.Paragraph(
            new W.ParagraphProperties
            {
                SpacingBetweenLines = new W.SpacingBetweenLines { Before = "120", After = "240", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
            },
            new W.Run(new W.Drawing(inline)));
    }

    /// <summary>
    /// The shown size in EMU: <see cref="Image.WidthCm"/> (at most the text width) and the height
    /// that keeps the PNG's pixel aspect ratio.
    /// </summary>
    public static (long Cx, long Cy) Size(Image image)
    {
        var cx = Math.Min((long)Math.Round(image.WidthCm * DocxLayout.EmuPerCm), DocxLayout.TextWidth * DocxLayout.EmuPerTwip);
        var cy = (long)Math.Round((double)cx * image.PixelHeight / image.PixelWidth);
        return (Math.Max(cx, 1), Math.Max(cy, 1));
    }
}
