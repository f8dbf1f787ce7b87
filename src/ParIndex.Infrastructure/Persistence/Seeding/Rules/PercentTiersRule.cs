using ParIndex.Domain.Frameworks;

namespace ParIndex.Infrastructure.Persistence.Seeding.Rules;

/// <summary>Tiers of a rate, best first: e.g. ≥ 98% → 4; 95 – &lt; 98% → 2; 90 – &lt; 95% → 1; below → 0.</summary>
internal sealed class PercentTiersRule(string measure, params (decimal Min, decimal Points)[] tiers) : DemoRule
{
    public override RuleType Type => RuleType.PercentTiers;

    public override bool CountsCases => true;

    public override string Parameters(decimal max) =>
        DemoText.ToJson(new { tiers = tiers.Select(t => new { min = DemoText.Plain(t.Min), points = DemoText.Plain(t.Points) }) });

    public override LeafOutcome Full(decimal max, Random random)
    {
        var rate = tiers[0].Min >= 100m ? 100m : random.Between(tiers[0].Min, 100m);
        return new LeafOutcome(max, DemoText.ToJson(new { rate = DemoText.Plain(rate) }), null);
    }

    public override LeafOutcome? Shortfall(decimal max, decimal maxLoss, Random random)
    {
        var candidates = new List<(decimal Low, decimal High, decimal Points)>();
        for (var i = 1; i < tiers.Length; i++)
        {
            candidates.Add((tiers[i].Min, tiers[i - 1].Min - 0.1m, tiers[i].Points));
        }

        candidates.Add((Math.Max(0m, tiers[^1].Min - 12m), tiers[^1].Min - 0.1m, 0m));
        var allowed = candidates.Where(c => max - c.Points <= maxLoss).ToList();
        if (allowed.Count == 0)
        {
            return null;
        }

        var (low, high, points) = random.Pick(allowed);
        var rate = random.Between(low, high);
        var threshold = tiers.Where(t => t.Min > rate).Min(t => t.Min);
        return new LeafOutcome(points, DemoText.ToJson(new { rate = DemoText.Plain(rate) }),
            $"Tỷ lệ {measure} đạt {DemoText.Percent(rate)} (< {DemoText.Percent(threshold)}): {DemoText.OutOf(points, max)}.");
    }
}
