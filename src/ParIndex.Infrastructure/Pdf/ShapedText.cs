using SkiaSharp;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// One line of text shaped by HarfBuzz: glyphs and their positions, in one or more runs (a run per font when a
/// character needs the fallback font). Each run keeps its UTF-8 text and clusters, so the PDF's text layer reads back
/// the same characters that were drawn.
/// </summary>
public sealed class ShapedText
{
    internal ShapedText(string text, PdfTextStyle style, float width, IReadOnlyList<ShapedRun> runs)
    {
        Text = text;
        Style = style;
        Width = width;
        Runs = runs;
    }

    /// <summary>The text as drawn, NFC-normalised.</summary>
    public string Text { get; }

    public PdfTextStyle Style { get; }

    /// <summary>Advance width in points.</summary>
    public float Width { get; }

    internal IReadOnlyList<ShapedRun> Runs { get; }

    /// <summary>Draws the line with its baseline starting at (<paramref name="x"/>, <paramref name="baseline"/>).</summary>
    internal void Draw(SKCanvas canvas, float x, float baseline, SKPaint paint)
    {
        if (Runs.Count == 0)
        {
            return;
        }

        using var builder = new SKTextBlobBuilder();
        foreach (var run in Runs)
        {
            var buffer = builder.AllocatePositionedTextRun(run.Font, run.Glyphs.Length, run.Utf8.Length);
            run.Glyphs.CopyTo(buffer.Glyphs);
            buffer.SetPositions(run.Positions);
            buffer.SetText(run.Utf8);
            buffer.SetClusters(run.Clusters);
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, x, baseline, paint);
        }
    }

    public override string ToString() => Text;
}

/// <summary>Glyphs of one font with positions relative to the line's origin, and the UTF-8 text they came from.</summary>
internal sealed record ShapedRun(SKFont Font, ushort[] Glyphs, SKPoint[] Positions, byte[] Utf8, uint[] Clusters);
