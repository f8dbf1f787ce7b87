using ParIndex.Application.Common;

namespace ParIndex.Application.SelfAssessment;

/// <summary>
/// What <see cref="AnswerValuesValidator"/> says about figures typed for a criterion, in the reader's language
/// (AnswerMessages(.en).resx); a field is named by its label as <see cref="RuleWording"/> words it.
/// </summary>
internal static class AnswerMessages
{
    private static readonly MessageText Text = new(typeof(AnswerMessages));

    public static string RateLabel => Text.Get();

    public static string NumeratorLabel => Text.Get();

    public static string DenominatorLabel => Text.Get();

    public static string NumeratorAboveDenominator => Text.Get();

    public static string UnknownField(string key) => Text.Format(nameof(UnknownField), key);

    public static string ChooseYesNo(string label) => Text.Format(nameof(ChooseYesNo), label);

    public static string ChooseLevel(string label) => Text.Format(nameof(ChooseLevel), label);

    public static string NotANumber(string label) => Text.Format(nameof(NotANumber), label);

    public static string Negative(string label) => Text.Format(nameof(Negative), label);

    public static string WholeNumber(string label) => Text.Format(nameof(WholeNumber), label);

    public static string AboveMax(string label, decimal max) => Text.Format(nameof(AboveMax), label, max);
}
