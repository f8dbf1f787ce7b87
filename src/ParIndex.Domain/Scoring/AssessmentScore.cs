using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Scoring;

/// <summary>
/// A unit's index with everything that produced it. <see cref="Index"/> is full precision (clamped to 100 when the
/// bonus pushes it over); <see cref="Published"/> is what bands and ranks compare.
/// </summary>
public sealed record AssessmentScore(
    decimal Achieved, decimal ApplicableMax, decimal Bonus, decimal Deduction, decimal Index, decimal UnclampedIndex,
    IReadOnlyList<DomainScore> Domains, IReadOnlyList<LeafLine> Lines)
{
    public decimal Published => ScoreRounding.ToPublished(Index);

    /// <summary>Points lost across the applicable leaves, largest first: what the unit must fix.</summary>
    public IEnumerable<LeafLine> Losses => Lines.Where(l => !l.IsNotEvaluated && l.Lost > 0m).OrderByDescending(l => l.Lost);
}

/// <summary>A domain's points over its applicable maximum; <see cref="Percent"/> null when all its leaves are excluded.</summary>
public sealed record DomainScore(Guid NodeId, string Code, string Title, decimal Points, decimal ApplicableMax)
{
    public decimal? Percent => ApplicableMax == 0m ? null : 100m * Points / ApplicableMax;
}

/// <summary>
/// The explanation row of one leaf: its maximum, points, what was lost and why — a person's <see cref="Reason"/> and the
/// rule's <see cref="Explanation"/>, which the Application words in the reader's language (or Vietnamese, in documents).
/// </summary>
public sealed record LeafLine(
    Guid NodeId, string Code, string Title, string DomainCode, decimal MaxPoints, decimal Points, bool IsNotEvaluated,
    RuleText? Explanation, string? Reason)
{
    public decimal Lost => IsNotEvaluated ? 0m : MaxPoints - Points;
}
