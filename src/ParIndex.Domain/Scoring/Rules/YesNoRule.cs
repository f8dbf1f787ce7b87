using System.Text.Json;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>Done or not done: <c>{"yes":1.5,"no":0}</c>; the unit enters <c>{"done":true}</c>.</summary>
public sealed record YesNoRule : ScoringRule
{
    public decimal? Yes { get; init; }

    public decimal No { get; init; }

    public override IReadOnlyList<InputField> Fields { get; } = [new("done", InputKind.YesNo, new RuleText("field.done"))];

    public override IReadOnlyList<RuleProblem> Check(decimal maxPoints) =>
        (Yes ?? maxPoints) > maxPoints || No < 0m || No > (Yes ?? maxPoints)
            ? [new RuleProblem("rule.points", new RuleText("problem.yesNoPoints"))]
            : [];

    public override RuleOutcome Score(decimal maxPoints, JsonElement inputs, WhenNothingToCount whenNothingToCount)
    {
        var yes = Clamp(Yes ?? maxPoints, maxPoints);
        return RuleInputs.Flag(inputs, "done") switch
        {
            true => new RuleOutcome(yes, false, () => new RuleText("outcome.done", yes, maxPoints)),
            false => new RuleOutcome(Clamp(No, maxPoints), false, () => new RuleText("outcome.notDone", No, maxPoints)),
            null => NotEntered(),
        };
    }
}
