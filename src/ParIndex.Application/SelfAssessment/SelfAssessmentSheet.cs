using System.Globalization;
using System.Text.Json;
using ParIndex.Application.Common;
using ParIndex.Application.Frameworks.Rules;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Units;

namespace ParIndex.Application.SelfAssessment;

/// <summary>
/// Lays a unit's answers over its framework: each leaf with its entry fields, the points its figures earn under
/// the rule, the running totals by domain (through the same engine that computes the index) and the checklist.
/// </summary>
internal sealed class SelfAssessmentSheet
{
    private SelfAssessmentSheet(IReadOnlyList<DomainEntry> domains, SelfTotals totals, IReadOnlyList<ChecklistItem> checklist)
    {
        Domains = domains;
        Totals = totals;
        Checklist = checklist;
    }

    public IReadOnlyList<DomainEntry> Domains { get; }

    public SelfTotals Totals { get; }

    public IReadOnlyList<ChecklistItem> Checklist { get; }

    /// <summary>Whether the unit enters this leaf: survey, external and deduction points come from others.</summary>
    public static bool IsUnitEntered(FrameworkNode leaf) =>
        leaf.Method == AssessmentMethod.SelfAssessed && leaf.RuleType != RuleType.Deduction;

    /// <summary>The rule's points for the unit's figures, or null while they are incomplete.</summary>
    public static (decimal? Points, RuleOutcome? Outcome) Score(FrameworkNode leaf, IReadOnlyList<InputField> fields,
        IReadOnlyDictionary<string, string?> values, string inputsJson)
    {
        if (!AnswerInputs.IsComplete(fields, values))
        {
            return (null, null);
        }

        using var document = JsonDocument.Parse(inputsJson);
        var outcome = ScoringRule.Parse(leaf.RuleType, leaf.RuleParameters).Score(leaf.MaxPoints, document.RootElement, leaf.WhenNothingToCount);
        return (outcome.IsExcluded ? null : outcome.Points, outcome);
    }

    public static SelfAssessmentSheet Build(Framework framework, BlockKind kind, Assessment assessment,
        ILookup<Guid, EvidenceItem> evidenceByResponse)
    {
        var nodes = framework.Nodes.ToDictionary(n => n.Id);
        var responses = assessment.Responses.ToDictionary(r => r.NodeId);
        var entries = framework.Leaves().Where(l => l.AppliesTo(kind))
            .Select(leaf => Entry(leaf, nodes, responses.GetValueOrDefault(leaf.Id), evidenceByResponse))
            .ToList();

        var score = ScoreCalculator.Compute(framework, entries.Select(e => LeafScoreOf(nodes[e.NodeId], e)));
        var domainScores = score.Domains.ToDictionary(d => d.NodeId);
        var domains = entries
            .GroupBy(e => DomainOf(nodes[e.NodeId], nodes))
            .OrderBy(g => g.Key.SortOrder)
            .Select(g => new DomainEntry(g.Key.Id, g.Key.Code, g.Key.Title,
                domainScores.GetValueOrDefault(g.Key.Id)?.Points ?? g.Where(e => e.SelfScore is not null).Sum(e => e.SelfScore!.Value),
                domainScores.GetValueOrDefault(g.Key.Id)?.ApplicableMax ?? 0m,
                g.Count(e => e.IsUnitEntered && e.IsAnswered && e.RuleType != RuleType.Bonus),
                g.Count(e => e.IsUnitEntered && !e.IsNotApplicable && e.RuleType != RuleType.Bonus), [.. g]))
            .ToList();

        // A bonus is claimed only by units that have something to claim; it is never owed.
        var toAnswer = entries.Where(e => e.IsUnitEntered && !e.IsNotApplicable && e.RuleType != RuleType.Bonus).ToList();
        var totals = new SelfTotals(score.Achieved, score.ApplicableMax, score.ApplicableMax == 0m ? null : 100m * score.Achieved / score.ApplicableMax,
            score.Bonus, toAnswer.Count(e => e.IsAnswered), toAnswer.Count, toAnswer.Count(e => e.IsMissingEvidence),
            entries.Where(e => !e.IsUnitEntered && e.RuleType is not (RuleType.Bonus or RuleType.Deduction)).Sum(e => e.MaxPoints));
        return new SelfAssessmentSheet(domains, totals, ChecklistOf(assessment, toAnswer));
    }

