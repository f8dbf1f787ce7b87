using ParIndex.Application.Common;

namespace ParIndex.Application.Appraisal;

internal static class AppraisalMessages
{
    private static readonly MessageText Text = new(typeof(AppraisalMessages));

    public static string ReasonRequired => Text.Get();

    public static string NoSelfScore => Text.Get();

    public static string OutOfRange(decimal limit) => Text.Format(nameof(OutOfRange), limit);

    public static string RoundInvalid => Text.Get();

    public static string ScoreNegative => Text.Get();

    public static string ScoreDecimals => Text.Get();

    public static string CommentTooLong => Text.Get();

    public static string AnswerRequired => Text.Get();

    public static string AnswerTooLong => Text.Get();

    public static string ExplanationClosed(string? value) => Text.Format(nameof(ExplanationClosed), value);

    public static string NoDomainOfYours => Text.Get();

    public static string UnitNotInPeriod => Text.Get();

    public static string DomainNotInPeriod => Text.Get();

    public static string AlreadyAssigned => Text.Get();

    public static string UnitOrDomain => Text.Get();

    public static string AskOnlyInRound1 => Text.Get();

    public static string QuestionTooLong => Text.Get();

    public static string NotAssignedCriterion => Text.Get();

    public static string UnitOrBlock => Text.Get();

    public static string RoundOneOnly => Text.Get();

    public static string RoundTwoOnly => Text.Get();

    public static string NotSubmittedOrApproved => Text.Get();

    public static string DataClosed => Text.Get();

    public static string ChangedMeanwhile => Text.Get();

    public static string SavedMeanwhile(string? name, decimal saved, string at, decimal attempted) =>
        Text.Format(nameof(SavedMeanwhile), name ?? Text.Get("AnotherInspector"), Points(saved), at, Points(attempted));

    public static string SourceSurveyFile => Text.Get();

    public static string SourceEnteredBy(string who) => Text.Format(nameof(SourceEnteredBy), who);

    public static string ScopeWholeUnit => Text.Get();

    public static string ScopeDomain(string code) => Text.Format(nameof(ScopeDomain), code);

    private static string Points(decimal value) => value.ToString("0.##", MessageText.NumberCulture);
}
