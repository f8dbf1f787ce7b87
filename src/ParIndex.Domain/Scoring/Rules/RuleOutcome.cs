namespace ParIndex.Domain.Scoring.Rules;

/// <summary>
/// What a rule gives for one leaf: points at full precision (0..max), or excluded when there was nothing to count
/// and the rule says so, with the explanation people read ("Tỷ lệ 97,50% (195/200): mức ≥ 95% → 2/4 điểm") as a
/// <see cref="RuleText"/> the Application words in the reader's language. The explanation is made only when read:
/// scoring a whole country needs the points, not the sentences.
/// </summary>
public sealed class RuleOutcome
{
    private readonly Func<RuleText> _explain;
    private RuleText? _explanation;

    public RuleOutcome(decimal points, bool isExcluded, Func<RuleText> explain)
    {
        Points = points;
        IsExcluded = isExcluded;
        _explain = explain;
    }

    public RuleOutcome(decimal points, bool isExcluded, RuleText explanation)
        : this(points, isExcluded, () => explanation)
    {
    }

    public decimal Points { get; }

    public bool IsExcluded { get; }

    public RuleText Explanation => _explanation ??= _explain();

    public static RuleOutcome Excluded(RuleText explanation) => new(0m, true, explanation);
}

/// <summary>A problem in a rule's parameters, found while the framework is edited: a stable code and its sentence.</summary>
public sealed record RuleProblem(string Code, RuleText Text);