    private static CriterionEntry Entry(FrameworkNode leaf, Dictionary<Guid, FrameworkNode> nodes, CriterionResponse? response,
        ILookup<Guid, EvidenceItem> evidenceByResponse)
    {
        var unitEntered = IsUnitEntered(leaf);
        var fields = unitEntered ? Fields(leaf) : [];
        var values = AnswerInputs.FromJson(fields, response?.Inputs);
        var (points, outcome) = response is null || !unitEntered ? (null, null) : Score(leaf, fields, values, response.Inputs);
        var parent = leaf.ParentId is { } parentId && nodes[parentId].Level != NodeLevel.Domain ? nodes[parentId].Title : null;
        // The scale is written from the rule in the reader's language, the officer's note after it (RuleGuidance).
        var guidance = RuleGuidance.WithNote(leaf.RuleType, leaf.RuleParameters, leaf.WhenNothingToCount, leaf.MaxPoints, leaf.Guidance, CultureInfo.CurrentUICulture);
        return new CriterionEntry(leaf.Id, leaf.Code, leaf.Title, parent, leaf.MaxPoints, leaf.Method, leaf.RuleType, guidance,
            leaf.EvidenceRequired, fields, values, unitEntered, outcome is not null, points, RuleWording.OrNull(outcome?.Explanation), outcome?.IsExcluded == true,
            response?.IsNotApplicable == true, response?.Explanation,
            response is null ? [] : [.. evidenceByResponse[response.Id]], response?.ConcurrencyStamp, response?.UpdatedAtUtc)
        {
            NotApplicableReason = response?.IsNotApplicable == true ? response.NotApplicableReason : null,
        };
    }

    /// <summary>A framework whose parameters no longer parse still shows its criteria; the entry then takes no figures.</summary>
    public static IReadOnlyList<InputField> Fields(FrameworkNode leaf)
    {
        try
        {
            return ScoringRule.Parse(leaf.RuleType, leaf.RuleParameters).Fields;
        }
        catch (DomainException)
        {
            return [];
        }
    }

    private static LeafScore LeafScoreOf(FrameworkNode leaf, CriterionEntry entry) =>
        !entry.IsUnitEntered || entry.IsNotApplicable || entry.IsExcluded
            ? LeafScore.NotEvaluated(leaf, null)
            : new LeafScore(leaf, entry.SelfScore ?? 0m, false, null, null);

    private static FrameworkNode DomainOf(FrameworkNode node, Dictionary<Guid, FrameworkNode> nodes)
    {
        while (node.ParentId is { } parentId)
        {
            node = nodes[parentId];
        }

        return node;
    }

    private static List<ChecklistItem> ChecklistOf(Assessment assessment, List<CriterionEntry> toAnswer)
    {
        var items = new List<ChecklistItem>();
        foreach (var entry in toAnswer)
        {
            if (!entry.IsAnswered)
            {
                items.Add(new ChecklistItem(entry.NodeId, entry.Code, SelfAssessmentMessages.Checklist("Unanswered", entry.Code), true));
            }
            else if (entry.IsMissingEvidence && string.IsNullOrWhiteSpace(entry.Explanation))
            {
                items.Add(new ChecklistItem(entry.NodeId, entry.Code, SelfAssessmentMessages.Checklist("NoEvidence", entry.Code), true));
            }
            else if (entry.SelfScore < entry.MaxPoints && string.IsNullOrWhiteSpace(entry.Explanation))
            {
                items.Add(new ChecklistItem(entry.NodeId, entry.Code, SelfAssessmentMessages.Checklist("BelowMax", entry.Code), false));
            }
        }

        if (string.IsNullOrWhiteSpace(assessment.ReportDifficulties) && string.IsNullOrWhiteSpace(assessment.ReportRecommendations))
        {
            items.Add(new ChecklistItem(null, "report", SelfAssessmentMessages.Checklist("NoReport"), false));
        }

        return items;
    }
}
