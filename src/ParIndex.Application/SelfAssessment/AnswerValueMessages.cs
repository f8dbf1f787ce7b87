using ParIndex.Application.Common;

namespace ParIndex.Application.SelfAssessment;

/// <summary>
/// What the check of typed figures says (AnswerValueMessages(.en).resx), on the unit's form and in a data import alike;
/// a field is named by its rule's label, a limit is written the reader's way ("0,5" in Vietnamese).
/// </summary>
internal static class AnswerValueMessages
{
    private static readonly MessageText Text = new(typeof(AnswerValueMessages));

    public static string RateLabel => Text.Get();

    public static string NumeratorLabel => Text.Get();

    public static string DenominatorLabel => Text.Get();

    public static string NumeratorAboveDenominator => Text.Get();

    public static string UnknownField(string key) => Text.Format(nameof(UnknownField), key);

    public static string ChooseYesOrNo(string label) => Text.Format(nameof(ChooseYesOrNo), label);

    public static string ChooseALevel(string label) => Text.Format(nameof(ChooseALevel), label);

    public static string NotANumber(string label) => Text.Format(nameof(NotANumber), label);

    public static string Negative(string label) => Text.Format(nameof(Negative), label);

    public static string NotWhole(string label) => Text.Format(nameof(NotWhole), label);

    public static string AboveMax(string label, decimal max) =>
        Text.Format(nameof(AboveMax), label, max.ToString("0.##", MessageText.NumberCulture));

    public static string Incomplete(IEnumerable<string> labels) => Text.Format(nameof(Incomplete), string.Join(", ", labels));
}
