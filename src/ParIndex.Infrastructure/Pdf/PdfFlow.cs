using SkiaSharp;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// The cursor that pours content down the pages: it knows the body's top and bottom (above the footer) and starts a
/// new page when the next piece does not fit.
/// </summary>
internal sealed class PdfFlow
{
    private readonly List<PdfLaidOutPage> _pages = [];
    private readonly PdfRunningHeader? _runningHeader;
    private readonly float _bodyBottom;

    /// <summary>A heading with nothing under it yet: where its drawings start on the page, and its top and bottom.</summary>
    private (PdfLaidOutPage Page, int FirstDrawing, float Top, float Bottom)? _pendingHeading;

    public PdfFlow(PdfTextShaper shaper, PdfPageSetup page, float footerHeight, PdfRunningHeader? runningHeader)
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
            var text = Shaper.Shape(_runningHeader.TextOf(laidOut.Number), _runningHeader.Style);
            laidOut.Add(new PdfTextDrawing(text, AlignedX(text, Left, Width, _runningHeader.Align), Page.MarginTop + Shaper.Metrics(text.Style).Ascent));
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

    /// <summary>Columns side by side, kept on one page, each line placed in its column; the tallest column sets the height.</summary>
    public void Columns(IReadOnlyList<PdfBlockColumn> columns, float spaceAfter)
    {
        var total = columns.Sum(c => c.Fraction);
        var left = Left;
        var placed = new List<(float Left, float Width, List<(ShapedText Line, PdfBlockLine Source, float Top, float Ascent, bool Last)> Lines, float Height)>();
        foreach (var column in columns)
        {
            var width = Width * column.Fraction / total;
            var lines = new List<(ShapedText, PdfBlockLine, float, float, bool)>();
            var y = 0f;
            foreach (var source in column.Lines)
            {
                y += source.SpaceBefore;
                var metrics = Shaper.Metrics(source.Style);
                var wrapped = LineBreaker.Wrap(Shaper, source.Text, source.Style, width);
                for (var i = 0; i < wrapped.Count; i++)
                {
                    lines.Add((wrapped[i], source, y, metrics.Ascent, i == wrapped.Count - 1));
                    y += metrics.Height;
                }

                if (source.RuleUnder > 0f)
                {
                    y += RuleGap * 2f;
                }
            }

            placed.Add((left, width, lines, y));
            left += width;
        }

        var height = placed.Max(c => c.Height);
        if (height > Remaining && !AtPageTop)
        {
            NewPage();
        }

        foreach (var (columnLeft, width, lines, _) in placed)
        {
            var widest = new Dictionary<PdfBlockLine, float>();
            foreach (var (line, source, _, _, _) in lines)
            {
                widest[source] = Math.Max(widest.GetValueOrDefault(source), line.Width);
            }

            foreach (var (line, source, top, ascent, last) in lines)
            {
                var x = AlignedX(line, columnLeft, width, source.Align);
                Text(line, x, Y + top + ascent);
                if (last && source.RuleUnder > 0f)
                {
                    // The rule sits under the block's line, centred on it, as wide as the share of its text asked for.
                    var ruleWidth = widest[source] * source.RuleUnder;
                    var centre = source.Align == PdfAlign.Center ? columnLeft + (width / 2f) : x + (line.Width / 2f);
                    var ruleY = Y + top + Shaper.Metrics(source.Style).Height + RuleGap;
                    Rule(centre - (ruleWidth / 2f), ruleY, centre + (ruleWidth / 2f), ruleY, SkiaSharp.SKColors.Black, 0.6f);
                }
            }
        }

        Y += height + spaceAfter;
        ContentPlaced();
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

    private const float RuleGap = 2.5f;

    private float BodyTop(int pageNumber) =>
        Page.MarginTop + (_runningHeader is not null && pageNumber > 1 ? Shaper.Metrics(_runningHeader.Style).Height + 8f : 0f);
}

/// <summary>What stands at the top of every page after the first: the document's name, or its page number.</summary>
public sealed record PdfRunningHeader(Func<int, string> TextOf, PdfTextStyle Style, PdfAlign Align);
