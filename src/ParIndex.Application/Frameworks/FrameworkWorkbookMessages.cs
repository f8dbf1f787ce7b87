using ParIndex.Application.Common;

namespace ParIndex.Application.Frameworks;

/// <summary>
/// What the framework workbook import reports at a sheet, row and column, in the reader's language
/// (FrameworkWorkbookMessages(.en).resx). Sheet names, column headers and cell values quoted in them stay as the file
/// writes them: they are the file format.
/// </summary>
public static class FrameworkWorkbookMessages
{
    private static readonly MessageText Text = new(typeof(FrameworkWorkbookMessages));

    public static string HeaderValueMissing(string label) => Text.Format(nameof(HeaderValueMissing), label);

    public static string NotNonNegative(string text) => Text.Format(nameof(NotNonNegative), text);

    public static string BlockKindInvalid(string text, string choices) => Text.Format(nameof(BlockKindInvalid), text, choices);

    public static string ColumnHeaderExpected(string header) => Text.Format(nameof(ColumnHeaderExpected), header);

    public static string TooManyRows(int max) => Text.Format(nameof(TooManyRows), max);

    public static string RequiredCellEmpty => Text.Get();

    public static string ChoiceInvalid(string text, string choices) => Text.Format(nameof(ChoiceInvalid), text, choices);

    public static string MaxPointsInvalid(string text) => Text.Format(nameof(MaxPointsInvalid), text);

    public static string DuplicateCode(string code, int row) => Text.Format(nameof(DuplicateCode), code, row);

    public static string ParentAfterChild(string parent) => Text.Format(nameof(ParentAfterChild), parent);

    public static string ParentMissing(string parent) => Text.Format(nameof(ParentMissing), parent);

    public static string LevelBelowParent(string parent) => Text.Format(nameof(LevelBelowParent), parent);

    public static string AppliesToInvalid(string text) => Text.Format(nameof(AppliesToInvalid), text);

    public static string NoRows => Text.Get();

    public static string SheetMissing(string sheet) => Text.Format(nameof(SheetMissing), sheet);

    public static string ColumnNotUsed(string ruleType) => Text.Format(nameof(ColumnNotUsed), ruleType);
}
