using System.Globalization;

namespace ParIndex.Application.DataImport;

/// <summary>
/// What a person reads when an uploaded table (CSV or Excel) cannot be read, whichever import it is for: the one reader
/// and the one workbook guard say it the same way.
/// </summary>
public static class TableFileMessages
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Empty => "Tệp rỗng.";

    public static string NoData => "Tệp không có dữ liệu.";

    public static string NotCsvOrXlsx => "Chỉ nhận tệp .csv hoặc .xlsx (Excel 2007 trở lên).";

    public static string NotUtf8 => "Tệp CSV phải được lưu với bảng mã UTF-8 (trong Excel: \"CSV UTF-8\").";

    public static string NotText => "Tệp không phải tệp CSV dạng văn bản.";

    public static string WorkbookNamedCsv => "Tệp là bảng tính Excel: hãy đặt đuôi .xlsx hoặc lưu lại dưới dạng CSV.";

    public static string NotAWorkbook => "Tệp không phải bảng tính Excel (.xlsx) hợp lệ.";

    public static string NoSheet => "Bảng tính không có trang nào.";

    public static string Bomb(long maxBytes) =>
        $"Tệp quá lớn khi giải nén (trên {maxBytes / (1024 * 1024)} MB) nên bị từ chối.";

    public static string TooManyRows(int maxRows) =>
        $"Tệp có quá {maxRows.ToString("N0", Vietnamese)} dòng dữ liệu: hãy chia thành nhiều tệp.";

    public static string UnclosedQuote(long line) =>
        $"Dòng {line.ToString(CultureInfo.InvariantCulture)}: thiếu dấu ngoặc kép đóng.";

    /// <param name="cell">The cell as Excel names it, such as "B2".</param>
    public static string Formula(string cell) => $"Ô {cell} chứa công thức: chỉ nhận giá trị (sao chép rồi dán dạng giá trị).";
}
