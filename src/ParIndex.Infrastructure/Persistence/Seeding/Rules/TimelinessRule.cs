using ParIndex.Domain.Frameworks;

namespace ParIndex.Infrastructure.Persistence.Seeding.Rules;

/// <summary>On time → maximum; late → half (in 0.25 steps); not done → 0.</summary>
internal sealed class TimelinessRule(string deliverable) : DemoRule
{
    public override RuleType Type => RuleType.Timeliness;

    public static decimal LatePoints(decimal max) => Math.Floor(max / 2m * 4m) / 4m;

    public override string Parameters(decimal max) =>
        DemoText.ToJson(new { onTime = DemoText.Plain(max), late = DemoText.Plain(LatePoints(max)) });

    public override LeafOutcome Full(decimal max, Random random) =>
        new(max, DemoText.ToJson(new { onTime = true, daysLate = 0 }), null);

    public override LeafOutcome? Shortfall(decimal max, decimal maxLoss, Random random)
    {
        var late = LatePoints(max);
        var candidates = new List<LeafOutcome>();
        if (max - late <= maxLoss)
        {
            var days = random.Next(3, 25);
            candidates.Add(new LeafOutcome(late, DemoText.ToJson(new { onTime = false, daysLate = days }),
                $"{deliverable} trễ hạn {days} ngày so với thời hạn quy định: {DemoText.OutOf(late, max)}."));
        }

        if (max <= maxLoss)
        {
            candidates.Add(new LeafOutcome(0m, DemoText.ToJson(new { onTime = false, done = false }),
                $"Chưa thực hiện, không có tài liệu kiểm chứng: {DemoText.OutOf(0m, max)}."));
        }

        return candidates.Count == 0 ? null : random.Pick(candidates);
    }
}
