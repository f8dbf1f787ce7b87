using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParIndex.Application.Exports;
using ParIndex.Application.Results;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Infrastructure.Office;

/// <summary>
/// A period's results as a workbook: "Thông tin" (period and publication stamp), one sheet per block, and
/// "Chi tiết tiêu chí". Every data sheet opens with a title and the stamp line, then a bold, frozen, filterable
/// header row. Text is always an inline string with <see cref="FormulaGuard"/> applied, never a formula; scores are
/// numbers with a number format, so deductions stay negative numbers.
/// </summary>
internal sealed class ResultsWorkbookWriter : IResultsWorkbook
{
    public const string CoverSheet = "Thông tin";
    public const string CriteriaSheet = "Chi tiết tiêu chí";

    /// <summary>
    /// The column headers' row on data sheets, under the title and the stamp line; a block sheet whose units changed since
    /// the year compared has the caveat on this row and its headers one row lower.
    /// </summary>
    public const int HeaderRow = 3;

    private const uint Bold = 1;
    private const uint Decimal2 = 2;
    private const uint Wrapped = 3;
    private const uint Title = 4;
    private const uint SignedInteger = 5;
    private const uint SignedDecimal2 = 6;
    private const uint ColumnHeader = 7;
    private const uint Integer = 8;

    /// <summary>Points per line of the 11-point body font.</summary>
    private const double LineHeight = 15;

    public byte[] Write(ResultsWorkbookContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddStyles(workbook);
            var names = new SheetNames();
            var header = content.Header;
            AddSheet(workbook, names.Take(CoverSheet), [34, 90], CoverRows(header), table: null);
            foreach (var block in content.Blocks)
            {
                var previous = block.PreviousYear is { } y ? $"Chỉ số năm {y.ToString(CultureInfo.InvariantCulture)}" : "Chỉ số năm trước";
                string[] columns = ["Hạng", "Mã đơn vị", "Tên đơn vị", "Chỉ số", "Xếp loại", "Thay đổi thứ hạng", "Thay đổi chỉ số", previous, "Ghi chú"];
                // The same caveat as the annex and the public pages: a smaller block lifts ranks on its own.
                var caveat = Pdf.ReportWording.MembershipNote(block);
                AddSheet(workbook, names.Take(block.BlockName), [8, 14, 56, 10, 13, 12, 12, 12, 44],
                    DataRows(header, $"{Heading(header)} — {block.BlockName}", columns, block.Rows.Select(RankingCells), caveat),
                    table: columns.Length, headerRow: caveat is null ? HeaderRow : HeaderRow + 1);
            }

            string[] criteria = ["Mã đơn vị", "Đơn vị", "Khối", "Mã tiêu chí", "Tiêu chí", "Điểm tối đa", "Tự chấm", "Điểm thẩm định (chính thức)",
                "Điểm bị mất", "Lý do của người thẩm định", "Cách tính"];
            AddSheet(workbook, names.Take(CriteriaSheet), [12, 32, 22, 10, 56, 10, 10, 13, 10, 48, 40],
                DataRows(header, $"{Heading(header)} — CHI TIẾT THEO TIÊU CHÍ", criteria,
                    content.Units.SelectMany(u => u.Lines.Select(l => CriterionCells(u, l)))),
                table: criteria.Length);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static IEnumerable<Row> CoverRows(ExportHeader header)
    {
        yield return new Row(TextCell(Heading(header), Title));
        yield return new Row();
        foreach (var (label, value) in header.Facts())
        {
            yield return new Row(TextCell(label, Bold), TextCell(value, Wrapped));
        }

        yield return new Row();
        yield return new Row(TextCell("Ghi chú", Bold), TextCell("Chỉ số làm tròn hai chữ số thập phân như khi công bố; thứ hạng tính trong từng khối.", Wrapped));
        yield return new Row(TextCell(string.Empty), TextCell("Thay đổi thứ hạng: số dương là tăng bậc so với năm trước. Điểm trừ ghi số âm.", Wrapped));
        yield return new Row(TextCell(string.Empty),
            TextCell("Nội dung văn bản bắt đầu bằng =, +, -, @ được thêm dấu ' ở đầu để không bị hiểu là công thức.", Wrapped));
    }

    private static string Heading(ExportHeader header) =>
        $"KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {header.Year.ToString(CultureInfo.InvariantCulture)}";

    private static IEnumerable<Row> DataRows(ExportHeader header, string title, string[] columns, IEnumerable<Cell[]> rows, string? caveat = null)
    {
        yield return new Row(TextCell(title, Title));
        yield return new Row(TextCell($"{header.PeriodName}. {header.StampLine}"));
        if (caveat is not null)
        {
            yield return new Row(TextCell(caveat, Bold));
        }

        yield return new Row(columns.Select(c => TextCell(c, ColumnHeader)));
        foreach (var cells in rows)
        {
            yield return new Row(cells);
        }
    }

    private static Cell[] RankingCells(RankingRow row) =>
    [
        Number(row.Rank, Integer), TextCell(row.Code), TextCell(row.Name), Number(row.Index, Decimal2), TextCell(ExportText.Of(row.Classification)),
        Number(row.RankChange, SignedInteger), Number(row.IndexChange, SignedDecimal2), Number(row.PreviousIndex, Decimal2),
        TextCell(Pdf.ReportWording.MergeNote(row) ?? string.Empty, Wrapped),
    ];

    private static Cell[] CriterionCells(UnitCriteria unit, CriterionScoreLine line)
    {
        var reason = line.IsNotEvaluated
            ? ExportText.NotEvaluated + (string.IsNullOrWhiteSpace(line.Reason) ? string.Empty : ": " + line.Reason)
            : line.Reason;
        var max = line.RuleType is RuleType.Bonus or RuleType.Deduction && line.MaxPoints == 0m ? null : (decimal?)line.MaxPoints;
        return
        [
            TextCell(unit.UnitCode), TextCell(unit.UnitName), TextCell(unit.BlockName), TextCell(line.Code), TextCell(line.Title, Wrapped),
            Number(max, Decimal2), Number(line.SelfScore, Decimal2), Number(line.Points, Decimal2), Number(line.Lost, Decimal2),
            TextCell(reason, Wrapped), TextCell(line.Explanation, Wrapped),
        ];
    }

    /// <summary>
    /// A sheet; <paramref name="table"/> is the number of columns of the header row on <paramref name="headerRow"/>, or null
    /// for a sheet without one. Rows stream straight into the part (a national criterion sheet has 400,000 of them).
    /// </summary>
    private static void AddSheet(WorkbookPart workbook, string name, double[] widths, IEnumerable<Row> rows, int? table, int headerRow = HeaderRow)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var sheets = workbook.Workbook.Sheets!;
        var sheetIndex = (uint)sheets.Count();
        uint index = 1;
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
            if (table is not null)
            {
                writer.WriteElement(new SheetViews(new SheetView(new Pane
                {
                    VerticalSplit = headerRow,
                    TopLeftCell = Reference(0, headerRow + 1),
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
            var lastRow = Math.Max(index - 1, (uint)headerRow);
            if (table is { } columns)
            {
                var range = $"{Reference(0, headerRow)}:{Reference(columns - 1, lastRow)}";
                writer.WriteElement(new AutoFilter { Reference = range });
                var quoted = "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
                Define(workbook, "_xlnm._FilterDatabase", sheetIndex, $"{quoted}!{Absolute(range)}", hidden: true);
                Define(workbook, "_xlnm.Print_Titles", sheetIndex, $"{quoted}!${headerRow}:${headerRow}", hidden: false);
            }

            writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
            writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
            writer.WriteEndElement();
        }

        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetIndex + 1, Name = name });
    }

    /// <summary>Numbers the row and its cells, and sets its height when a wrapped cell needs more than one line.</summary>
    private static void Place(Row row, uint index, double[] widths)
    {
        row.RowIndex = index;
        var column = 0;
        var lines = 1;
        foreach (var cell in row.Elements<Cell>())
        {
            if (cell.StyleIndex?.Value is Wrapped or ColumnHeader && column < widths.Length)
            {
                lines = Math.Max(lines, LinesOf(cell.InnerText, widths[column]));
            }

            cell.CellReference = Reference(column++, index);
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

    private static void Define(WorkbookPart workbook, string name, uint sheetIndex, string reference, bool hidden)
    {
        var names = workbook.Workbook.DefinedNames ??= new DefinedNames();
        names.Append(new DefinedName(reference) { Name = name, LocalSheetId = sheetIndex, Hidden = hidden ? true : null });
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "+0;-0;0" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "+0.00;-0.00;0.00" })
            { Count = 2 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 })),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDE5F0" }) { PatternType = PatternValues.Solid })),
            new Borders(new Border(), thin),
            // Everything top-aligned, so a row made taller by one wrapped cell still reads straight across.
            new CellFormats(
                new CellFormat(Top()) { ApplyAlignment = true },
                new CellFormat(Top()) { FontId = 1, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(Top()) { NumberFormatId = 2, ApplyNumberFormat = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
                new CellFormat { FontId = 2, ApplyFont = true },
                new CellFormat(Top()) { NumberFormatId = 164, ApplyNumberFormat = true, ApplyAlignment = true },
                new CellFormat(Top()) { NumberFormatId = 165, ApplyNumberFormat = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
                { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(Top()) { NumberFormatId = 1, ApplyNumberFormat = true, ApplyAlignment = true }));

        static Alignment Top() => new() { Vertical = VerticalAlignmentValues.Top };
    }

    private static Cell Number(decimal? value, uint style) => value is { } v
        ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture)), StyleIndex = style }
        : new Cell();

