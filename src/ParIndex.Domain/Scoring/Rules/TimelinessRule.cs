using System.Text.Json;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>
/// On time, late or not done: <c>{"onTime":1,"late":0.5}</c>; the unit enters <c>{"onTime":true}</c>,
/// <c>{"onTime":false,"daysLate":3}</c> or <c>{"onTime":false,"done":false}</c>.
/// </summary>
public sealed record TimelinessRule : ScoringRule
{
    public decimal? OnTime { get; init; }

    public decimal Late { get; init; }

    public override IReadOnlyList<InputField> Fields { get; } =
    [
        new("done", InputKind.YesNo, new RuleText("field.done")),
        new("onTime", InputKind.YesNo, new RuleText("field.onTime")),
        new("daysLate", InputKind.Count, new RuleText("field.daysLate")),
    ];

    public override IReadOnlyList<RuleProblem> Check(decimal maxPoints) =>
        (OnTime ?? maxPoints) > maxPoints || Late < 0m || Late > (OnTime ?? maxPoints)
            ? [new RuleProblem("rule.points", new RuleText("problem.timelinessPoints"))]
            : [];

    public override RuleOutcome Score(decimal maxPoints, JsonElement inputs, WhenNothingToCount whenNothingToCount)
    {
        if (RuleInputs.Flag(inputs, "onTime") is not { } onTime)
        {
            return NotEntered();
        }

        if (onTime)
        {
            var points = Clamp(OnTime ?? maxPoints, maxPoints);
            return new RuleOutcome(points, false, () => new RuleText("outcome.onTime", points, maxPoints));
        }

        if (RuleInputs.Flag(inputs, "done") == false)
        {
            return new RuleOutcome(0m, false, () => new RuleText("outcome.notDone", 0m, maxPoints));
        }

        var days = RuleInputs.Number(inputs, "daysLate");
        var late = Clamp(Late, maxPoints);
        return new RuleOutcome(late, false, () => days is { } d ? new RuleText("outcome.lateDays", d, late, maxPoints) : new RuleText("outcome.late", late, maxPoints));
    }
}
