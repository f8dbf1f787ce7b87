using ParIndex.Domain.Frameworks;

namespace ParIndex.Infrastructure.Persistence.Seeding.Rules;

/// <summary>Tiers of a count, best first, optionally out of a fixed number (e.g. 4 reports a year).</summary>
internal sealed class CountTiersRule(string counted, int? outOf, params (int Min, decimal Points)[] tiers) : DemoRule
{
    public override RuleType Type => RuleType.CountTiers;

    public override string Parameters(decimal max) => outOf is null
        ? DemoText.ToJson(new { tiers = tiers.Select(t => new { min = t.Min, points = DemoText.Plain(t.Points) }) })
        : DemoText.ToJson(new { of = outOf, tiers = tiers.Select(t => new { min = t.Min, points = DemoText.Plain(t.Points) }) });

    public override LeafOutcome Full(decimal max, Random random) =>
        new(max, DemoText.ToJson(new { count = outOf ?? tiers[0].Min + random.Next(0, 2) }), null);

    public override LeafOutcome? Shortfall(decimal max, decimal maxLoss, Random random)
    {
        var candidates = new List<(int Count, int Required, decimal Points)>();
        for (var i = 1; i < tiers.Length; i++)
        {
            candidates.Add((tiers[i].Min, tiers[i - 1].Min, tiers[i].Points));
        }

        candidates.Add((Math.Max(0, tiers[^1].Min - 1 - random.Next(0, 2)), tiers[^1].Min, 0m));
        var allowed = candidates.Where(c => max - c.Points <= maxLoss).ToList();
        if (allowed.Count == 0)
        {
            return null;
        }

        var (count, required, points) = random.Pick(allowed);
        var of = outOf is null ? string.Empty : $"/{outOf}";
        return new LeafOutcome(points, DemoText.ToJson(new { count }),
            $"{counted}: {count}{of} (yêu cầu {required}{of}): {DemoText.OutOf(points, max)}.");
    }
}
