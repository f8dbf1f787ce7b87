using ParIndex.Application.Common;

namespace ParIndex.Application.Workflow;

internal static class WorkflowMessages
{
    private static readonly MessageText Text = new(typeof(WorkflowMessages));

    public static string ReasonRequired => Text.Get();
    public static string ExplanationDeadline => Text.Get();
    public static string ApprovalIsTheCouncils => Text.Get();
    public static string PublishedIsFinal => Text.Get();
    public static string PublishingIsItsOwnStep => Text.Get();
    public static string NotNextStep => Text.Get();
    public static string NoFramework => Text.Get();
    public static string NotASurveyCriterion => Text.Get();
    public static string WaiverExists => Text.Get();
    public static string NotInCouncilReview => Text.Get();

    public static string BlocksWithoutFramework(IReadOnlyList<string> blocks) =>
        Text.Format(nameof(BlocksWithoutFramework), string.Join("; ", blocks));

    public static string SelfAssessmentStillOpen(DateTime endsUtc) =>
        Text.Format(nameof(SelfAssessmentStillOpen), VietnamTime.Format(endsUtc));

    /// <summary>Closing early is allowed only once every unit still counted has submitted; the others are named.</summary>
    public static string SelfAssessmentStillOpen(DateTime endsUtc, IReadOnlyList<string> notSubmitted) =>
        SelfAssessmentStillOpen(endsUtc) + Text.Format("NotAllSubmitted", notSubmitted.Count,
            string.Join(", ", notSubmitted.Take(10)) + (notSubmitted.Count > 10 ? "…" : "."));

    public static string CouncilRulesFrozen => Text.Get();

    public static string QuorumRange => Text.Get();

    public static string MajorityRange => Text.Get();

    public static string WaiverReasonRequired => Text.Get();

    public static string ReleaseOnlyInAppraisal => Text.Get();

    /// <summary>A part of the completeness refusal (Survey, Unappraised, SurveyRemedy, AppraisalRemedy, And), its counts written the reader's way.</summary>
    public static string IncompletePart(string name, params int[] counts) =>
        Text.Format($"Incomplete.{name}", [.. counts.Select(c => c.ToString("N0", MessageText.NumberCulture))]);

    public static string Incomplete(IEnumerable<string> parts, IEnumerable<string> remedies) =>
        Text.Format(nameof(Incomplete), string.Join("; ", parts), string.Join(IncompletePart("And"), remedies));
}
