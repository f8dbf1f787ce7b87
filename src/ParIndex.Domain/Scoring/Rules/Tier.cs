namespace ParIndex.Domain.Scoring.Rules;

/// <summary>A threshold (inclusive) and the points reaching it earns.</summary>
public sealed record Tier(decimal Min, decimal Points);

internal static class Tiers
{
    /// <summary>Best first: strictly decreasing thresholds, points within 0..max and never rising as thresholds fall.</summary>
    public static IReadOnlyList<RuleProblem> Check(IReadOnlyList<Tier> tiers, decimal maxPoints, decimal? highest)
    {
        var problems = new List<RuleProblem>();
        if (tiers.Count == 0)
        {
            problems.Add(new RuleProblem("rule.tiers", new RuleText("problem.tiers")));
            return problems;
        }

        if (tiers.Zip(tiers.Skip(1)).Any(p => p.Second.Min >= p.First.Min))
        {
            problems.Add(new RuleProblem("rule.tierOrder", new RuleText("problem.tierOrder")));
        }

        if (tiers.Zip(tiers.Skip(1)).Any(p => p.Second.Points > p.First.Points))
        {
            problems.Add(new RuleProblem("rule.tierPoints", new RuleText("problem.tierPoints")));
        }

        if (tiers.Any(t => t.Points < 0m || t.Points > maxPoints))
        {
            problems.Add(new RuleProblem("rule.points", new RuleText("problem.tierMaxPoints")));
        }

        if (tiers.Any(t => t.Min < 0m || (highest is { } limit && t.Min > limit)))
        {
            problems.Add(new RuleProblem("rule.tierRange", highest is { } top ? new RuleText("problem.tierRange", top) : new RuleText("problem.tierNegative")));
        }

        return problems;
    }

    /// <summary>The first tier (best first) the value reaches, or null below the last.</summary>
    public static Tier? Reached(IReadOnlyList<Tier> tiers, decimal value) => tiers.FirstOrDefault(t => value >= t.Min);
}
