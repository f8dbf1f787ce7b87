namespace ParIndex.Domain.Frameworks;

/// <summary>
/// The checks an administrator sees live while editing a framework, and that a period requires before using it:
/// unique codes, levels that nest, children that add up to their parent's maximum.
/// </summary>
public static class FrameworkChecks
{
    public const string DuplicateCode = "node.duplicateCode";
    public const string ChildrenSum = "node.childrenSum";
    public const string LevelOrder = "node.levelOrder";
    public const string EmptyLeaf = "node.emptyLeaf";
    public const string Total = "framework.total";
    public const string NoLeaves = "framework.noLeaves";

    public const decimal ExpectedTotal = 100m;

    public static IReadOnlyList<FrameworkIssue> Check(Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var issues = new List<FrameworkIssue>();
        var nodes = framework.Nodes;
        var children = nodes.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value);

        foreach (var duplicate in nodes.GroupBy(n => n.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            issues.Add(new FrameworkIssue(duplicate.Key, DuplicateCode, FrameworkIssueSeverity.Error));
        }

        foreach (var node in nodes)
        {
            var kids = children[node.Id].Where(c => !IsOutsideTheTree(c)).ToList();
            if (node.ParentId is { } parentId && nodes.FirstOrDefault(n => n.Id == parentId) is { } parent && node.Level <= parent.Level)
            {
                issues.Add(new FrameworkIssue(node.Code, LevelOrder, FrameworkIssueSeverity.Error, Detail: parent.Code));
            }

            if (kids.Count > 0)
            {
                var sum = kids.Sum(c => c.MaxPoints);
                if (sum != node.MaxPoints)
                {
                    issues.Add(new FrameworkIssue(node.Code, ChildrenSum, FrameworkIssueSeverity.Error, node.MaxPoints, sum));
                }
            }
            else if (!children[node.Id].Any() && node.MaxPoints == 0m && !IsOutsideTheTree(node))
            {
                issues.Add(new FrameworkIssue(node.Code, EmptyLeaf, FrameworkIssueSeverity.Warning));
            }
        }

        foreach (var leaf in framework.Leaves())
        {
            issues.AddRange(RuleIssues(leaf));
        }

        var roots = nodes.Where(n => n.ParentId is null && !IsOutsideTheTree(n)).ToList();
        if (roots.Count == 0)
        {
            issues.Add(new FrameworkIssue(null, NoLeaves, FrameworkIssueSeverity.Error));
        }
        else if (roots.Sum(r => r.MaxPoints) is var total && total != ExpectedTotal)
        {
            issues.Add(new FrameworkIssue(null, Total, FrameworkIssueSeverity.Warning, ExpectedTotal, total));
        }

        return issues;
    }

    private static IEnumerable<FrameworkIssue> RuleIssues(FrameworkNode leaf)
    {
        Scoring.Rules.ScoringRule rule;
        try
        {
            rule = Scoring.Rules.ScoringRule.Parse(leaf.RuleType, leaf.RuleParameters);
        }
        catch (Common.DomainException)
        {
            return [new FrameworkIssue(leaf.Code, "rule.parameters", FrameworkIssueSeverity.Error, Problem: new Scoring.Rules.RuleText("problem.parametersJson"))];
        }

        return rule.Check(leaf.MaxPoints).Select(p => new FrameworkIssue(leaf.Code, p.Code, FrameworkIssueSeverity.Error, Problem: p.Text));
    }

    /// <summary>Bonus and deduction sit beside the tree: they are capped per framework, not part of the 100 points.</summary>
    public static bool IsOutsideTheTree(FrameworkNode node) =>
        node.RuleType is RuleType.Bonus or RuleType.Deduction;
}
