using System.Globalization;
using ParIndex.Domain.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;

namespace ParIndex.Domain.Tests.Frameworks;

public sealed class FrameworkTests
{
    [Fact]
    public void AddNode_ThreeLevelTree_LeavesAreNodesWithoutChildrenInOrder()
    {
        var framework = NewFramework();
        var domain = framework.AddNode(null, NodeLevel.Domain, "A", "Công tác chỉ đạo, điều hành", 14.50m);
        var criterion = framework.AddNode(domain, NodeLevel.Criterion, "A1", "Kế hoạch CCHC", 4.25m);
        var sub1 = framework.AddNode(criterion, NodeLevel.SubCriterion, "A1.1", "Ban hành kịp thời", 2.75m);
        var sub2 = framework.AddNode(criterion, NodeLevel.SubCriterion, "A1.2", "Hoàn thành kế hoạch", 1.50m);
        var criterion2 = framework.AddNode(domain, NodeLevel.Criterion, "A2", "Báo cáo CCHC", 10.25m);

        Assert.Equal([sub1.Id, sub2.Id, criterion2.Id], framework.Leaves().Select(n => n.Id));
        Assert.Equal((domain.Id, (Guid?)criterion.Id), (criterion.ParentId!.Value, sub1.ParentId));
        Assert.Equal([1, 2, 3, 4, 5], framework.Nodes.Select(n => n.SortOrder));
    }

    [Fact]
    public void AddNode_DecimalMaxPoints_AreKeptExactly()
    {
        var framework = NewFramework();
        var domain = framework.AddNode(null, NodeLevel.Domain, "A", "Lĩnh vực A", 14.50m);
        framework.AddNode(domain, NodeLevel.Criterion, "A1", "Tiêu chí 1", 0.1m);
        framework.AddNode(domain, NodeLevel.Criterion, "A2", "Tiêu chí 2", 0.2m);
        framework.AddNode(domain, NodeLevel.Criterion, "A3", "Tiêu chí 3", 14.20m);

        Assert.Equal("14.50", domain.MaxPoints.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(domain.MaxPoints, framework.Leaves().Sum(n => n.MaxPoints));
    }

    [Fact]
    public void AddNode_CodeAlreadyUsedInAnotherCase_IsRefused()
    {
        var framework = NewFramework();
        framework.AddNode(null, NodeLevel.Domain, "A1", "Lĩnh vực", 10m);

        var error = Assert.Throws<DomainException>(() => framework.AddNode(null, NodeLevel.Domain, " a1 ", "Khác", 5m));

        Assert.Equal("framework.duplicateCode", error.Code);
        Assert.Single(framework.Nodes);
    }

    [Fact]
    public void AddNode_ParentFromAnotherFramework_IsRefused()
    {
        var foreignParent = NewFramework().AddNode(null, NodeLevel.Domain, "A", "Lĩnh vực", 10m);
        var framework = NewFramework();

        var error = Assert.Throws<DomainException>(() => framework.AddNode(foreignParent, NodeLevel.Criterion, "A1", "Tiêu chí", 5m));

        Assert.Equal("framework.foreignParent", error.Code);
    }

    [Fact]
    public void AddNode_NegativeMaxPoints_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => NewFramework().AddNode(null, NodeLevel.Domain, "A", "Lĩnh vực", -0.5m));

        Assert.Equal("node.maxPoints", error.Code);
    }

    [Fact]
    public void AddNodeAndSetCaps_FrameworkInUse_AreRefusedSoPublishedScoresStayReproducible()
    {
        var framework = NewFramework();
        framework.AddNode(null, NodeLevel.Domain, "A", "Lĩnh vực", 10m);
        framework.MarkInUse();

        var add = Assert.Throws<DomainException>(() => framework.AddNode(null, NodeLevel.Domain, "B", "Lĩnh vực B", 5m));
        var caps = Assert.Throws<DomainException>(() => framework.SetCaps(5m, 5m));

        Assert.Equal(("framework.inUse", "framework.inUse"), (add.Code, caps.Code));
        Assert.Equal((FrameworkState.InUse, 1), (framework.State, framework.Nodes.Count));
    }

    [Fact]
    public void SetCaps_Negative_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => NewFramework().SetCaps(-1m, 0m));

        Assert.Equal("framework.caps", error.Code);
    }

    [Fact]
    public void New_VersionZero_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() =>
            new Framework("CCHC-SO", "Bộ chỉ số", BlockKind.Department, 0, "876/QĐ-BNV", isIllustrative: true));

        Assert.Equal("framework.version", error.Code);
    }

    [Fact]
    public void AppliesTo_UnrestrictedOrRestrictedNode_FollowsTheRestriction()
    {
        var framework = NewFramework();
        var open = framework.AddNode(null, NodeLevel.Domain, "A", "Lĩnh vực A", 10m);
        var restricted = framework.AddNode(null, NodeLevel.Domain, "B", "Lĩnh vực B", 10m);

        restricted.RestrictTo([BlockKind.CommuneWard, BlockKind.CommuneWard]);

        Assert.True(open.AppliesTo(BlockKind.VerticalAgency));
        Assert.True(restricted.AppliesTo(BlockKind.CommuneWard));
        Assert.False(restricted.AppliesTo(BlockKind.Department));
        Assert.Single(restricted.ApplicableBlockKinds);
    }

    private static Framework NewFramework() =>
        new("CCHC-SO", "Bộ chỉ số CCHC cấp sở", BlockKind.Department, 1, "876/QĐ-BNV", isIllustrative: true);
}
