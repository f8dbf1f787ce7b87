using System.Text.Json;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>Tiers of a count, best first, optionally out of a fixed number: <c>{"of":4,"tiers":[{"min":4,"points":1}]}</c>.</summary>
public sealed record CountTiersRule : ScoringRule
{
    public int? Of { get; init; }

    public IReadOnlyList<Tier> Tiers { get; init; } = [];

    public override IReadOnlyList<InputField> Fields => [new("count", InputKind.Count, Of is { } of ? new RuleText("field.countOf", of) : new RuleText("field.count"), Max: Of)];

    public override IReadOnlyList<RuleProblem> Check(decimal maxPoints) => Rules.Tiers.Check(Tiers, maxPoints, Of);

    public override RuleOutcome Score(decimal maxPoints, JsonElement inputs, WhenNothingToCount whenNothingToCount)
    {
        if (RuleInputs.Number(inputs, "count") is not { } count)
        {
            return NotEntered();
        }

        var tier = Rules.Tiers.Reached(Tiers, count);
        var points = Clamp(tier?.Points ?? 0m, maxPoints);
        return new RuleOutcome(points, false, () => Of is { } total
            ? new RuleText("outcome.countOf", count, total, points, maxPoints)
            : new RuleText("outcome.count", count, points, maxPoints));
    }
}
