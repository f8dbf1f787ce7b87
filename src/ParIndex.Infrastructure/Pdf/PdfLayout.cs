using SkiaSharp;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>Something placed on a page, in points from the page's top-left corner.</summary>
public abstract record PdfDrawing;

/// <summary>A shaped line whose baseline starts at (X, Baseline).</summary>
public sealed record PdfTextDrawing(ShapedText Text, float X, float Baseline) : PdfDrawing;

public sealed record PdfFillDrawing(SKRect Rect, SKColor Color) : PdfDrawing;

public sealed record PdfRuleDrawing(SKPoint From, SKPoint To, SKColor Color, float Thickness) : PdfDrawing;

/// <summary>Large translucent text across the page, over the content (e.g. a draft mark); scaled to fit the diagonal.</summary>
public sealed record PdfWatermarkDrawing(ShapedText Text) : PdfDrawing;

/// <summary>One laid-out page: what is drawn on it, in drawing order, footer included.</summary>
public sealed class PdfLaidOutPage(int number)
{
    private readonly List<PdfDrawing> _drawings = [];

    public int Number { get; } = number;

    public IReadOnlyList<PdfDrawing> Drawings => _drawings;

    /// <summary>The text lines on the page in drawing order: what a reader of the page model (or a test) sees.</summary>
    public IEnumerable<string> Lines => _drawings.OfType<PdfTextDrawing>().Select(d => d.Text.Text);

    internal void Add(PdfDrawing drawing) => _drawings.Add(drawing);

    /// <summary>Takes the drawings from <paramref name="index"/> on off the page (to move them to the next one).</summary>
    internal List<PdfDrawing> RemoveFrom(int index)
    {
        var removed = _drawings.GetRange(index, _drawings.Count - index);
        _drawings.RemoveRange(index, removed.Count);
        return removed;
    }
}

/// <summary>The document laid out: its pages, before anything is written to PDF.</summary>
public sealed record PdfLayout(PdfPageSetup Page, IReadOnlyList<PdfLaidOutPage> Pages);
