using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>A framework built from a sample table, with each scored node next to the row it came from.</summary>
internal sealed record DemoFramework(Framework Framework, IReadOnlyList<DemoScoredLeaf> Leaves);

/// <summary>A leaf node of a built framework; <paramref name="Path"/> holds its own and its ancestors' codes.</summary>
internal sealed record DemoScoredLeaf(FrameworkNode Node, DemoLeaf Spec, IReadOnlyList<string> Path);

/// <summary>Builds the two sample frameworks of methodology section 4 through the domain API.</summary>
internal static class DemoFrameworks
{
    public const string LegalBasis = "Minh họa theo cấu trúc 876/QĐ-BNV và QĐ 5666/QĐ-UBND (2025)";

    /// <summary>Row 9 of both tables: bonus up to +2, deductions up to −5, kept outside the tree.</summary>
    public const decimal BonusCap = 2m;

    public const decimal DeductionCap = 5m;

    public static DemoFramework Departments() => Build(
        new Framework("DEMO-SBN", "Bộ chỉ số CCHC khối Sở, ban, ngành (minh họa)", BlockKind.Department, 1, LegalBasis, isIllustrative: true),
        DemoFrameworkA.Domains);

    public static DemoFramework CommunesWards() => Build(
        new Framework("DEMO-XP", "Bộ chỉ số CCHC khối UBND xã, phường (minh họa)", BlockKind.CommuneWard, 1, LegalBasis, isIllustrative: true),
        DemoFrameworkB.Domains);

    private static DemoFramework Build(Framework framework, IReadOnlyList<DemoDomain> domains)
    {
        framework.SetCaps(BonusCap, DeductionCap);
        var leaves = new List<DemoScoredLeaf>();
        foreach (var domain in domains)
        {
            var domainNode = framework.AddNode(null, NodeLevel.Domain, domain.Code, domain.Title, domain.Items.Sum(Max));
            domainNode.Describe(domain.TitleEn, null, null);
            foreach (var item in domain.Items)
            {
                switch (item)
                {
                    case DemoLeaf leaf:
                        leaves.Add(AddLeaf(framework, domainNode, NodeLevel.Criterion, leaf, [domain.Code, leaf.Code]));
                        break;
                    case DemoSplit split:
                        var criterion = framework.AddNode(domainNode, NodeLevel.Criterion, split.Code, split.Title, Max(split));
                        criterion.Describe(split.TitleEn, "Tổng điểm các tiêu chí thành phần.", null);
                        leaves.AddRange(split.Parts.Select(part =>
                            AddLeaf(framework, criterion, NodeLevel.SubCriterion, part, [domain.Code, split.Code, part.Code])));
                        break;
                }
            }
        }

        return new DemoFramework(framework, leaves);
    }

    private static DemoScoredLeaf AddLeaf(Framework framework, FrameworkNode parent, NodeLevel level, DemoLeaf leaf, string[] path)
    {
        var node = framework.AddNode(parent, level, leaf.Code, leaf.Title, leaf.Max);
        node.SetRule(leaf.Method, leaf.Rule.Type, leaf.Rule.Parameters(leaf.Max), leaf.WhenNothingToCount);
        node.Describe(leaf.TitleEn, leaf.Guidance, leaf.Evidence);
        return new DemoScoredLeaf(node, leaf, path);
    }

    private static decimal Max(DemoItem item) => item switch
    {
        DemoLeaf leaf => leaf.Max,
        DemoSplit split => split.Parts.Sum(p => p.Max),
        _ => throw new InvalidOperationException($"Unknown item {item.Code}."),
    };
}
