using SkiaSharp;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>Writes a laid-out document to PDF with <see cref="SKDocument.CreatePdf(Stream, SKDocumentPdfMetadata)"/>; fonts are embedded as subsets.</summary>
public static class PdfRenderer
{
    public static byte[] Render(PdfLayout layout, PdfDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(info);
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = info.Title;
        metadata.Subject = info.Subject ?? string.Empty;
        metadata.Author = info.Author ?? string.Empty;
        metadata.Creator = "ParIndex";
        metadata.Producer = "ParIndex (SkiaSharp, HarfBuzz)";
        if (info.CreatedUtc is { } created)
        {
            metadata.Creation = created;
            metadata.Modified = created;
        }

        using var output = new MemoryStream();
        using (var stream = new SKManagedWStream(output))
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var paints = new Dictionary<SKColor, SKPaint>();
            try
            {
                foreach (var page in layout.Pages)
                {
                    var canvas = document.BeginPage(layout.Page.Width, layout.Page.Height);
                    foreach (var drawing in page.Drawings)
                    {
                        Draw(canvas, drawing, layout.Page, paints);
                    }

                    document.EndPage();
                }

                document.Close();
            }
            finally
            {
                foreach (var paint in paints.Values)
                {
                    paint.Dispose();
                }
            }
        }

        return output.ToArray();
    }

    private static void Draw(SKCanvas canvas, PdfDrawing drawing, PdfPageSetup page, Dictionary<SKColor, SKPaint> paints)
    {
        switch (drawing)
        {
            case PdfTextDrawing text:
                text.Text.Draw(canvas, text.X, text.Baseline, Paint(paints, text.Text.Style.Ink, SKPaintStyle.Fill));
                break;
            case PdfFillDrawing fill:
                canvas.DrawRect(fill.Rect, Paint(paints, fill.Color, SKPaintStyle.Fill));
                break;
            case PdfRuleDrawing rule:
                using (var stroke = new SKPaint { Color = rule.Color, Style = SKPaintStyle.Stroke, StrokeWidth = rule.Thickness, IsAntialias = true })
                {
                    canvas.DrawLine(rule.From, rule.To, stroke);
                }

                break;
            case PdfWatermarkDrawing watermark:
                var diagonal = MathF.Sqrt((page.Width * page.Width) + (page.Height * page.Height));
                var scale = Math.Min(1f, diagonal * 0.6f / Math.Max(1f, watermark.Text.Width));
                canvas.Save();
                canvas.Translate(page.Width / 2f, page.Height / 2f);
                canvas.RotateDegrees(-(float)(Math.Atan2(page.Height, page.Width) * 180d / Math.PI));
                canvas.Scale(scale);
                watermark.Text.Draw(canvas, -watermark.Text.Width / 2f, watermark.Text.Style.Size / 3f, Paint(paints, watermark.Text.Style.Ink, SKPaintStyle.Fill));
                canvas.Restore();
                break;
        }
    }

    private static SKPaint Paint(Dictionary<SKColor, SKPaint> paints, SKColor color, SKPaintStyle style)
    {
        if (!paints.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, Style = style, IsAntialias = true };
            paints[color] = paint;
        }

        return paint;
    }
}
