using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Application.Surveys.Exports;

namespace ParIndex.Infrastructure.Office;

/// <summary>
/// The survey's two workbooks, one sheet each: a title, a line saying what the sheet holds, then a bold header row and
/// the data. Text cells go through <see cref="FormulaGuard"/> (an answer label or a unit name starting with "=" stays
/// text); weights, rates and points are numbers.
/// </summary>
internal static class SurveyWorkbooks
{
    private const uint Bold = 1;
    private const uint Decimal2 = 2;
    private const uint Title = 3;

    public static byte[] Answers(SurveyAnswersContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        string[] columns = ["Phiếu số", "Nhóm người trả lời", "Mã đơn vị", "Đơn vị được đánh giá", "Mã tiêu chí", "Câu hỏi", "Phương án", "Nội dung phương án",
            "Trọng số (%)"];
        var rows = content.Lines.Select(l => new[]
        {
            Number(l.Ballot, 0), Text(l.GroupName), Text(l.UnitCode), Text(l.UnitName), Text(l.CriterionCode), Text(l.Question), Text(l.OptionKey),
            Text(l.OptionLabel), Number(l.Weight, Decimal2),
        });
        return Write("Phiếu trả lời", [10, 28, 12, 36, 10, 60, 10, 30, 12], $"PHIẾU TRẢ LỜI ẨN DANH — {content.SurveyTitle}",
            $"{content.PeriodName}. Mỗi phiếu mang một số thứ tự ngẫu nhiên; không có mã mời, người nhận hay thời điểm gửi. Xuất lúc {VietnamTime.Format(content.GeneratedAtUtc)}.",
            columns, rows);
    }

    public static byte[] Results(SurveyResultsContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        string[] columns = ["Mã đơn vị", "Đơn vị", "Mã tiêu chí", "Tiêu chí", "Điểm tối đa", "Số câu trả lời được tính", "Tỷ lệ (%)", "Điểm"];
        var rows = content.Lines.Select(l => new[]
        {
            Text(l.UnitCode), Text(l.UnitName), Text(l.CriterionCode), Text(l.CriterionTitle), Number(l.MaxPoints, Decimal2), Number(l.Answers, 0),
            Number(l.Rate, Decimal2), Number(l.Points, Decimal2),
        });
        return Write("Kết quả theo đơn vị", [12, 36, 10, 56, 11, 14, 11, 11],
            $"KẾT QUẢ ĐIỀU TRA XÃ HỘI HỌC NĂM {content.Year.ToString(CultureInfo.InvariantCulture)} — {content.SurveyTitle}",
            $"{content.PeriodName}. {content.Ballots.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"))} phiếu; đơn vị có ít hơn "
            + $"{content.MinimumAnswers.ToString(CultureInfo.InvariantCulture)} câu trả lời được tính cho một câu hỏi thì chưa có kết quả (ô trống). "
            + $"Xuất lúc {VietnamTime.Format(content.GeneratedAtUtc)}.",
            columns, rows);
    }

    private static byte[] Write(string sheetName, double[] widths, string title, string note, string[] columns, IEnumerable<Cell[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddStyles(workbook);
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(new Row(Text(title, Title)));
            data.Append(new Row(Text(note)));
            data.Append(new Row(columns.Select(c => Text(c, Bold))));
            foreach (var cells in rows)
            {
                data.Append(new Row(cells));
            }

            part.Worksheet = new Worksheet(
                new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
                data,
                new AutoFilter { Reference = $"A3:{ColumnName(columns.Length - 1)}{Math.Max(3, data.ChildElements.Count)}" });
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheetName });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" })),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true },
                new CellFormat { FontId = 2, ApplyFont = true }));
    }

    private static Cell Text(string? text, uint style = 0) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(FormulaGuard.Neutralize(text)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static Cell Number(decimal? value, uint style) => value is { } v
        ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture)), StyleIndex = style }
        : new Cell();

    private static Cell Number(int value, uint style) => new()
    {
        DataType = CellValues.Number,
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
        StyleIndex = style,
    };

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + (index / 26) - 1)}{(char)('A' + (index % 26))}";
}
