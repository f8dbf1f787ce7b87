using ParIndex.Domain.Frameworks;

namespace ParIndex.Infrastructure.Persistence.Seeding.Rules;

/// <summary>
/// A scoring rule of the sample frameworks (methodology section 3): it writes its parameters (the guidance is
/// written from them, RuleGuidance) onto the leaf, and draws plausible demo outcomes that obey its thresholds.
/// </summary>
internal abstract class DemoRule
{
    public abstract RuleType Type { get; }

    /// <summary>Rate rules count cases, so "nothing to count" can happen; yes/no and level rules cannot.</summary>
    public virtual bool CountsCases => false;

    public abstract string Parameters(decimal max);

    public abstract LeafOutcome Full(decimal max, Random random);

    /// <summary>An outcome below the maximum that loses at most <paramref name="maxLoss"/> points, or null if none does.</summary>
    public abstract LeafOutcome? Shortfall(decimal max, decimal maxLoss, Random random);
}
