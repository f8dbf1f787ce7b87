using System.Globalization;
using SkiaSharp;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>Document properties written into the PDF.</summary>
public sealed record PdfDocumentInfo(string Title, string? Subject = null, string? Author = null, DateTime? CreatedUtc = null);

/// <summary>The PDF and the page model it was drawn from.</summary>
public sealed record PdfDocumentResult(byte[] Content, PdfLayout Layout)
{
    public int PageCount => Layout.Pages.Count;
}

/// <summary>
/// Flows headings, paragraphs and tables onto A4 pages, then adds each page's footer (a text line and "Trang X/Y")
/// once the page count is known, and renders the pages with <see cref="PdfRenderer"/>.
/// </summary>
public sealed class PdfDocumentBuilder(PdfFonts fonts, PdfPageSetup page, PdfDocumentInfo info)
{
    private static readonly SKColor Muted = new(0x55, 0x5B, 0x66);
    private readonly List<Action<PdfFlow>> _content = [];

    public PdfPageSetup Page { get; } = page;

    public PdfDocumentInfo Info { get; } = info;

    /// <summary>Printed at the foot of every page, wrapped when long.</summary>
    public string? FooterText { get; set; }

    /// <summary>The page number at the foot of every page: {0} is the page, {1} the page count; null for none.</summary>
    public string? PageNumberFormat { get; set; } = "Trang {0}/{1}";

    /// <summary>A small line at the top of every page after the first (the document's name, say).</summary>
    public string? RunningHeader { get; set; }

    /// <summary>
    /// Numbers pages as an administrative document does (Decree 30/2020): the bare number centred in the top margin,
    /// from page 2 on; no number at the foot. Replaces <see cref="RunningHeader"/>.
    /// </summary>
    public PdfTextStyle? TopPageNumbers { get; set; }

    /// <summary>Large translucent text across every page, drawn over the content.</summary>
    public string? Watermark { get; set; }

    public PdfDocumentBuilder Heading(string text, float size = 13f, PdfAlign align = PdfAlign.Left, SKColor? color = null)
    {
        _content.Add(flow => flow.Heading(text, new PdfTextStyle(size, true, color), align));
        return this;
    }

    public PdfDocumentBuilder Paragraph(string text, PdfTextStyle? style = null, PdfAlign align = PdfAlign.Left, float spaceAfter = 4f)
    {
        _content.Add(flow => flow.Paragraph(text, style ?? PdfTextStyle.Body, align, spaceAfter));
        return this;
    }

    /// <summary>Columns side by side (a letterhead, a signer block), kept on one page.</summary>
    public PdfDocumentBuilder Columns(float spaceAfter, params PdfBlockColumn[] columns)
    {
        _content.Add(flow => flow.Columns(columns, spaceAfter));
        return this;
    }

    public PdfDocumentBuilder Space(float points)
    {
        _content.Add(flow => flow.Space(points));
        return this;
    }

    public PdfDocumentBuilder Table(PdfTable table, float spaceAfter = 10f)
    {
        ArgumentNullException.ThrowIfNull(table);
        _content.Add(flow => flow.Table(table, spaceAfter));
        return this;
    }

    public PdfDocumentBuilder PageBreak()
    {
        _content.Add(flow => flow.PageBreak());
        return this;
    }

    /// <summary>Lays out and renders the document.</summary>
    public PdfDocumentResult Build()
    {
        using var shaper = new PdfTextShaper(fonts);
        var layout = Layout(shaper);
        return new PdfDocumentResult(PdfRenderer.Render(layout, Info), layout);
    }

    /// <summary>The page model: every page with its drawings, footers included. The shaper must outlive rendering.</summary>
    public PdfLayout Layout(PdfTextShaper shaper)
    {
        ArgumentNullException.ThrowIfNull(shaper);
        var footer = new FooterPlan(shaper, Page, FooterText, TopPageNumbers is null ? PageNumberFormat : null);
        var header = TopPageNumbers is { } numbers
            ? new PdfRunningHeader(n => n.ToString(CultureInfo.InvariantCulture), numbers, PdfAlign.Center)
            : RunningHeader is { } running ? new PdfRunningHeader(_ => running, new PdfTextStyle(7.5f, Color: Muted), PdfAlign.Left) : null;
        var flow = new PdfFlow(shaper, Page, footer.Height, header);
        foreach (var add in _content)
        {
            add(flow);
        }

        var pages = flow.Finish();
        foreach (var laidOut in pages)
        {
            footer.Draw(laidOut, pages.Count);
            if (Watermark is not null)
            {
                laidOut.Add(new PdfWatermarkDrawing(shaper.Shape(Watermark, new PdfTextStyle(54f, true, new SKColor(0xC6, 0x28, 0x28, 0x22)))));
            }
        }

        return new PdfLayout(Page, pages);
    }

    /// <summary>The footer's size, known before the flow starts, and its drawing, once the page count is.</summary>
    private sealed class FooterPlan
    {
        private static readonly PdfTextStyle Style = new(7f, Color: Muted);
        private readonly PdfTextShaper _shaper;
        private readonly PdfPageSetup _page;
        private readonly IReadOnlyList<ShapedText> _lines;
        private readonly string? _numberFormat;
        private readonly PdfLineMetrics _metrics;

        public FooterPlan(PdfTextShaper shaper, PdfPageSetup page, string? text, string? numberFormat)
        {
            _shaper = shaper;
            _page = page;
            _numberFormat = numberFormat;
            _metrics = shaper.Metrics(Style);
            var numberWidth = numberFormat is null ? 0f : shaper.Measure(string.Format(CultureInfo.InvariantCulture, numberFormat, 8888, 8888), Style) + 16f;
            _lines = text is null ? [] : LineBreaker.Wrap(shaper, text, Style, page.ContentWidth - numberWidth);
            Height = Gap + (Math.Max(1, _lines.Count) * _metrics.Height);
        }

        private static float Gap => 8f;

        public float Height { get; }

        public void Draw(PdfLaidOutPage laidOut, int pageCount)
        {
            var top = _page.Height - _page.MarginBottom - Height + (Gap / 2f);
            laidOut.Add(new PdfRuleDrawing(new SKPoint(_page.MarginLeft, top), new SKPoint(_page.Width - _page.MarginRight, top), new SKColor(0xB0, 0xB6, 0xBF), 0.5f));
            var baseline = top + (Gap / 2f) + _metrics.Ascent;
            foreach (var line in _lines)
            {
                laidOut.Add(new PdfTextDrawing(line, _page.MarginLeft, baseline));
                baseline += _metrics.Height;
            }

            if (_numberFormat is null)
            {
                return;
            }

            var number = _shaper.Shape(string.Format(CultureInfo.InvariantCulture, _numberFormat, laidOut.Number, pageCount), Style);
            laidOut.Add(new PdfTextDrawing(number, _page.Width - _page.MarginRight - number.Width, top + (Gap / 2f) + _metrics.Ascent));
        }
    }
}
