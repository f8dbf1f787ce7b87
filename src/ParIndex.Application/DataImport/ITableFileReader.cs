namespace ParIndex.Application.DataImport;

/// <summary>
/// Reads an uploaded table of figures: a CSV (UTF-8, comma or semicolon separated, quoted fields) or the first sheet
/// of an .xlsx workbook. Never throws on a bad file: the problem comes back, in Vietnamese, for the person to fix.
/// </summary>
public interface ITableFileReader
{
    /// <param name="fileName">Decides the format by its extension (.csv or .xlsx).</param>
    /// <param name="content">The whole file; uploads are size-capped before they get here.</param>
    TableReadResult Read(string fileName, byte[] content);
}

/// <summary>The header row's texts and the data rows under it (blank rows left out).</summary>
public sealed record TableFile(IReadOnlyList<string> Headers, IReadOnlyList<TableRow> Rows);

/// <summary>One data row; <see cref="Number"/> is the 1-based row (CSV line or Excel row) people see in their file.</summary>
public sealed record TableRow(int Number, IReadOnlyList<string> Cells)
{
    /// <summary>The trimmed text under a column, or null when the cell is empty or missing.</summary>
    public string? Cell(int column) =>
        column >= 0 && column < Cells.Count && !string.IsNullOrWhiteSpace(Cells[column]) ? Cells[column].Trim() : null;
}

/// <summary>The table, or why the file cannot be read.</summary>
public sealed record TableReadResult(TableFile? Table, string? Error)
{
    public static TableReadResult Read(TableFile table) => new(table, null);

    public static TableReadResult Failed(string error) => new(null, error);
}

/// <summary>Limits every reader applies, so a huge file is refused instead of slowing the portal down.</summary>
public static class TableFileLimits
{
    public const int MaxRows = 20_000;
}
