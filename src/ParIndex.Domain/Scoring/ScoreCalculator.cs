using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring;

/// <summary>
/// The index of methodology section 2.3–2.4: Achieved = Σ points of applicable leaves + capped bonus − capped
/// deduction; Index = 100 × Achieved / applicable maximum. Nothing is rounded here.
/// </summary>
public static class ScoreCalculator
{
    public static AssessmentScore Compute(Framework framework, IEnumerable<LeafScore> leaves, bool clampAt100 = true)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(leaves);
        var byId = framework.Nodes.ToDictionary(n => n.Id);
        var scored = leaves.ToList();

        var inTree = scored.Where(s => !FrameworkChecks.IsOutsideTheTree(s.Leaf)).ToList();
        var applicable = inTree.Where(s => !s.IsNotEvaluated).ToList();
        var points = applicable.Sum(s => Math.Clamp(s.Points, 0m, s.Leaf.MaxPoints));
        var applicableMax = applicable.Sum(s => s.Leaf.MaxPoints);
        var bonus = Math.Min(scored.Where(s => s.Leaf.RuleType == RuleType.Bonus && !s.IsNotEvaluated).Sum(s => Math.Max(0m, s.Points)), framework.BonusCap);
        var deduction = Math.Min(scored.Where(s => s.Leaf.RuleType == RuleType.Deduction && !s.IsNotEvaluated).Sum(s => Math.Max(0m, s.Points)), framework.DeductionCap);

        var achieved = points + bonus - deduction;
        var unclamped = applicableMax == 0m ? 0m : 100m * achieved / applicableMax;
        var index = Math.Max(0m, clampAt100 ? Math.Min(100m, unclamped) : unclamped);

        var domains = framework.Nodes.Where(n => n.ParentId is null && !FrameworkChecks.IsOutsideTheTree(n))
            .OrderBy(n => n.SortOrder)
            .Select(domain =>
            {
                var mine = applicable.Where(s => RootOf(s.Leaf, byId).Id == domain.Id).ToList();
                return new DomainScore(domain.Id, domain.Code, domain.Title, mine.Sum(s => Math.Clamp(s.Points, 0m, s.Leaf.MaxPoints)), mine.Sum(s => s.Leaf.MaxPoints));
            })
            .ToList();
        var lines = scored
            .Select(s => new LeafLine(s.Leaf.Id, s.Leaf.Code, s.Leaf.Title, RootOf(s.Leaf, byId).Code, s.Leaf.MaxPoints,
                s.IsNotEvaluated ? 0m : s.Points, s.IsNotEvaluated, s.Explanation, s.Reason))
            .ToList();
        return new AssessmentScore(achieved, applicableMax, bonus, deduction, index, unclamped, domains, lines);
    }

    private static FrameworkNode RootOf(FrameworkNode node, IReadOnlyDictionary<Guid, FrameworkNode> byId)
    {
        var current = node;
        while (current.ParentId is { } parent && byId.TryGetValue(parent, out var up))
        {
            current = up;
        }

        return current;
    }
}
