namespace ParIndex.Domain.Scoring.Rules;

/// <summary>
/// What a rule gives for one leaf: points at full precision (0..max), or excluded when there was nothing to count
/// and the rule says so, with the explanation people read ("Tỷ lệ 97,50% (195/200): mức ≥ 95% → 2/4 điểm").
/// </summary>
public sealed record RuleOutcome(decimal Points, bool IsExcluded, string Explanation)
{
    public static RuleOutcome Excluded(string explanation) => new(0m, true, explanation);
}

/// <summary>A problem in a rule's parameters, found while the framework is edited.</summary>
public sealed record RuleProblem(string Code, string Message);
