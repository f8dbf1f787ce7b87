using System.Text.Json;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>Bonus or deduction points decided with a reason (<c>{"points":0.5}</c>); capped per framework by the calculator.</summary>
public sealed record AwardedPointsRule : ScoringRule
{
    public override IReadOnlyList<InputField> Fields { get; } = [new("points", InputKind.Points, new RuleText("field.points"))];

    public override IReadOnlyList<RuleProblem> Check(decimal maxPoints) => [];

    public override RuleOutcome Score(decimal maxPoints, JsonElement inputs, WhenNothingToCount whenNothingToCount)
    {
        var points = Math.Max(0m, RuleInputs.Number(inputs, "points") ?? 0m);
        return new RuleOutcome(points, false, () => new RuleText("outcome.awarded", points));
    }
}
