using SkiaSharp;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// The cursor that pours content down the pages: it knows the body's top and bottom (above the footer) and starts a
/// new page when the next piece does not fit.
/// </summary>
internal sealed class PdfFlow
{
    private readonly List<PdfLaidOutPage> _pages = [];
    private readonly ShapedText? _runningHeader;
    private readonly float _bodyBottom;

    /// <summary>A heading with nothing under it yet: where its drawings start on the page, and its top and bottom.</summary>
    private (PdfLaidOutPage Page, int FirstDrawing, float Top, float Bottom)? _pendingHeading;

    public PdfFlow(PdfTextShaper shaper, PdfPageSetup page, float footerHeight, ShapedText? runningHeader)
    {
        Shaper = shaper;
        Page = page;
        _runningHeader = runningHeader;
        _bodyBottom = page.Height - page.MarginBottom - footerHeight;
        NewPage();
    }

    public PdfTextShaper Shaper { get; }

    public PdfPageSetup Page { get; }

    public PdfLaidOutPage Current => _pages[^1];

    public float Y { get; set; }

    public float Left => Page.MarginLeft;

    public float Width => Page.ContentWidth;

    /// <summary>Room left on the current page, in points.</summary>
    public float Remaining => _bodyBottom - Y;

    /// <summary>Height of an empty page's body.</summary>
    public float BodyHeight => _bodyBottom - BodyTop(_pages.Count + 1);

    public bool AtPageTop => Y <= BodyTop(_pages.Count) + 0.01f;

    /// <summary>Starts a new page; a heading left alone at the foot of the old one moves with it (keep with next).</summary>
    public void NewPage()
    {
        var orphan = _pendingHeading;
        var moved = orphan is { } heading ? heading.Page.RemoveFrom(heading.FirstDrawing) : [];
        var laidOut = new PdfLaidOutPage(_pages.Count + 1);
        _pages.Add(laidOut);
        Y = BodyTop(laidOut.Number);
        if (_runningHeader is not null && laidOut.Number > 1)
        {
            var metrics = Shaper.Metrics(_runningHeader.Style);
            laidOut.Add(new PdfTextDrawing(_runningHeader, Left, Page.MarginTop + metrics.Ascent));
        }

        _pendingHeading = null;
        if (orphan is { } h)
        {
            var top = Y;
            foreach (var drawing in moved)
            {
                laidOut.Add(drawing is PdfTextDrawing text ? text with { Baseline = text.Baseline - h.Top + top } : drawing);
            }

            Y = top + (h.Bottom - h.Top);
            _pendingHeading = (laidOut, laidOut.Drawings.Count - moved.Count, top, Y);
        }
    }

    /// <summary>Something now stands under the last heading, so it no longer moves with the next page break.</summary>
    public void ContentPlaced() => _pendingHeading = null;

    public IReadOnlyList<PdfLaidOutPage> Finish() => _pages;

    public void Heading(string text, PdfTextStyle style, PdfAlign align)
    {
        var lines = LineBreaker.Wrap(Shaper, text, style, Width);
        var metrics = Shaper.Metrics(style);
        var before = AtPageTop ? 0f : style.Size * 0.6f;
        // Keep a heading with what follows: about three body lines must fit under it.
        var keep = 3f * Shaper.Metrics(PdfTextStyle.Body).Height;
        if (!AtPageTop && before + (lines.Count * metrics.Height) + keep > Remaining)
        {
            NewPage();
            before = 0f;
        }

        Y += before;
        var top = Y;
        var first = Current.Drawings.Count;
        PlaceLines(lines, metrics, align, isContent: false);
        Y += style.Size * 0.35f;
        _pendingHeading = (Current, first, top, Y);
    }

    public void Paragraph(string text, PdfTextStyle style, PdfAlign align, float spaceAfter)
    {
        PlaceLines(LineBreaker.Wrap(Shaper, text, style, Width), Shaper.Metrics(style), align, isContent: true);
        Y += spaceAfter;
    }

    public void Space(float points)
    {
        if (points >= Remaining)
        {
            NewPage();
            return;
        }

        if (!AtPageTop)
        {
            Y += points;
        }
    }

    public void PageBreak()
    {
        if (!AtPageTop)
        {
            NewPage();
        }
    }

    public void Table(PdfTable table, float spaceAfter)
    {
        new PdfTableLayout(this, table).Place();
        Y += spaceAfter;
    }

    public void Fill(float x, float y, float width, float height, SKColor color) =>
        Current.Add(new PdfFillDrawing(new SKRect(x, y, x + width, y + height), color));

    public void Rule(float x1, float y1, float x2, float y2, SKColor color, float thickness = 0.5f) =>
        Current.Add(new PdfRuleDrawing(new SKPoint(x1, y1), new SKPoint(x2, y2), color, thickness));

    public void Text(ShapedText text, float x, float baseline) => Current.Add(new PdfTextDrawing(text, x, baseline));

    public static float AlignedX(ShapedText line, float left, float width, PdfAlign align) => align switch
    {
        PdfAlign.Right => left + width - line.Width,
        PdfAlign.Center => left + ((width - line.Width) / 2f),
        _ => left,
    };

    private void PlaceLines(IReadOnlyList<ShapedText> lines, PdfLineMetrics metrics, PdfAlign align, bool isContent)
    {
        foreach (var line in lines)
        {
            if (metrics.Height > Remaining && !AtPageTop)
            {
                NewPage();
            }

            Text(line, AlignedX(line, Left, Width, align), Y + metrics.Ascent);
            Y += metrics.Height;
            if (isContent)
            {
                ContentPlaced();
            }
        }
    }

    private float BodyTop(int pageNumber) =>
        Page.MarginTop + (_runningHeader is not null && pageNumber > 1 ? Shaper.Metrics(_runningHeader.Style).Height + 8f : 0f);
}
