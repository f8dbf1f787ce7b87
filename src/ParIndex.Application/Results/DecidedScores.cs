using System.Text.Json;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Results;

/// <summary>
/// The points that count for each leaf that applies to a unit: the appraised score (round 2, else round 1) or the
/// imported data where there is one, otherwise what the unit claimed, otherwise what the rule gives for its figures.
/// The rule's own words (a <see cref="RuleText"/>, worded when read) and the appraiser's reason explain each.
/// </summary>
internal static class DecidedScores
{
    public static IEnumerable<LeafScore> Of(Framework framework, BlockKind kind, Assessment assessment)
    {
        var responses = assessment.Responses.ToDictionary(r => r.NodeId);
        foreach (var leaf in framework.Leaves().Where(l => l.AppliesTo(kind)))
        {
            yield return Of(leaf, responses.GetValueOrDefault(leaf.Id), framework.MissingSurvey);
        }
    }

    public static LeafScore Of(FrameworkNode leaf, CriterionResponse? response, MissingSurveyRule missingSurvey) =>
        Of(leaf, response is null ? null : DecidedInput.Of(response), explain: true, missingSurvey);

    /// <summary>
    /// The same decision without the rule's words, for a whole block at once: a leaf's figures are read only where
    /// nothing was appraised, since only then can they change the points.
    /// </summary>
    public static IEnumerable<LeafScore> PointsOf(IReadOnlyList<FrameworkNode> applicableLeaves, IReadOnlyDictionary<Guid, DecidedInput> responses,
        MissingSurveyRule missingSurvey)
    {
        foreach (var leaf in applicableLeaves)
        {
            yield return Of(leaf, responses.GetValueOrDefault(leaf.Id), explain: false, missingSurvey);
        }
    }

    /// <summary>A survey leaf without a result, decided not applicable, or not surveyed at all (see <see cref="MissingSurveyRule"/>).</summary>
    public static bool LacksSurveyResult(FrameworkNode leaf, CriterionResponse? response) =>
        leaf.Method == AssessmentMethod.Survey && (response is null || (response.FinalScore is null && !response.IsNotApplicable));

    private static LeafScore Of(FrameworkNode leaf, DecidedInput? response, bool explain, MissingSurveyRule missingSurvey)
    {
        if (leaf.Method == AssessmentMethod.Survey && (response is null || (response.FinalScore is null && !response.IsNotApplicable)))
        {
            // The framework says what a missing survey result counts as. Under the default ("required") the council
            // cannot approve until the data is imported or waived, and a waived leaf leaves the maximum.
            return missingSurvey == MissingSurveyRule.Zero
                ? new LeafScore(leaf, 0m, false, MissingSurveyText.CountsAsZero, null)
                : LeafScore.NotEvaluated(leaf, null, MissingSurveyText.NotEvaluated);
        }

        if (response is null)
        {
            return new LeafScore(leaf, 0m, false, MissingSurveyText.NoData, null);
        }

        if (response.IsNotApplicable)
        {
            return LeafScore.NotEvaluated(leaf, response.NotApplicableReason);
        }

        var outcome = explain || response.FinalScore is null ? Explain(leaf, response.Inputs) : null;
        if (outcome is { IsExcluded: true } && response.FinalScore is null)
        {
            return LeafScore.NotEvaluated(leaf, null, outcome.Explanation);
        }

        var points = response.FinalScore ?? response.SelfScore ?? outcome?.Points ?? 0m;
        // Only a reader of the words makes them: a block's points (explain: false) need none.
        return new LeafScore(leaf, points, false, explain ? outcome?.Explanation : null, response.AppraisalComment);
    }

    private static RuleOutcome? Explain(FrameworkNode leaf, string inputs)
    {
        // Survey and external leaves get their points from an import, not from figures the unit typed.
        if (string.IsNullOrWhiteSpace(inputs) || inputs.Trim() == "{}")
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(inputs);
            return ScoringRule.Parse(leaf.RuleType, leaf.RuleParameters).Score(leaf.MaxPoints, document.RootElement.Clone(), leaf.WhenNothingToCount);
        }
        catch (Exception ex) when (ex is JsonException or Domain.Common.DomainException)
        {
            return null;
        }
    }
}

/// <summary>The columns of a response the decision reads, so a block's responses load without their appraisal history.</summary>
internal sealed record DecidedInput(Guid NodeId, string Inputs, decimal? SelfScore, bool IsNotApplicable, string? NotApplicableReason, decimal? FinalScore,
    string? AppraisalComment)
{
    public static DecidedInput Of(CriterionResponse r) =>
        new(r.NodeId, r.Inputs, r.SelfScore, r.IsNotApplicable, r.NotApplicableReason, r.FinalScore, r.AppraisalComment);
}
