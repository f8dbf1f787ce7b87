namespace ParIndex.Infrastructure.Pdf;

public enum PdfOrientation
{
    Portrait,
    Landscape,
}

/// <summary>A4 paper (595 × 842 points) in either orientation, with margins in points.</summary>
public sealed record PdfPageSetup(PdfOrientation Orientation = PdfOrientation.Portrait, float MarginLeft = 56f, float MarginTop = 42f,
    float MarginRight = 42f, float MarginBottom = 36f)
{
    public const float A4ShortSide = 595.28f;
    public const float A4LongSide = 841.89f;

    public static PdfPageSetup A4Portrait { get; } = new();

    public static PdfPageSetup A4Landscape { get; } = new(PdfOrientation.Landscape, 42f, 36f, 36f, 30f);

    public float Width => Orientation == PdfOrientation.Portrait ? A4ShortSide : A4LongSide;

    public float Height => Orientation == PdfOrientation.Portrait ? A4LongSide : A4ShortSide;

    public float ContentWidth => Width - MarginLeft - MarginRight;
}
