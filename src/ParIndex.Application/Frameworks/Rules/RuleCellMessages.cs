using ParIndex.Application.Common;

namespace ParIndex.Application.Frameworks.Rules;

/// <summary>What a rule's parameter cell that does not read is told, in the reader's language (RuleCellMessages(.en).resx).</summary>
internal static class RuleCellMessages
{
    private static readonly MessageText Text = new(typeof(RuleCellMessages));

    public static string PointsNotNumber(string text) => Text.Format(nameof(PointsNotNumber), text);

    public static string FloorNotNumber(string text) => Text.Format(nameof(FloorNotNumber), text);

    public static string TotalNotNumber(string text) => Text.Format(nameof(TotalNotNumber), text);

    public static string ThresholdNotNumber(string text) => Text.Format(nameof(ThresholdNotNumber), text);

    public static string WeightNotNumber(string text) => Text.Format(nameof(WeightNotNumber), text);

    public static string TotalNotWhole(string text) => Text.Format(nameof(TotalNotWhole), text);

    public static string MissingColon(string part) => Text.Format(nameof(MissingColon), part);
}
