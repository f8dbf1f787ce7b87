using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Application.Surveys.Exports;
using static ParIndex.Infrastructure.Office.XlsxCells;
using Style = ParIndex.Infrastructure.Office.XlsxStyles;

namespace ParIndex.Infrastructure.Office;

/// <summary>
/// The survey's two workbooks, one sheet each: a title, a line saying what the sheet holds, then a bold header row and
/// the data. Text cells go through <see cref="FormulaGuard"/> (an answer label or a unit name starting with "=" stays
/// text); weights, rates and points are numbers.
/// </summary>
internal static class SurveyWorkbooks
{
    /// <summary>The column headers' row, under the title and the note.</summary>
    private const int HeaderRow = 3;

    public static byte[] Answers(SurveyAnswersContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        string[] columns = ["Phiếu số", "Nhóm người trả lời", "Mã đơn vị", "Đơn vị được đánh giá", "Mã tiêu chí", "Câu hỏi", "Phương án", "Nội dung phương án",
            "Trọng số (%)"];
        var rows = content.Lines.Select(l => new[]
        {
            Number(l.Ballot, Style.Plain), Text(l.GroupName), Text(l.UnitCode), Text(l.UnitName), Text(l.CriterionCode), Text(l.Question), Text(l.OptionKey),
            Text(l.OptionLabel), Number(l.Weight, Style.Decimal2),
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
            Text(l.UnitCode), Text(l.UnitName), Text(l.CriterionCode), Text(l.CriterionTitle), Number(l.MaxPoints, Style.Decimal2), Number(l.Answers, Style.Plain),
            Number(l.Rate, Style.Decimal2), Number(l.Points, Style.Decimal2),
        });
        return Write("Kết quả theo đơn vị", [12, 36, 10, 56, 11, 14, 11, 11],
            $"KẾT QUẢ ĐIỀU TRA XÃ HỘI HỌC NĂM {content.Year.ToString(CultureInfo.InvariantCulture)} — {content.SurveyTitle}",
            $"{content.PeriodName}. {content.Ballots.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"))} phiếu; đơn vị có ít hơn "
            + $"{content.MinimumAnswers.ToString(CultureInfo.InvariantCulture)} câu trả lời được tính cho một câu hỏi thì chưa có kết quả (ô trống). "
            + $"Xuất lúc {VietnamTime.Format(content.GeneratedAtUtc)}.",
            columns, rows);
    }

    private static byte[] Write(string sheetName, double[] widths, string title, string note, string[] columns, IEnumerable<Cell[]> rows) =>
        XlsxBook.Write(book => book.AddSheet(sheetName, widths, Sheet(title, note, columns, rows), new XlsxTable(HeaderRow, columns.Length)));

    private static IEnumerable<Row> Sheet(string title, string note, string[] columns, IEnumerable<Cell[]> rows)
    {
        yield return new Row(Text(title, Style.Title));
        yield return new Row(Text(note));
        yield return new Row(columns.Select(c => Text(c, Style.Bold)));
        foreach (var cells in rows)
        {
            yield return new Row(cells);
        }
    }
}
