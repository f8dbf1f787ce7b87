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

    public static string UnitColumnMissing => Text.Get();

    public static string CriterionColumnMissing => Text.Get();

    public static string NoValueColumn => Text.Get();

    public static string UnitCodeMissing => Text.Get();

    public static string CriterionCodeMissing => Text.Get();

    public static string NotAssigned => Text.Get();

    public static string NoValue => Text.Get();

    public static string RateOrAnswers => Text.Get();

    public static string RateRange => Text.Get();

    public static string NoWeights => Text.Get();

    public static string NoAnswers => Text.Get();

    public static string NothingSavedNoFigures => Text.Get();

    public static string ColumnRepeats(string column, string other) => Text.Format(nameof(ColumnRepeats), column, other);

    public static string UnitUnknown(string code) => Text.Format(nameof(UnitUnknown), code);

    public static string UnitNotAssessed(string code) => Text.Format(nameof(UnitNotAssessed), code);

    public static string RowTwice(int row) => Text.Format(nameof(RowTwice), row);

    public static string CriterionUnknown(string unitCode, string criterionCode) => Text.Format(nameof(CriterionUnknown), unitCode, criterionCode);

    public static string CriterionSelfAssessed(string code) => Text.Format(nameof(CriterionSelfAssessed), code);

    public static string RuleBroken(string code) => Text.Format(nameof(RuleBroken), code);

    public static string RateNotANumber(string text) => Text.Format(nameof(RateNotANumber), text);

    public static string OptionNotANumber(string option, string text) => Text.Format(nameof(OptionNotANumber), option, text);

    public static string OptionNotWhole(string option) => Text.Format(nameof(OptionNotWhole), option);

    public static string OptionUnknown(string option) => Text.Format(nameof(OptionUnknown), option);

    public static string FiguresMissing(IEnumerable<string> labels) => Text.Format(nameof(FiguresMissing), string.Join(", ", labels));
}
