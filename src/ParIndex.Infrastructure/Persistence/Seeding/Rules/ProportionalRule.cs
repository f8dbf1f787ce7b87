using ParIndex.Domain.Frameworks;

namespace ParIndex.Infrastructure.Persistence.Seeding.Rules;

/// <summary>Points = rate × maximum, kept at full precision; below the floor (if any) → 0.</summary>
internal sealed class ProportionalRule(string measure, decimal floor = 0m) : DemoRule
{
    public override RuleType Type => RuleType.Proportional;

    public override bool CountsCases => true;

    public override string Parameters(decimal max) => DemoText.ToJson(new { floor = DemoText.Plain(floor) });

    public override LeafOutcome Full(decimal max, Random random) =>
        new(max, DemoText.ToJson(new { rate = 100 }), null);

    public override LeafOutcome? Shortfall(decimal max, decimal maxLoss, Random random)
    {
        if (floor > 0m && max <= maxLoss && random.Chance(0.15))
        {
            var low = random.Between(Math.Max(0m, floor - 15m), floor - 0.1m);
            return new LeafOutcome(0m, DemoText.ToJson(new { rate = DemoText.Plain(low) }),
                $"Tỷ lệ {measure} đạt {DemoText.Percent(low)}, dưới mức sàn {DemoText.Percent(floor)}: {DemoText.OutOf(0m, max)}.");
        }

        var lowest = Math.Max(Math.Max(floor, 60m), 100m - (maxLoss / max * 100m));
        if (lowest > 99.5m)
        {
            return null;
        }

        var rate = random.Between(lowest, 99.5m);
        var points = max * rate / 100m;
        return new LeafOutcome(points, DemoText.ToJson(new { rate = DemoText.Plain(rate) }),
            $"Tỷ lệ {measure} đạt {DemoText.Percent(rate)}: {DemoText.Percent(rate)} × {DemoText.Points(max)} = {DemoText.OutOf(points, max)}.");
    }
}
