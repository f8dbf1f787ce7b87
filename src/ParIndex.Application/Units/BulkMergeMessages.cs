using ParIndex.Application.Common;
using ParIndex.Application.DataImport;

namespace ParIndex.Application.Units;

/// <summary>
/// What a file of mergers says about its rows, in the reader's language (BulkMergeMessages(.en).resx). The file keeps
/// its Vietnamese headers (<see cref="BulkMergeColumns.Known"/>); a message names a column the reader's way.
/// </summary>
internal static class BulkMergeMessages
{
    private static readonly MessageText Text = new(typeof(BulkMergeMessages));

    public static string OldMissing => Text.Get();

    public static string NewMissing => Text.Get();

    public static string DecisionMissing => Text.Get();

    /// <summary>A column as the reader calls it, by its index in <see cref="BulkMergeColumns"/>.</summary>
    public static string Column(int column) => Text.Get($"Column.{column}");

    public static string MergedTwice(string code, IEnumerable<int> rows) => Text.Format(nameof(MergedTwice), code, string.Join(", ", rows));

    public static string AlreadyMergedInto(string code, string targetCode, string targetName, DateOnly effectiveOn) =>
        Text.Format(nameof(AlreadyMergedInto), code, targetCode, targetName, ImportMessages.Day(effectiveOn));

    public static string OldInactive(string code) => Text.Format(nameof(OldInactive), code);

    public static string ChainedInFile(string code, int row) => Text.Format(nameof(ChainedInFile), code, row);

    public static string ChainedMerged(string code, string nextCode, string nextName) => Text.Format(nameof(ChainedMerged), code, nextCode, nextName);

    public static string TargetInactive(string code) => Text.Format(nameof(TargetInactive), code);

    public static string DateBeforeResults(DateOnly effectiveOn, int year, string code) =>
        Text.Format(nameof(DateBeforeResults), ImportMessages.Day(effectiveOn), year, code);

    public static string UnknownNewCode(string code) =>
        Text.Format(nameof(UnknownNewCode), code, Column(BulkMergeColumns.NewName), Column(BulkMergeColumns.NewBlock));

    public static string NewNameMissing(string code) => Text.Format(nameof(NewNameMissing), code);

    public static string NewNamesDiffer(string code, IReadOnlyCollection<string> names) =>
        Text.Format(nameof(NewNamesDiffer), code, names.Count, string.Join("; ", names));

    public static string NewBlockMissing(string code) => Text.Format(nameof(NewBlockMissing), code);

    public static string NewBlocksDiffer(string code, int count) => Text.Format(nameof(NewBlocksDiffer), code, count);

    public static string BlockUnknown(string text) => Text.Format(nameof(BlockUnknown), text);

    public static string DateInvalid(string text) => Text.Format(nameof(DateInvalid), text);

    public static string DecisionTooLong(int max) => Text.Format(nameof(DecisionTooLong), max);

    public static string UnknownCode(string code) => Text.Format(nameof(UnknownCode), code);
}
