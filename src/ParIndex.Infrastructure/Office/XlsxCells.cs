using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ParIndex.Application.Exports;
using ParIndex.Infrastructure.Tabular;

namespace ParIndex.Infrastructure.Office;

/// <summary>
/// Cells as the portal writes them: text is always an inline string, never a formula; numbers are numbers (with a style
/// from <see cref="XlsxStyles"/> for their format), so a spreadsheet sums and sorts them.
/// </summary>
internal static class XlsxCells
{
    /// <summary>
    /// Text for people to read: characters XML cannot carry dropped, guarded against being read as a formula when edited
    /// or saved as CSV (<see cref="FormulaGuard"/>); nothing to say stays a blank cell, so filters and counts see it empty.
    /// </summary>
    public static Cell Text(string? text, uint style = XlsxStyles.Plain)
    {
        var clean = OfficeText.Clean(text);
        return clean.Length == 0 ? new Cell { StyleIndex = style } : Literal(FormulaGuard.Neutralize(clean), style);
    }

    /// <summary>
    /// Text exactly as given, for a workbook the portal reads back (the framework): a leading "-" or "=" must come back
    /// as typed, and the reader refuses formula cells anyway.
    /// </summary>
    public static Cell Literal(string text, uint style = XlsxStyles.Plain) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style };

    /// <summary>A number cell, or a blank one when there is no value.</summary>
    public static Cell Number(decimal? value, uint style) => value is { } v ? NumberCell(v.ToString(CultureInfo.InvariantCulture), style) : new Cell();

    /// <summary>A number cell, or a blank one when there is no value.</summary>
    public static Cell Number(int? value, uint style) => value is { } v ? NumberCell(v.ToString(CultureInfo.InvariantCulture), style) : new Cell();

    /// <summary>The cell's name, such as "B2", for a 0-based column and a 1-based row.</summary>
    public static string Reference(int column, int row) => GuardedWorkbook.ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    private static Cell NumberCell(string value, uint style) => new() { DataType = CellValues.Number, CellValue = new CellValue(value), StyleIndex = style };
}
