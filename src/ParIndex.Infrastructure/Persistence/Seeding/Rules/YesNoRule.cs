using ParIndex.Domain.Frameworks;

namespace ParIndex.Infrastructure.Persistence.Seeding.Rules;

/// <summary>Done, with evidence → maximum; otherwise 0.</summary>
internal sealed class YesNoRule(string shortfall) : DemoRule
{
    public override RuleType Type => RuleType.YesNo;

    public override string Parameters(decimal max) => DemoText.ToJson(new { yes = DemoText.Plain(max), no = 0 });

    public override LeafOutcome Full(decimal max, Random random) => new(max, DemoText.ToJson(new { done = true }), null);

    public override LeafOutcome? Shortfall(decimal max, decimal maxLoss, Random random) =>
        max <= maxLoss ? new LeafOutcome(0m, DemoText.ToJson(new { done = false }), $"{shortfall}: {DemoText.OutOf(0m, max)}.") : null;
}