    private static Cell Number(int? value, uint style) => value is { } v
        ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture)), StyleIndex = style }
        : new Cell();

    /// <summary>Always a string, never a formula, and guarded against being read as one when edited or saved as CSV.</summary>
    private static Cell TextCell(string? text, uint style = 0)
    {
        var clean = OfficeText.Clean(text);
        // Nothing to say stays a blank cell, so filters and counts see it as empty.
        return clean.Length == 0
            ? new Cell { StyleIndex = style }
            : new Cell(new InlineString(new Text(FormulaGuard.Neutralize(clean)) { Space = SpaceProcessingModeValues.Preserve }))
            {
                DataType = CellValues.InlineString,
                StyleIndex = style,
            };
    }

    private static string Reference(int column, uint row) => Letter(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string Reference(int column, int row) => Reference(column, (uint)row);

    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(r => "$" + new string([.. r.TakeWhile(char.IsLetter)]) + "$" + new string([.. r.SkipWhile(char.IsLetter)])));

    private static string Letter(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>Excel's sheet-name rules: at most 31 characters, none of []:*?/\, no leading or trailing apostrophe, unique.</summary>
    private sealed class SheetNames
    {
        private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

        public string Take(string wanted)
        {
            var clean = new string([.. OfficeText.Clean(wanted).Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? ' ' : c)])
                .Trim().Trim('\'').Trim();
            clean = clean.Length == 0 ? "Khối" : clean;
            var name = clean[..Math.Min(clean.Length, 31)];
            for (var n = 2; !_used.Add(name); n++)
            {
                var suffix = $" ({n.ToString(CultureInfo.InvariantCulture)})";
                name = clean[..Math.Min(clean.Length, 31 - suffix.Length)] + suffix;
            }

            return name;
        }
    }
}
