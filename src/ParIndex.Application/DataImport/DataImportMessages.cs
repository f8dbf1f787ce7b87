using ParIndex.Application.Common;

namespace ParIndex.Application.DataImport;

/// <summary>What these use cases say when they refuse, in the reader's language (DataImportMessages(.en).resx).</summary>
internal static class DataImportMessages
{
    private static readonly MessageText Text = new(typeof(DataImportMessages));

    public static string CsvOrXlsx => Text.Get();

    public static string FileNameTooLong => Text.Get();

    public static string FileEmpty => Text.Get();

    public static string FileTooLarge(object? value) => Text.Format(nameof(FileTooLarge), value);

    public static string PreviewFirst => Text.Get();

    public static string UnitRequired => Text.Get();

    public static string CriterionRequired => Text.Get();

    public static string ValuesRequired => Text.Get();

    public static string ValueTooLong(object? value) => Text.Format(nameof(ValueTooLong), value);
}
