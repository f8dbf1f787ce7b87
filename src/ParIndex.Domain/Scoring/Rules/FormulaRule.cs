using System.Text.Json;
using ParIndex.Domain.Common;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>
/// Variables the unit enters and an expression over them and <c>max</c>:
/// <c>{"variables":[{"name":"a","label":"Số hồ sơ đúng hạn"},{"name":"b","label":"Tổng số hồ sơ"}],"expression":"a / b * max"}</c>.
/// A zero divisor means nothing to count. The result is kept within 0..max.
/// </summary>
public sealed record FormulaRule : ScoringRule
{
    public IReadOnlyList<Variable> Variables { get; init; } = [];

    public string Expression { get; init; } = string.Empty;

    public override IReadOnlyList<InputField> Fields => [.. Variables.Select(v => new InputField(v.Name, InputKind.Number, RuleText.Verbatim(v.Label ?? v.Name)))];

    public override IReadOnlyList<RuleProblem> Check(decimal maxPoints)
    {
        var problems = new List<RuleProblem>();
        var declared = Variables.Select(v => v.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(Expression))
        {
            problems.Add(new RuleProblem("rule.formula", new RuleText("problem.formulaMissing")));
            return problems;
        }

        var unknown = Rules.Expression.NamesIn(Expression).Where(n => !declared.Contains(n) && !n.Equals("max", StringComparison.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            problems.Add(new RuleProblem("rule.formulaVariable", new RuleText("problem.formulaVariable", string.Join(", ", unknown))));
            return problems;
        }

        try
        {
            Rules.Expression.Evaluate(Expression, declared.ToDictionary(n => n, _ => 1m, StringComparer.OrdinalIgnoreCase).Append(new("max", maxPoints)).ToDictionary(StringComparer.OrdinalIgnoreCase));
        }
        catch (DomainException)
        {
            problems.Add(new RuleProblem("rule.formula", new RuleText("problem.formulaUnreadable")));
        }
        catch (DivideByZeroException)
        {
            // Dividing by a variable that happens to be zero is a case of "nothing to count", not a mistake.
        }

        return problems;
    }

    public override RuleOutcome Score(decimal maxPoints, JsonElement inputs, WhenNothingToCount whenNothingToCount)
    {
        var values = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase) { ["max"] = maxPoints };
        foreach (var variable in Variables)
        {
            if (RuleInputs.Number(inputs, variable.Name) is not { } value)
            {
                return NotEntered();
            }

            values[variable.Name] = value;
        }

        try
        {
            var points = Clamp(Rules.Expression.Evaluate(Expression, values), maxPoints);
            return new RuleOutcome(points, false, () => new RuleText("outcome.formula",
                Variables.Select(v => new RuleText("outcome.formulaVariable", v.Label ?? v.Name, values[v.Name])).ToArray(), Expression, points, maxPoints));
        }
        catch (DivideByZeroException)
        {
            return NothingToCount(maxPoints, whenNothingToCount);
        }
    }

    public sealed record Variable(string Name, string? Label);
}
