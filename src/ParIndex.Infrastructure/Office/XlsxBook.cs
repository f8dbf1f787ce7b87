using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.Infrastructure.Office;

/// <summary>
/// A sheet's table: the 1-based row of its column headers and how many columns it has. The sheet is frozen under that
/// row, filterable on it, and prints it at the top of every page.
/// </summary>
internal readonly record struct XlsxTable(int HeaderRow, int Columns);

/// <summary>
/// The one way the portal writes a workbook (results, survey, framework): the styles of <see cref="XlsxStyles"/>, columns
/// of the given widths, rows numbered and cells named, wrapped rows made tall enough, A4 landscape fitted to the width.
/// Rows stream straight into each sheet's part (a national criterion sheet has 400,000 of them).
/// </summary>
internal sealed class XlsxBook
{
    /// <summary>Points per line of the 11-point body font.</summary>
    private const double LineHeight = 15;

    private readonly WorkbookPart _workbook;

    private XlsxBook(WorkbookPart workbook) => _workbook = workbook;

    public static byte[] Write(Action<XlsxBook> addSheets)
    {
        ArgumentNullException.ThrowIfNull(addSheets);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            XlsxStyles.AddTo(workbook);
            addSheets(new XlsxBook(workbook));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Adds a sheet; <paramref name="table"/> is its header row and width, or null for a sheet without one.</summary>
    public void AddSheet(string name, double[] widths, IEnumerable<Row> rows, XlsxTable? table = null)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(rows);
        var part = _workbook.AddNewPart<WorksheetPart>();
        var sheets = _workbook.Workbook.Sheets!;
        var sheetIndex = (uint)sheets.Count();
        var index = 1;
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
            if (table is { } frozen)
            {
                writer.WriteElement(new SheetViews(new SheetView(new Pane
                {
                    VerticalSplit = frozen.HeaderRow,
                    TopLeftCell = XlsxCells.Reference(0, frozen.HeaderRow + 1),
                    ActivePane = PaneValues.BottomLeft,
                    State = PaneStateValues.Frozen,
                })
                { WorkbookViewId = 0 }));
            }

            writer.WriteElement(new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
            writer.WriteStartElement(new SheetData());
            foreach (var row in rows)
            {
                Place(row, index++, widths);
                writer.WriteElement(row);
            }

            writer.WriteEndElement();
            if (table is { } filtered)
            {
                var lastRow = Math.Max(index - 1, filtered.HeaderRow);
                var range = $"{XlsxCells.Reference(0, filtered.HeaderRow)}:{XlsxCells.Reference(filtered.Columns - 1, lastRow)}";
                writer.WriteElement(new AutoFilter { Reference = range });
                var quoted = "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
                Define("_xlnm._FilterDatabase", sheetIndex, $"{quoted}!{Absolute(range)}", hidden: true);
                Define("_xlnm.Print_Titles", sheetIndex, $"{quoted}!${filtered.HeaderRow}:${filtered.HeaderRow}", hidden: false);
            }

            writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
            writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
            writer.WriteEndElement();
        }

        sheets.Append(new Sheet { Id = _workbook.GetIdOfPart(part), SheetId = sheetIndex + 1, Name = name });
    }

    /// <summary>Numbers the row and its cells, and sets its height when a wrapped cell needs more than one line.</summary>
    private static void Place(Row row, int index, double[] widths)
    {
        row.RowIndex = (uint)index;
        var column = 0;
        var lines = 1;
        foreach (var cell in row.Elements<Cell>())
        {
            if (cell.StyleIndex?.Value is { } style && XlsxStyles.Wraps(style) && column < widths.Length)
            {
                lines = Math.Max(lines, LinesOf(cell.InnerText, widths[column]));
            }

            cell.CellReference = XlsxCells.Reference(column++, index);
        }

        if (lines > 1)
        {
            // Spreadsheets do not all fit wrapped rows on opening (LibreOffice keeps them one line high): say how high.
            row.Height = lines * LineHeight;
            row.CustomHeight = true;
        }
    }

    /// <summary>
    /// Lines a wrapped text takes in a column <paramref name="width"/> characters wide, rounded up: Vietnamese text in an
    /// 11-point font fits about one character per unit of width, so this errs on the tall side rather than clip.
    /// </summary>
    private static int LinesOf(string text, double width)
    {
        var perLine = Math.Max(1, (int)Math.Floor(width) - 1);
        return text.Split('\n').Sum(line => Math.Max(1, (line.Length + perLine - 1) / perLine));
    }

    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(r => "$" + new string([.. r.TakeWhile(char.IsLetter)]) + "$" + new string([.. r.SkipWhile(char.IsLetter)])));

    private void Define(string name, uint sheetIndex, string reference, bool hidden)
    {
        var names = _workbook.Workbook.DefinedNames ??= new DefinedNames();
        names.Append(new DefinedName(reference) { Name = name, LocalSheetId = sheetIndex, Hidden = hidden ? true : null });
    }
}
