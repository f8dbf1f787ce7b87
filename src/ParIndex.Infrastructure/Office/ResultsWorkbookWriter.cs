using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using ParIndex.Application.Exports;
using ParIndex.Application.Results;
using ParIndex.Domain.Frameworks;
using static ParIndex.Infrastructure.Office.XlsxCells;
using Style = ParIndex.Infrastructure.Office.XlsxStyles;

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

    public byte[] Write(ResultsWorkbookContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return XlsxBook.Write(book =>
        {
            var names = new SheetNames();
            var header = content.Header;
            book.AddSheet(names.Take(CoverSheet), [34, 90], CoverRows(header));
            foreach (var block in content.Blocks)
            {
                var previous = block.PreviousYear is { } y ? $"Chỉ số năm {y.ToString(CultureInfo.InvariantCulture)}" : "Chỉ số năm trước";
                string[] columns = ["Hạng", "Mã đơn vị", "Tên đơn vị", "Chỉ số", "Xếp loại", "Thay đổi thứ hạng", "Thay đổi chỉ số", previous, "Ghi chú"];
                // The same caveat as the annex and the public pages: a smaller block lifts ranks on its own.
                var caveat = Pdf.ReportWording.MembershipNote(block);
                book.AddSheet(names.Take(block.BlockName), [8, 14, 56, 10, 13, 12, 12, 12, 44],
                    DataRows(header, $"{Heading(header)} — {block.BlockName}", columns, block.Rows.Select(RankingCells), caveat),
                    new XlsxTable(caveat is null ? HeaderRow : HeaderRow + 1, columns.Length));
            }

            string[] criteria = ["Mã đơn vị", "Đơn vị", "Khối", "Mã tiêu chí", "Tiêu chí", "Điểm tối đa", "Tự chấm", "Điểm thẩm định (chính thức)",
                "Điểm bị mất", "Lý do của người thẩm định", "Cách tính"];
            book.AddSheet(names.Take(CriteriaSheet), [12, 32, 22, 10, 56, 10, 10, 13, 10, 48, 40],
                DataRows(header, $"{Heading(header)} — CHI TIẾT THEO TIÊU CHÍ", criteria,
                    content.Units.SelectMany(u => u.Lines.Select(l => CriterionCells(u, l)))),
                new XlsxTable(HeaderRow, criteria.Length));
        });
    }

    private static IEnumerable<Row> CoverRows(ExportHeader header)
    {
        yield return new Row(Text(Heading(header), Style.Title));
        yield return new Row();
        foreach (var (label, value) in header.Facts())
        {
            yield return new Row(Text(label, Style.Bold), Text(value, Style.Wrapped));
        }

        yield return new Row();
        yield return new Row(Text("Ghi chú", Style.Bold), Text("Chỉ số làm tròn hai chữ số thập phân như khi công bố; thứ hạng tính trong từng khối.", Style.Wrapped));
        yield return new Row(Text(string.Empty), Text("Thay đổi thứ hạng: số dương là tăng bậc so với năm trước. Điểm trừ ghi số âm.", Style.Wrapped));
        yield return new Row(Text(string.Empty),
            Text("Nội dung văn bản bắt đầu bằng =, +, -, @ được thêm dấu ' ở đầu để không bị hiểu là công thức.", Style.Wrapped));
    }

    private static string Heading(ExportHeader header) =>
        $"KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {header.Year.ToString(CultureInfo.InvariantCulture)}";

    private static IEnumerable<Row> DataRows(ExportHeader header, string title, string[] columns, IEnumerable<Cell[]> rows, string? caveat = null)
    {
        yield return new Row(Text(title, Style.Title));
        yield return new Row(Text($"{header.PeriodName}. {header.StampLine}"));
        if (caveat is not null)
        {
            yield return new Row(Text(caveat, Style.Bold));
        }

        yield return new Row(columns.Select(c => Text(c, Style.ColumnHeader)));
        foreach (var cells in rows)
        {
            yield return new Row(cells);
        }
    }

    private static Cell[] RankingCells(RankingRow row) =>
    [
        Number(row.Rank, Style.Integer), Text(row.Code), Text(row.Name), Number(row.Index, Style.Decimal2), Text(ExportText.Of(row.Classification)),
        Number(row.RankChange, Style.SignedInteger), Number(row.IndexChange, Style.SignedDecimal2), Number(row.PreviousIndex, Style.Decimal2),
        Text(Pdf.ReportWording.MergeNote(row) ?? string.Empty, Style.Wrapped),
    ];

    private static Cell[] CriterionCells(UnitCriteria unit, CriterionScoreLine line)
    {
        var reason = line.IsNotEvaluated
            ? ExportText.NotEvaluated + (string.IsNullOrWhiteSpace(line.Reason) ? string.Empty : ": " + line.Reason)
            : line.Reason;
        var max = line.RuleType is RuleType.Bonus or RuleType.Deduction && line.MaxPoints == 0m ? null : (decimal?)line.MaxPoints;
        return
        [
            Text(unit.UnitCode), Text(unit.UnitName), Text(unit.BlockName), Text(line.Code), Text(line.Title, Style.Wrapped),
            Number(max, Style.Decimal2), Number(line.SelfScore, Style.Decimal2), Number(line.Points, Style.Decimal2), Number(line.Lost, Style.Decimal2),
            Text(reason, Style.Wrapped), Text(line.Explanation, Style.Wrapped),
        ];
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
