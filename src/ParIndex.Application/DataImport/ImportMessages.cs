using ParIndex.Application.Common;

namespace ParIndex.Application.DataImport;

/// <summary>
/// What every import (units, accounts, past results, mergers, figures) says about its file, its columns and its
/// preview, in the reader's language (ImportMessages(.en).resx). A column is named by its label in that language; the
/// headers the file itself carries stay the template's (Vietnamese) ones.
/// </summary>
public static class ImportMessages
{
    private static readonly MessageText Text = new(typeof(ImportMessages));

    public static string Unreadable => Text.Get();

    public static string ChangedSincePreview => Text.Get();

    public static string StillHasProblems => Text.Get();

    public static string NoDataRows => Text.Get();

    public static string NothingSavedNoRows => Text.Get();

    public static string Unchanged => Text.Get();

    public static string PastDecisionsNotJson => Text.Get();

    public static string FileTooLarge(long maxBytes) => Text.Format(nameof(FileTooLarge), maxBytes / (1024 * 1024));

    public static string MissingColumn(string column) => Text.Format(nameof(MissingColumn), column);

    public static string ColumnTwice(string column, int count) => Text.Format(nameof(ColumnTwice), column, count);

    /// <summary>A problem of one cell, after the column it is in.</summary>
    public static string InColumn(string column, string problem) => Text.Format(nameof(InColumn), column, problem);

    public static string CellEmpty(string column) => Text.Format(nameof(CellEmpty), column);

    public static string CellTooLong(string column, int length, int maxLength) => Text.Format(nameof(CellTooLong), column, length, maxLength);

    public static string CellControl(string column) => Text.Format(nameof(CellControl), column);

    public static string NothingSaved(IEnumerable<string> problems) => Text.Format(nameof(NothingSaved), string.Join(" ", problems));

    public static string NothingSavedBadRows(int count, string rows) => Text.Format(nameof(NothingSavedBadRows), count, rows);

    /// <summary>A day as the reader writes it ("01/07/2025" in Vietnamese, "7/1/2025" in English).</summary>
    public static string Day(DateOnly date) => date.ToString("d", MessageText.NumberCulture);

    /// <summary>A figure with two decimals as the reader writes it ("91,25" in Vietnamese).</summary>
    public static string Number(decimal value) => value.ToString("0.00", MessageText.NumberCulture);
}
