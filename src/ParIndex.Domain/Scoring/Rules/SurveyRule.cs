using System.Text.Json;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>
/// Survey results, imported, never self-scored: a satisfaction rate, or answer counts weighted per option
/// (<c>{"weights":{"A":100,"B":60,"C":20,"D":0}}</c>). Points = rate × max.
/// </summary>
public sealed record SurveyRule : ScoringRule
{
    public string? Source { get; init; }

    public IReadOnlyDictionary<string, decimal> Weights { get; init; } = new Dictionary<string, decimal>();

    public override IReadOnlyList<InputField> Fields => [];

    public override IReadOnlyList<RuleProblem> Check(decimal maxPoints) =>
        Weights.Values.Any(w => w is < 0m or > 100m) ? [new RuleProblem("rule.weights", new RuleText("problem.weights"))] : [];

    public override RuleOutcome Score(decimal maxPoints, JsonElement inputs, WhenNothingToCount whenNothingToCount)
    {
        var (rate, respondents, nobody) = RateOf(inputs);
        if (nobody)
        {
            return NothingToCount(maxPoints, whenNothingToCount);
        }

        if (rate is not { } value)
        {
            return NotEntered();
        }

        var points = Clamp(value / 100m * maxPoints, maxPoints);
        return new RuleOutcome(points, false, () => new RuleText("outcome.survey",
            respondents is { } count ? new RuleText("outcome.surveyAnswers", value, count) : new RuleText("outcome.percent", value), points, maxPoints));
    }

    /// <summary>The rate in percent, the number of answers it was weighted from (null for a rate given directly), or nobody answered.</summary>
    private (decimal? Rate, decimal? Respondents, bool Nobody) RateOf(JsonElement inputs)
    {
        if (inputs.ValueKind == JsonValueKind.Object && inputs.TryGetProperty("answers", out var answers) && answers.ValueKind == JsonValueKind.Object)
        {
            decimal respondents = 0m, weighted = 0m;
            foreach (var answer in answers.EnumerateObject())
            {
                var count = RuleInputs.AsDecimal(answer.Value) ?? 0m;
                respondents += count;
                weighted += count * (Weights.TryGetValue(answer.Name, out var weight) ? weight : 0m);
            }

            return respondents == 0m
                ? (null, null, true)
                : (weighted / respondents, respondents, false);
        }

        return RuleInputs.Number(inputs, "rate") is { } rate ? (rate, null, false) : (null, null, false);
    }
}
