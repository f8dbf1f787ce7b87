using ParIndex.Domain.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;

namespace ParIndex.Domain.Tests.Frameworks;

public sealed class FrameworkEditingTests
{
    [Fact]
    public void UpdateNode_CodeOfAnotherNode_IsRefusedAndNothingChanges()
    {
        var (framework, domain, leaf) = Sample();

        var error = Assert.Throws<DomainException>(() => framework.UpdateNode(leaf.Id, "d1", "Trùng", 1m));

        Assert.Equal("framework.duplicateCode", error.Code);
        Assert.Equal(("D1.1", 14.5m), (leaf.Code, leaf.MaxPoints));
        framework.UpdateNode(domain.Id, "D1", "Cải cách TTHC", 20m);
        Assert.Equal(("Cải cách TTHC", 20m), (domain.Title, domain.MaxPoints));
    }

    [Fact]
    public void RemoveNode_Domain_RemovesItsWholeSubtree()
    {
        var (framework, domain, _) = Sample();
        var other = framework.AddNode(null, NodeLevel.Domain, "D2", "Khác", 85.5m);

        framework.RemoveNode(domain.Id);

        Assert.Equal([other.Id], framework.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void CopyAsDraft_UsedFramework_GivesAnIndependentDraftWithTheSameTreeAndRules()
    {
        var (framework, _, leaf) = Sample();
        leaf.SetRule(AssessmentMethod.External, RuleType.PercentTiers, """{"tiers":[{"min":98,"points":14.5}]}""", WhenNothingToCount.Excluded);
        leaf.RestrictTo([BlockKind.Department]);
        framework.SetCaps(2m, 5m);
        framework.MarkInUse();

        var copy = framework.CopyAsDraft("SO-2027", 2, "Bộ chỉ số 2027", "QĐ mới");

        Assert.Equal(FrameworkState.Draft, copy.State);
        Assert.Equal((2m, 5m), (copy.BonusCap, copy.DeductionCap));
        var copiedLeaf = copy.Nodes.Single(n => n.Code == "D1.1");
        var copiedDomain = copy.Nodes.Single(n => n.Code == "D1");
        Assert.Equal(copiedDomain.Id, copiedLeaf.ParentId);
        Assert.NotEqual(leaf.Id, copiedLeaf.Id);
        Assert.Equal((14.5m, RuleType.PercentTiers, WhenNothingToCount.Excluded, leaf.RuleParameters), (copiedLeaf.MaxPoints, copiedLeaf.RuleType, copiedLeaf.WhenNothingToCount, copiedLeaf.RuleParameters));
        Assert.Equal([BlockKind.Department], copiedLeaf.ApplicableBlockKinds);
        copy.UpdateNode(copiedLeaf.Id, "D1.1", "Đổi trong bản mới", 14.5m);
        Assert.Equal("Tỷ lệ hồ sơ đúng hạn", leaf.Title);
        Assert.Throws<DomainException>(() => framework.UpdateNode(leaf.Id, "D1.1", "Không được", 1m));
    }

    private static (Framework Framework, FrameworkNode Domain, FrameworkNode Leaf) Sample()
    {
        var framework = new Framework("SO-2026", "Bộ chỉ số 2026", BlockKind.Department, 1, "QĐ cũ", isIllustrative: false);
        var domain = framework.AddNode(null, NodeLevel.Domain, "D1", "Thủ tục hành chính", 14.5m);
        var leaf = framework.AddNode(domain, NodeLevel.Criterion, "D1.1", "Tỷ lệ hồ sơ đúng hạn", 14.5m);
        return (framework, domain, leaf);
    }
}
