namespace ParIndex.Infrastructure.Pdf;

public enum PdfAlign
{
    Left,
    Center,
    Right,
}

/// <summary>A column: its header, its share of the table's width (fractions are normalised) and how cells align.</summary>
public sealed record PdfColumn(string Header, float Fraction, PdfAlign Align = PdfAlign.Left);

/// <summary>A cell's text, with an optional note set smaller and grey beneath it.</summary>
public sealed record PdfCell(string Text, string? Note = null)
{
    public static implicit operator PdfCell(string text) => new(text);

    public static PdfCell FromString(string text) => new(text);
}

/// <summary>
/// A table row. A <see cref="Span"/> row is one cell across the whole table (a group title), kept with the row after
/// it. <see cref="Bold"/> sets every cell in bold.
/// </summary>
public sealed record PdfTableRow(IReadOnlyList<PdfCell> Cells, bool Bold = false, bool Span = false)
{
    public static PdfTableRow Of(params PdfCell[] cells) => new(cells);

    public static PdfTableRow Group(string title) => new([title], Bold: true, Span: true);
}

/// <summary>
/// A table that may run over many pages: the header row is repeated at the top of each, a row taller than a page is
/// split between lines, numbers align right by column. Rows are striped (<see cref="Zebra"/>) or ruled.
/// </summary>
public sealed class PdfTable(IReadOnlyList<PdfColumn> columns)
{
    public IReadOnlyList<PdfColumn> Columns { get; } = columns;

    public List<PdfTableRow> Rows { get; } = [];

    public float FontSize { get; init; } = 8.5f;

    public float PaddingX { get; init; } = 3.5f;

    public float PaddingY { get; init; } = 2.5f;

    public bool Zebra { get; init; } = true;

    public PdfTable Add(params PdfCell[] cells)
    {
        Rows.Add(new PdfTableRow(cells));
        return this;
    }

    public PdfTable Add(PdfTableRow row)
    {
        Rows.Add(row);
        return this;
    }
}
