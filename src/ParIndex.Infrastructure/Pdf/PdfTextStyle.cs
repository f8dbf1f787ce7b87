using SkiaSharp;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>How a piece of text is set: size in points, weight, colour (black when not given) and slant.</summary>
public readonly record struct PdfTextStyle(float Size, bool Bold = false, SKColor? Color = null, bool Italic = false)
{
    public static PdfTextStyle Body { get; } = new(9.5f);

    public SKColor Ink => Color ?? SKColors.Black;

    public PdfTextStyle WithBold(bool bold = true) => this with { Bold = bold };

    public PdfTextStyle WithColor(SKColor color) => this with { Color = color };

    public PdfTextStyle WithItalic(bool italic = true) => this with { Italic = italic };
}

/// <summary>Vertical metrics of a line set in one style: where the baseline sits below the line's top.</summary>
public readonly record struct PdfLineMetrics(float Ascent, float Descent)
{
    public float Height => Ascent + Descent;
}
