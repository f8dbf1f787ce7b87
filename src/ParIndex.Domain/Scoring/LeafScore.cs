using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Scoring;

/// <summary>
/// One leaf's decided points for a unit: null points with <see cref="IsNotEvaluated"/> for "không đánh giá"
/// (the leaf leaves both the achieved points and the maximum). <see cref="Reason"/> is a person's words (the appraiser's
/// comment, why a leaf is not evaluated); <see cref="Explanation"/> the portal's, in no language yet (the rule's outcome, a
/// missing survey result), worded when read.
/// </summary>
public sealed record LeafScore(FrameworkNode Leaf, decimal Points, bool IsNotEvaluated, RuleText? Explanation, string? Reason)
{
    public static LeafScore NotEvaluated(FrameworkNode leaf, string? reason, RuleText? explanation = null) => new(leaf, 0m, true, explanation, reason);
}
