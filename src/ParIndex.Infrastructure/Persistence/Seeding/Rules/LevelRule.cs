using ParIndex.Domain.Frameworks;

namespace ParIndex.Infrastructure.Persistence.Seeding.Rules;

/// <summary>An ordinal choice, e.g. done well 2.5 / fully 2.0 / partly 1.0 / not done 0.</summary>
internal sealed class LevelRule(string gap, IReadOnlyList<(string Label, decimal Share)>? levels = null) : DemoRule
{
    /// <summary>Shares of the maximum, rounded down to 0.25: for 2.5 points they give 2.5 / 2 / 1 / 0.</summary>
    private static readonly (string Label, decimal Share)[] FourLevels =
    [
        ("Thực hiện tốt", 1m),
        ("Thực hiện đầy đủ", 0.8m),
        ("Thực hiện một phần", 0.4m),
        ("Không thực hiện", 0m),
    ];

    private readonly IReadOnlyList<(string Label, decimal Share)> _levels = levels ?? FourLevels;

    public override RuleType Type => RuleType.Level;

    public IReadOnlyList<(string Label, decimal Points)> Levels(decimal max) =>
        [.. _levels.Select(l => (l.Label, Math.Floor(max * l.Share * 4m) / 4m))];

    public override string Parameters(decimal max) =>
        DemoText.ToJson(new { levels = Levels(max).Select(l => new { label = l.Label, points = DemoText.Plain(l.Points) }) });

    public override LeafOutcome Full(decimal max, Random random) =>
        new(max, DemoText.ToJson(new { level = Levels(max)[0].Label }), null);

    public override LeafOutcome? Shortfall(decimal max, decimal maxLoss, Random random)
    {
        var lower = Levels(max).Skip(1).Where(l => max - l.Points <= maxLoss).ToList();
        if (lower.Count == 0)
        {
            return null;
        }

        var (label, points) = random.Pick(lower);
        var reason = points == 0m ? "không có tài liệu kiểm chứng việc thực hiện" : gap;
        return new LeafOutcome(points, DemoText.ToJson(new { level = label }),
            $"Đạt mức \"{label}\" ({DemoText.OutOf(points, max)}): {reason}.");
    }
}
