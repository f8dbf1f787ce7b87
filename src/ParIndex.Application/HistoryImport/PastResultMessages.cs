using ParIndex.Application.Common;
using ParIndex.Application.DataImport;

namespace ParIndex.Application.HistoryImport;

/// <summary>
/// What the import of past results says about a file and its decisions, in the reader's language
/// (PastResultMessages(.en).resx); figures and days are written the reader's way.
/// </summary>
internal static class PastResultMessages
{
    private static readonly MessageText Text = new(typeof(PastResultMessages));

    public static string NoCouncilReview => Text.Get();

    public static string UnitColumnMissing => Text.Get();

    public static string NoFramework => Text.Get();

    public static string IndexMissing => Text.Get();

    public static string ClassMissing => Text.Get();

    public static string RankMissing => Text.Get();

    public static string UnitMissing => Text.Get();

    /// <summary>A column as the reader calls it, by its key in <see cref="PastResultColumns"/>.</summary>
    public static string Column(string key) => Text.Get($"Column.{key}");

    public static string TooManyYears(int max) => Text.Format(nameof(TooManyYears), max);

    public static string YearNotInFile(int year) => Text.Format(nameof(YearNotInFile), year);

    public static string DecisionTwice(int year) => Text.Format(nameof(DecisionTwice), year);

    public static string ReasonRequired(IEnumerable<int> years) => Text.Format(nameof(ReasonRequired), string.Join(", ", years));

    public static string ReasonTooLong(int max) => Text.Format(nameof(ReasonTooLong), max);

    public static string DecisionNumberRequired(int year) => Text.Format(nameof(DecisionNumberRequired), year);

    public static string YearDecisionNumberTooLong(int year, int max) => Text.Format(nameof(YearDecisionNumberTooLong), year, max);

    public static string DecisionDateRequired(int year) => Text.Format(nameof(DecisionDateRequired), year);

    public static string DecisionDateOutside(int year, DateOnly date) =>
        Text.Format(nameof(DecisionDateOutside), year, ImportMessages.Day(date), ImportMessages.Day(new DateOnly(year, 1, 1)));

    public static string CorrectionBeforeCurrent(int year, string number, DateOnly date) =>
        Text.Format(nameof(CorrectionBeforeCurrent), year, number, ImportMessages.Day(date));

    public static string SignerRequired(int year) => Text.Format(nameof(SignerRequired), year);

    public static string YearSignerTooLong(int year, int max) => Text.Format(nameof(YearSignerTooLong), year, max);

    public static string SameAsPublished(int year, int version) => Text.Format(nameof(SameAsPublished), year, version);

    public static string YearComputed(int year) => Text.Format(nameof(YearComputed), year);

    public static string YearArchived(int year) => Text.Format(nameof(YearArchived), year);

    public static string YearBeingAssessed(int year, string periodName) => Text.Format(nameof(YearBeingAssessed), year, periodName);

    public static string YearInvalid(string? text, int lastYear) => Text.Format(nameof(YearInvalid), text, lastYear);

    public static string UnitClosed(string code, DateOnly closedOn, int year) => Text.Format(nameof(UnitClosed), code, ImportMessages.Day(closedOn), year);

    public static string OtherBlock(string code, string block, string written) => Text.Format(nameof(OtherBlock), code, block, written);

    public static string IndexInvalid(string text) => Text.Format(nameof(IndexInvalid), text);

    public static string ClassInvalid(string text) => Text.Format(nameof(ClassInvalid), text);

    public static string BlockNotRanked(string block) => Text.Format(nameof(BlockNotRanked), block, Column(PastResultColumns.Rank));

    public static string RankInvalid(string text) => Text.Format(nameof(RankInvalid), text);

    public static string DecisionNumberTooLong(int max) => Text.Format(nameof(DecisionNumberTooLong), max);

    public static string DecisionDateInvalid(string text) => Text.Format(nameof(DecisionDateInvalid), text);

    public static string SignerTooLong(int max) => Text.Format(nameof(SignerTooLong), max);

    public static string UnitTwice(string code, int row, int? year) => Text.Format(nameof(UnitTwice), code, row, year);

    public static string RankAboveCount(int? rank, int count) => Text.Format(nameof(RankAboveCount), rank, count);

    /// <summary>Rows of one year naming different decisions; <paramref name="what"/> is the key of the column they disagree on.</summary>
    public static string DecisionDiffers(int row, int? year, string what) => Text.Format(nameof(DecisionDiffers), row, year, Text.Get($"Same.{what}"));

    public static string NameOfMany(string name, int count, IEnumerable<string> codes) => Text.Format(nameof(NameOfMany), name, count, string.Join(", ", codes));

    public static string NoUnitCode(string code) => Text.Format(nameof(NoUnitCode), code);

    public static string NoUnitName(string name) => Text.Format(nameof(NoUnitName), name);

    public static string CorrectedMeanwhile(int year) => Text.Format(nameof(CorrectedMeanwhile), year);

    public static string RankBelowLowerIndex(decimal index, int row, decimal aboveIndex, int? aboveRank, int? rank) =>
        Text.Format(nameof(RankBelowLowerIndex), ImportMessages.Number(index), row, ImportMessages.Number(aboveIndex), aboveRank, rank);

    public static string SameRankOtherIndex(int? rank, int row, decimal index, decimal otherIndex) =>
        Text.Format(nameof(SameRankOtherIndex), rank, row, ImportMessages.Number(index), ImportMessages.Number(otherIndex));
}
