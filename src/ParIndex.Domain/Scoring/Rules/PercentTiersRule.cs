using System.Text.Json;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>
/// Tiers of a rate, best first: <c>{"tiers":[{"min":98,"points":4},{"min":95,"points":2}]}</c>. Also external
/// figures supplied by a lead agency. The unit enters <c>{"rate":97.5}</c> or <c>{"numerator":195,"denominator":200}</c>.
/// </summary>
public sealed record PercentTiersRule : ScoringRule
{
    public IReadOnlyList<Tier> Tiers { get; init; } = [];

    public override IReadOnlyList<InputField> Fields { get; } = [new("rate", InputKind.Rate, new RuleText("field.rate"))];

    public override IReadOnlyList<RuleProblem> Check(decimal maxPoints) => Rules.Tiers.Check(Tiers, maxPoints, 100m);

    public override RuleOutcome Score(decimal maxPoints, JsonElement inputs, WhenNothingToCount whenNothingToCount)
    {
        var input = RuleInputs.Rate(inputs);
        if (input.NothingToCount)
        {
            return NothingToCount(maxPoints, whenNothingToCount);
        }

        if (input.Rate is not { } value)
        {
            return NotEntered();
        }

        var tier = Rules.Tiers.Reached(Tiers, value);
        var points = Clamp(tier?.Points ?? 0m, maxPoints);
        return new RuleOutcome(points, false, () =>
        {
            var band = tier is null ? new RuleText("outcome.tierBelow", Tiers.LastOrDefault()?.Min ?? 0m) : new RuleText("outcome.tierReached", tier.Min);
            return new RuleText("outcome.percentTiers", input.Shown, band, points, maxPoints);
        });
    }
}
