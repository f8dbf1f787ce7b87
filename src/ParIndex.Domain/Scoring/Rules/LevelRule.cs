using System.Text.Json;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>An ordinal choice: <c>{"levels":[{"label":"Thực hiện tốt","points":2.5},…]}</c>; the unit enters <c>{"level":"…"}</c>.</summary>
public sealed record LevelRule : ScoringRule
{
    public IReadOnlyList<Level> Levels { get; init; } = [];

    public override IReadOnlyList<InputField> Fields => [new("level", InputKind.Choice, new RuleText("field.level"), [.. Levels.Select(l => l.Label)])];

    public override IReadOnlyList<RuleProblem> Check(decimal maxPoints)
    {
        var problems = new List<RuleProblem>();
        if (Levels.Count < 2)
        {
            problems.Add(new RuleProblem("rule.levels", new RuleText("problem.levels")));
        }

        if (Levels.Any(l => string.IsNullOrWhiteSpace(l.Label)) || Levels.Select(l => l.Label.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Levels.Count)
        {
            problems.Add(new RuleProblem("rule.levelLabels", new RuleText("problem.levelLabels")));
        }

        if (Levels.Any(l => l.Points < 0m || l.Points > maxPoints))
        {
            problems.Add(new RuleProblem("rule.points", new RuleText("problem.levelPoints")));
        }

        return problems;
    }

    public override RuleOutcome Score(decimal maxPoints, JsonElement inputs, WhenNothingToCount whenNothingToCount)
    {
        var chosen = RuleInputs.Text(inputs, "level");
        if (chosen is null)
        {
            return NotEntered();
        }

        var level = Levels.FirstOrDefault(l => string.Equals(l.Label.Trim(), chosen.Trim(), StringComparison.OrdinalIgnoreCase));
        if (level is null)
        {
            return new RuleOutcome(0m, false, () => new RuleText("outcome.levelUnknown", chosen));
        }

        var points = Clamp(level.Points, maxPoints);
        return new RuleOutcome(points, false, () => new RuleText("outcome.level", level.Label, points, maxPoints));
    }

    public sealed record Level(string Label, decimal Points);
}
