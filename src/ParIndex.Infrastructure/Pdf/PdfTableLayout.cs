using SkiaSharp;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// Places a <see cref="PdfTable"/> in the flow. Every cell is wrapped to its column first; a row that does not fit
/// moves to the next page under a repeated header, and a row taller than a whole page is split between its lines.
/// </summary>
internal sealed class PdfTableLayout
{
    private static readonly SKColor HeaderFill = new(0xDD, 0xE4, 0xEE);
    private static readonly SKColor GroupFill = new(0xEE, 0xF1, 0xF5);
    private static readonly SKColor StripeFill = new(0xF6, 0xF7, 0xF9);
    private static readonly SKColor RuleColor = new(0x9A, 0xA3, 0xAF);
    private static readonly SKColor LightRule = new(0xD5, 0xDA, 0xE1);
    private static readonly SKColor NoteColor = new(0x55, 0x5B, 0x66);

    private readonly PdfFlow _flow;
    private readonly PdfTable _table;
    private readonly float[] _x;
    private readonly float[] _widths;
    private readonly PdfTextStyle _body;
    private readonly PdfTextStyle _bold;
    private readonly PdfTextStyle _note;
    private readonly PreparedRow _header;
    private int _rowsOnPage;

    public PdfTableLayout(PdfFlow flow, PdfTable table)
    {
        _flow = flow;
        _table = table;
        var total = table.Columns.Sum(c => c.Fraction);
        _widths = [.. table.Columns.Select(c => flow.Width * c.Fraction / total)];
        _x = new float[_widths.Length];
        for (var i = 1; i < _x.Length; i++)
        {
            _x[i] = _x[i - 1] + _widths[i - 1];
        }

        _body = new PdfTextStyle(table.FontSize);
        _bold = _body.WithBold();
        _note = new PdfTextStyle(table.FontSize * 0.85f, Color: NoteColor);
        _header = Prepare(new PdfTableRow([.. table.Columns.Select(c => new PdfCell(c.Header))], Bold: true), header: true);
    }

    public void Place()
    {
        var rows = _table.Rows.Select(r => Prepare(r, header: false)).ToList();
        // Start on a new page when not even the header and the first row fit, or when a small table would be cut.
        var first = rows.Count == 0 ? 0f : Math.Min(rows[0].Height, _header.Height * 2f);
        var whole = _header.Height + rows.Sum(r => r.Height);
        if (!_flow.AtPageTop && (_header.Height + first > _flow.Remaining || (whole > _flow.Remaining && whole <= _flow.BodyHeight / 3f)))
        {
            _flow.NewPage();
        }

        DrawHeader();
        var stripe = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            // A group title travels with the first row of its group, and the last row never goes over alone.
            var keep = row.Source.Span && i + 1 < rows.Count ? row.Height + rows[i + 1].FirstLineHeight
                : i == rows.Count - 2 && rows.Count >= 4 ? row.Height + rows[i + 1].Height
                : row.Height;
            // Rows that fit on a page move there whole; taller ones are split where they fall.
            if (keep > _flow.Remaining && _rowsOnPage > 0
                && (row.Height + _header.Height <= _flow.BodyHeight || _flow.Remaining < row.FirstLineHeight))
            {
                ContinueOnNextPage();
            }

            stripe = row.Source.Span ? false : !stripe;
            DrawRow(row, stripe);
        }

