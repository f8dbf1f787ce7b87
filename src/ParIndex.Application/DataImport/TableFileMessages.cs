using System.Globalization;
using ParIndex.Application.Common;

namespace ParIndex.Application.DataImport;

/// <summary>
/// What a person reads when an uploaded table (CSV or Excel) cannot be read, whichever import it is for: the one reader
/// and the one workbook guard say it the same way (TableFileMessages(.en).resx).
/// </summary>
public static class TableFileMessages
{
    private static readonly MessageText Text = new(typeof(TableFileMessages));

    public static string Empty => Text.Get();

    public static string NoData => Text.Get();

    public static string NotCsvOrXlsx => Text.Get();

    public static string NotUtf8 => Text.Get();

    public static string NotText => Text.Get();

    public static string WorkbookNamedCsv => Text.Get();

    public static string NotAWorkbook => Text.Get();

    public static string NoSheet => Text.Get();

    public static string Bomb(long maxBytes) => Text.Format(nameof(Bomb), maxBytes / (1024 * 1024));

    public static string TooManyRows(int maxRows) => Text.Format(nameof(TooManyRows), maxRows);

    public static string UnclosedQuote(long line) => Text.Format(nameof(UnclosedQuote), line.ToString(CultureInfo.InvariantCulture));

    /// <param name="cell">The cell as Excel names it, such as "B2".</param>
    public static string Formula(string cell) => Text.Format(nameof(Formula), cell);
}
