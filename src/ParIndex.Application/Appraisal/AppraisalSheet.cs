using ParIndex.Application.Results;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Appraisal;

/// <summary>Lays both rounds of appraisal over the unit's self-assessment sheet, through the same engine that decides the index.</summary>
internal static class AppraisalSheet
{
    /// <summary>The most an inspector may give: the leaf's maximum, or the framework's cap for bonus and deduction.</summary>
    public static decimal LimitOf(FrameworkNode leaf, Framework framework) => leaf.RuleType switch
    {
        RuleType.Bonus => framework.BonusCap,
        RuleType.Deduction => framework.DeductionCap,
        _ => leaf.MaxPoints,
    };

    public static (AppraisalTotals Totals, IReadOnlyList<AppraisalDomain> Domains) Build(
        EvaluationPeriod period, Block block, Framework framework, Assessment assessment, ILookup<Guid, EvidenceItem> evidence,
        AppraisalScope scope, bool scoresVisible, bool questionsVisible)
    {
        var self = SelfAssessmentSheet.Build(framework, block.Kind, assessment, evidence);
        var responses = assessment.Responses.ToDictionary(r => r.NodeId);
        var nodes = framework.Nodes.ToDictionary(n => n.Id);
        var decided = DecidedScores.Of(framework, block.Kind, assessment).ToDictionary(s => s.Leaf.Id);
        var score = ScoreCalculator.Compute(framework, decided.Values);
        var domainScores = score.Domains.ToDictionary(d => d.NodeId);

        var domains = self.Domains.Select(d =>
        {
            var inScope = scope.Covers(d.NodeId);
            var criteria = d.Criteria.Select(c => Entry(c, nodes[c.NodeId], framework, responses.GetValueOrDefault(c.NodeId), decided[c.NodeId],
                inScope, scoresVisible, questionsVisible)).ToList();
            return new AppraisalDomain(d.NodeId, d.Code, d.Title, d.Points, scoresVisible ? domainScores.GetValueOrDefault(d.NodeId)?.Points : null,
                d.MaxPoints + criteria.Where(c => !c.Unit.IsUnitEntered && !c.IsNotEvaluated && c.Unit.RuleType is not (RuleType.Bonus or RuleType.Deduction))
                    .Sum(c => c.Unit.MaxPoints),
                inScope, criteria);
        }).ToList();

        var all = domains.SelectMany(d => d.Criteria).ToList();
        var toScore = all.Where(c => c.InScope && c.IsAppraisable && !c.IsNotEvaluated && c.Unit.RuleType != RuleType.Bonus).ToList();
        var totals = new AppraisalTotals(
            self.Totals.Percent,
            scoresVisible ? score.Published : null,
            scoresVisible ? PeriodResults.Project(period, block, score) : null,
            scoresVisible ? score.Achieved : 0m, score.ApplicableMax,
            toScore.Count(c => c.IsAppraised), toScore.Count,
            all.Count(c => c.Question is not null), all.Count(c => c.Answer is not null));
        return (totals, domains);
    }

    /// <summary>
    /// What a lead agency's inspector reads (<see cref="AppraisalAccess.DomainScoped"/>): their domains only, and no
    /// whole-unit index, class or self index, which would tell them about the domains they do not appraise.
    /// </summary>
    public static (AppraisalTotals Totals, IReadOnlyList<AppraisalDomain> Domains) WithinScope(AppraisalTotals totals, IReadOnlyList<AppraisalDomain> domains)
    {
        var mine = domains.Where(d => d.InScope).ToList();
        var all = mine.SelectMany(d => d.Criteria).ToList();
        return (totals with
        {
            SelfIndex = null,
            AppraisedIndex = null,
            ProjectedClass = null,
            Achieved = mine.Sum(d => d.AppraisedPoints ?? 0m),
            ApplicableMax = mine.Sum(d => d.MaxPoints),
            Questions = all.Count(c => c.Question is not null),
            Answered = all.Count(c => c.Answer is not null),
        }, mine);
    }

    private static AppraisalEntry Entry(CriterionEntry unit, FrameworkNode leaf, Framework framework, CriterionResponse? response, LeafScore decided,
        bool inScope, bool scoresVisible, bool questionsVisible) =>
        new(unit, LimitOf(leaf, framework), inScope,
            scoresVisible ? response?.Round1Score : null, scoresVisible ? response?.Round1Comment : null, scoresVisible ? response?.Round1AtUtc : null,
            questionsVisible ? response?.ExplanationQuestion : null, questionsVisible ? response?.ExplanationAnswer : null,
            questionsVisible ? response?.ExplanationAnsweredAtUtc : null,
            scoresVisible ? response?.Round2Score : null, scoresVisible ? response?.Round2Comment : null, scoresVisible ? response?.Round2AtUtc : null,
            scoresVisible && !decided.IsNotEvaluated ? decided.Points : null, decided.IsNotEvaluated, DataSourceText.Describe(response?.DataSource), response?.ConcurrencyStamp);
}
