namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>One leaf of one demo assessment: not evaluated (with a reason), or the unit's and the appraisers' points.</summary>
internal sealed record DemoLeafScore(
    DemoScoredLeaf Leaf,
    string? NotApplicableReason,
    decimal? SelfScore,
    string? Explanation,
    decimal? FinalScore,
    string Inputs,
    string? Comment)
{
    public bool IsNotApplicable => NotApplicableReason is not null;

    public static DemoLeafScore NotApplicable(DemoScoredLeaf leaf, string reason) => new(leaf, reason, null, null, null, "{}", null);
}
