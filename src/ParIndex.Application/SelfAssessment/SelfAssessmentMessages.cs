using ParIndex.Application.Common;

namespace ParIndex.Application.SelfAssessment;

/// <summary>What the self-assessment use cases say when they refuse, in the reader's language (SelfAssessmentMessages(.en).resx).</summary>
internal static class SelfAssessmentMessages
{
    private static readonly MessageText Text = new(typeof(SelfAssessmentMessages));

    public static string WithdrawReasonRequired => Text.Get();

    public static string ReturnReasonRequired => Text.Get();

    public static string TooManyValues => Text.Get();

    public static string ValueTooLong => Text.Get();

    public static string ExplanationTooLong => Text.Get();

    public static string DifficultiesTooLong => Text.Get();

    public static string ProposalsTooLong => Text.Get();

    public static string OnlyLeaderWithdraws => Text.Get();

    public static string OnlyLeaderSubmits => Text.Get();

    public static string NotApplicable(string? value, string? second) => Text.Format(nameof(NotApplicable), value, second);

    public static string OnlyHomeAffairsReturns => Text.Get();

    public static string ClosedNoExtension => Text.Get();

    /// <summary>A line of the checklist before submitting: Unanswered, NoEvidence, BelowMax (with the criterion code) or NoReport.</summary>
    public static string Checklist(string name, string? code = null) => Text.Format($"Checklist.{name}", code);
}