        CloseTable();
    }

    private void ContinueOnNextPage()
    {
        CloseTable();
        _flow.NewPage();
        _rowsOnPage = 0;
        DrawHeader();
    }

    private void DrawHeader()
    {
        _flow.Fill(_flow.Left, _flow.Y, _flow.Width, _header.Height, HeaderFill);
        _flow.Rule(_flow.Left, _flow.Y, _flow.Left + _flow.Width, _flow.Y, RuleColor, 0.75f);
        foreach (var cell in _header.Cells)
        {
            // Header cells are centred vertically: one-line headers beside two-line ones.
            var middle = (_header.Height - _table.PaddingY - cell.Bottom) / 2f;
            foreach (var line in cell.Lines)
            {
                var x = PdfFlow.AlignedX(line.Text, cell.Left + _table.PaddingX, cell.Width - (2f * _table.PaddingX), cell.Align);
                _flow.Text(line.Text, x, _flow.Y + middle + line.Top + line.Ascent);
            }
        }

        _flow.Y += _header.Height;
        _flow.Rule(_flow.Left, _flow.Y, _flow.Left + _flow.Width, _flow.Y, RuleColor, 0.75f);
    }

    private void CloseTable() => _flow.Rule(_flow.Left, _flow.Y, _flow.Left + _flow.Width, _flow.Y, RuleColor, 0.75f);

    /// <summary>Draws the row, splitting it over pages between lines while what is left does not fit.</summary>
    private void DrawRow(PreparedRow row, bool stripe)
    {
        var from = 0f;
        var freshPage = false;
        while (true)
        {
            var rest = row.SliceHeight(from, float.MaxValue, _table.PaddingY);
            if (rest <= _flow.Remaining + 0.01f)
            {
                DrawSlice(row, stripe, from, float.MaxValue, rest);
                return;
            }

            var cut = row.Cut(from, _flow.Remaining, _table.PaddingY);
            if (cut <= from && freshPage)
            {
                // Not even one line fits under the header of an empty page: draw one anyway rather than loop.
                cut = row.NextLineTop(from);
            }

            if (cut > from)
            {
                DrawSlice(row, stripe, from, cut, row.SliceHeight(from, cut, _table.PaddingY));
                from = cut;
            }

            ContinueOnNextPage();
            freshPage = true;
        }
    }

    private void DrawSlice(PreparedRow row, bool stripe, float from, float to, float height)
    {
        var fill = row.Source.Span ? GroupFill : stripe && _table.Zebra ? StripeFill : (SKColor?)null;
        if (fill is { } color)
        {
            _flow.Fill(_flow.Left, _flow.Y, _flow.Width, height, color);
        }

        var shift = PreparedRow.Shift(from, _table.PaddingY);
        foreach (var cell in row.Cells)
        {
            foreach (var line in cell.Lines.Where(l => l.Top >= from - 0.01f && l.Top < to - 0.01f))
            {
                var x = PdfFlow.AlignedX(line.Text, cell.Left + _table.PaddingX, cell.Width - (2f * _table.PaddingX), cell.Align);
                _flow.Text(line.Text, x, _flow.Y + (line.Top - shift) + line.Ascent);
            }
        }

        _flow.Y += height;
        _flow.ContentPlaced();
        _rowsOnPage++;
        if (!_table.Zebra || row.Source.Span)
        {
            _flow.Rule(_flow.Left, _flow.Y, _flow.Left + _flow.Width, _flow.Y, LightRule, 0.4f);
        }
    }

    private PreparedRow Prepare(PdfTableRow row, bool header)
    {
        var style = row.Bold || header ? _bold : _body;
        var cells = new List<PreparedCell>();
        if (row.Span)
        {
            cells.Add(PrepareCell(row.Cells.Count > 0 ? row.Cells[0] : new PdfCell(string.Empty), _flow.Left, _flow.Width, PdfAlign.Left, style));
        }
        else
        {
            for (var i = 0; i < _widths.Length; i++)
            {
                var cell = i < row.Cells.Count ? row.Cells[i] : new PdfCell(string.Empty);
                cells.Add(PrepareCell(cell, _flow.Left + _x[i], _widths[i], _table.Columns[i].Align, style));
            }
        }

        var height = cells.Max(c => c.Bottom) + _table.PaddingY;
        return new PreparedRow(row, cells, height);
    }

    private PreparedCell PrepareCell(PdfCell cell, float left, float width, PdfAlign align, PdfTextStyle style)
    {
        var inner = Math.Max(1f, width - (2f * _table.PaddingX));
        var lines = new List<PreparedLine>();
        var top = _table.PaddingY;
        foreach (var (text, lineStyle) in new[] { (cell.Text, style), (cell.Note, _note) })
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var metrics = _flow.Shaper.Metrics(lineStyle);
            foreach (var line in LineBreaker.Wrap(_flow.Shaper, text, lineStyle, inner))
            {
                lines.Add(new PreparedLine(line, top, metrics.Ascent, metrics.Height));
                top += metrics.Height;
            }
        }

        if (lines.Count == 0)
        {
            top += _flow.Shaper.Metrics(style).Height;
        }

        return new PreparedCell(left, width, align, lines, top);
    }

    private sealed record PreparedLine(ShapedText Text, float Top, float Ascent, float Height)
    {
        public float Bottom => Top + Height;
    }

    private sealed record PreparedCell(float Left, float Width, PdfAlign Align, IReadOnlyList<PreparedLine> Lines, float Bottom);

    private sealed record PreparedRow(PdfTableRow Source, IReadOnlyList<PreparedCell> Cells, float Height)
    {
        public float FirstLineHeight => Cells.SelectMany(c => c.Lines).Select(l => l.Bottom).DefaultIfEmpty(Height).Min() + 2f;

        /// <summary>How far up a slice starting at <paramref name="from"/> moves its lines: its first line sits at the padding.</summary>
        public static float Shift(float from, float padding) => from == 0f ? 0f : from - padding;

        /// <summary>Height of the slice of lines whose tops lie in [from, to).</summary>
        public float SliceHeight(float from, float to, float padding)
        {
            var shift = Shift(from, padding);
            if (to == float.MaxValue)
            {
                return Height - shift;
            }

            return Lines(from, to).Select(l => l.Bottom).DefaultIfEmpty(from).Max() - shift + padding;
        }

        /// <summary>The furthest line top to cut at so that the slice from <paramref name="from"/> fits in <paramref name="room"/>.</summary>
        public float Cut(float from, float room, float padding)
        {
            var tops = Cells.SelectMany(c => c.Lines).Select(l => l.Top).Where(t => t > from + 0.01f).Distinct().OrderByDescending(t => t);
            foreach (var top in tops)
            {
                if (SliceHeight(from, top, padding) <= room)
                {
                    return top;
                }
            }

            return from;
        }

        public float NextLineTop(float from) =>
            Cells.SelectMany(c => c.Lines).Select(l => l.Top).Where(t => t > from + 0.01f).DefaultIfEmpty(Height).Min();

        private IEnumerable<PreparedLine> Lines(float from, float to) =>
            Cells.SelectMany(c => c.Lines).Where(l => l.Top >= from - 0.01f && l.Top < to - 0.01f);
    }
}
