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
        new("done", InputKind.YesNo, "Đã thực hiện"),
        new("onTime", InputKind.YesNo, "Đúng thời hạn"),
        new("daysLate", InputKind.Count, "Số ngày chậm (nếu chậm)"),
    ];

    public override IReadOnlyList<RuleProblem> Check(decimal maxPoints) =>
        (OnTime ?? maxPoints) > maxPoints || Late < 0m || Late > (OnTime ?? maxPoints)
            ? [new RuleProblem("rule.points", "Điểm đúng hạn không vượt điểm tối đa; điểm trễ hạn không vượt điểm đúng hạn.")]
            : [];

    public override RuleOutcome Score(decimal maxPoints, JsonElement inputs, WhenNothingToCount whenNothingToCount)
    {
        var max = RuleInputs.Points(maxPoints);
        if (RuleInputs.Flag(inputs, "onTime") is not { } onTime)
        {
            return NotEntered();
        }

        if (onTime)
        {
            var points = Clamp(OnTime ?? maxPoints, maxPoints);
            return new RuleOutcome(points, false, () => $"Đúng hạn: {RuleInputs.Points(points)}/{max} điểm.");
        }

        if (RuleInputs.Flag(inputs, "done") == false)
        {
            return new RuleOutcome(0m, false, () => $"Không thực hiện: 0/{max} điểm.");
        }

        var days = RuleInputs.Number(inputs, "daysLate") is { } d ? $" {RuleInputs.Plain(d)} ngày" : string.Empty;
        var late = Clamp(Late, maxPoints);
        return new RuleOutcome(late, false, () => $"Trễ hạn{days}: {RuleInputs.Points(late)}/{max} điểm.");
    }
}
