using System.Text.Json;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>Points = rate × max ("Điểm = Tỷ lệ × điểm tối đa"), 0 below an optional floor: <c>{"floor":80}</c>.</summary>
public sealed record ProportionalRule : ScoringRule
{
    public decimal? Floor { get; init; }

    public override IReadOnlyList<InputField> Fields { get; } = [new("rate", InputKind.Rate, new RuleText("field.rate"))];

    public override IReadOnlyList<RuleProblem> Check(decimal maxPoints) =>
        Floor is < 0m or > 100m ? [new RuleProblem("rule.floor", new RuleText("problem.floor"))] : [];

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

        if (Floor is { } floor && value < floor)
        {
            return new RuleOutcome(0m, false, () => new RuleText("outcome.belowFloor", input.Shown, floor, maxPoints));
        }

        var points = Clamp(value / 100m * maxPoints, maxPoints);
        return new RuleOutcome(points, false, () => new RuleText("outcome.proportional", input.Shown, maxPoints, points));
    }
}
