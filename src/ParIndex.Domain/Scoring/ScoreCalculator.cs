using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring;

/// <summary>
/// The index of methodology section 2.3–2.4: Achieved = Σ points of applicable leaves + capped bonus − capped
/// deduction; Index = 100 × Achieved / applicable maximum. Nothing is rounded here.
/// </summary>
public static class ScoreCalculator
{
    public static AssessmentScore Compute(Framework framework, IEnumerable<LeafScore> leaves, bool clampAt100 = true) =>
        Compute(ScoringPlan.For(framework), leaves, clampAt100);

    public static AssessmentScore Compute(ScoringPlan plan, IEnumerable<LeafScore> leaves, bool clampAt100 = true)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(leaves);
        var framework = plan.Framework;
        var domainPoints = new decimal[plan.Domains.Count];
        var domainMax = new decimal[plan.Domains.Count];
        decimal points = 0m, applicableMax = 0m, bonus = 0m, deduction = 0m;
        // A copy, as the caller may reuse its buffer; the explanation lines are made from it only when read (a
        // national period close reads the index of 3,355 units and the lines of none: issue 20).
        var scores = leaves.ToArray();
        foreach (var s in scores)
        {
            if (s.IsNotEvaluated)
            {
                continue;
            }

            var leaf = s.Leaf;
            switch (leaf.RuleType)
            {
                case RuleType.Bonus:
                    bonus += Math.Max(0m, s.Points);
                    continue;
                case RuleType.Deduction:
                    deduction += Math.Max(0m, s.Points);
                    continue;
            }

            var earned = Math.Clamp(s.Points, 0m, leaf.MaxPoints);
            points += earned;
            applicableMax += leaf.MaxPoints;
            if (plan.DomainOf(leaf) is var domain and >= 0)
            {
                domainPoints[domain] += earned;
                domainMax[domain] += leaf.MaxPoints;
            }
        }

        bonus = Math.Min(bonus, framework.BonusCap);
        deduction = Math.Min(deduction, framework.DeductionCap);
        var achieved = points + bonus - deduction;
        var unclamped = applicableMax == 0m ? 0m : 100m * achieved / applicableMax;
        var index = Math.Max(0m, clampAt100 ? Math.Min(100m, unclamped) : unclamped);
        var domains = new DomainScore[domainPoints.Length];
        for (var i = 0; i < domains.Length; i++)
        {
            var d = plan.Domains[i];
            domains[i] = new DomainScore(d.Id, d.Code, d.Title, domainPoints[i], domainMax[i]);
        }

        return new AssessmentScore(achieved, applicableMax, bonus, deduction, index, unclamped, domains, new LeafLines(plan, scores));
    }
}
