using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring;

/// <summary>
/// One leaf's decided points for a unit: null points with <see cref="IsNotEvaluated"/> for "không đánh giá"
/// (the leaf leaves both the achieved points and the maximum). <see cref="Reason"/> is the appraiser's comment.
/// </summary>
public sealed record LeafScore(FrameworkNode Leaf, decimal Points, bool IsNotEvaluated, string? Explanation, string? Reason)
{
    public static LeafScore NotEvaluated(FrameworkNode leaf, string? reason) => new(leaf, 0m, true, null, reason);
}
