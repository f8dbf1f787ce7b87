using System.Globalization;
using ParIndex.Application.DataImport;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.HistoryImport;

/// <summary>Reads the texts of a past result's cells as people type them in Vietnam, or as Excel stores them.</summary>
internal static class PastResultValues
{
    private static readonly Dictionary<string, Classification> Classes = new(StringComparer.Ordinal)
    {
        ["xuatsac"] = Classification.Excellent,
        ["excellent"] = Classification.Excellent,
        ["tot"] = Classification.Good,
        ["good"] = Classification.Good,
        ["kha"] = Classification.Fair,
        ["fair"] = Classification.Fair,
        ["trungbinh"] = Classification.Average,
        ["average"] = Classification.Average,
        ["yeu"] = Classification.Weak,
        ["weak"] = Classification.Weak,
    };

    private static readonly string[] DateFormats = ["d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d-M-yyyy", "d.M.yyyy"];

    /// <summary>"Xuất sắc", "xuat sac", "XUẤT SẮC" and "Excellent" are one class.</summary>
    public static Classification? Class(string? text) =>
        text is not null && Classes.TryGetValue(DataImportColumns.Normalize(text), out var found) ? found : null;

    /// <summary>Whether the block written in the file is this block: its code, Vietnamese or English name.</summary>
    public static bool SameBlock(string text, Block block)
    {
        var written = DataImportColumns.Normalize(text);
        return new[] { block.Code, block.Name, block.NameEn }.OfType<string>().Any(n => DataImportColumns.Normalize(n) == written);
    }

    public static int? Integer(string? text) =>
        DataImportValues.Number(text ?? string.Empty) is { } n && n == decimal.Truncate(n) && n is >= int.MinValue and <= int.MaxValue ? (int)n : null;

    public static decimal? Number(string? text) => text is null ? null : DataImportValues.Number(text);

    /// <summary>A date typed as 10/03/2026 or 2026-03-10, or Excel's serial day number when the cell is a date.</summary>
    public static DateOnly? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000
            ? DateOnly.FromDateTime(DateTime.FromOADate(serial))
            : null;
    }
}
