using ParIndex.Application.Results;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// What counts as incomplete for one unit's leaf. The same rules feed the period's list, the refusals before the
/// council and the "accept the remaining self-scores" action, so they cannot disagree.
/// </summary>
internal static class CompletenessRules
{
    /// <summary>
    /// A leaf inspectors score that no one has decided: no appraised (or recorded) final score, not marked "không đánh
    /// giá", and not excluded by its rule. A bonus or deduction leaf is undecided only when the unit claimed points on
    /// it (a bonus claimed, a deduction declared) — without that there is nothing to decide — since otherwise the
    /// unit's own claim would count with no inspector having looked at it.
    /// </summary>
    public static bool IsUnappraised(FrameworkNode leaf, CriterionResponse? response, MissingSurveyRule missingSurvey) =>
        leaf.Method == AssessmentMethod.SelfAssessed
        && (response is null || (!response.IsNotApplicable && response.FinalScore is null))
        && DecidedScores.Of(leaf, response, missingSurvey) is { IsNotEvaluated: false } decided
        && (!IsBesideTheTree(leaf) || decided.Points != 0m);

    /// <summary>Bonus and deduction leaves: capped per framework, outside the 100 points.</summary>
    public static bool IsBesideTheTree(FrameworkNode leaf) => leaf.RuleType is RuleType.Bonus or RuleType.Deduction;

    /// <summary>A lead agency's figures (số liệu ngành) not yet entered or imported for the unit.</summary>
    public static bool LacksSectorData(FrameworkNode leaf, CriterionResponse? response) =>
        leaf.Method == AssessmentMethod.External && (response is null || (!response.IsNotApplicable && response.FinalScore is null));

    public static bool HasUnansweredQuestion(CriterionResponse response) =>
        response.ExplanationQuestion is not null && string.IsNullOrWhiteSpace(response.ExplanationAnswer);

    /// <summary>The leader never submitted: the sheet was locked at the deadline (or never begun) and is appraised as it stood.</summary>
    public static bool NeverSubmitted(Assessment assessment) => assessment.SubmittedAtUtc is null;

    /// <summary>The framework's leaves as the tree lists them (1.2 before 1.10), so lists read like the framework.</summary>
    public static IEnumerable<FrameworkNode> LeavesInOrder(Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var leaves = framework.Leaves().Select(l => l.Id).ToHashSet();
        return Frameworks.FrameworkTree.InTreeOrder(framework.Nodes).Where(n => leaves.Contains(n.Id));
    }
}
