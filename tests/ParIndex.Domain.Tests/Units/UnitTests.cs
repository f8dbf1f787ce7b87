using ParIndex.Domain.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Domain.Tests.Units;

public sealed class UnitTests
{
    private static readonly DateOnly ReformDate = new(2025, 7, 1);
    private static readonly Guid CommuneBlock = Guid.NewGuid();

    [Fact]
    public void MergeInto_ActiveUnits_ClosesPredecessorAndRecordsSuccession()
    {
        var predecessor = new Unit("XA-DH", "UBND xã Đông Hải", CommuneBlock);
        var successor = new Unit("PH-DS", "UBND phường Đông Sơn", CommuneBlock);

        var merge = predecessor.MergeInto(successor, ReformDate, " 1686/NQ-UBTVQH15 ");

        Assert.Equal((false, (Guid?)successor.Id, (DateOnly?)ReformDate),
            (predecessor.IsActive, predecessor.MergedIntoUnitId, predecessor.ClosedOn));
        Assert.Equal((predecessor.Id, successor.Id, ReformDate, "1686/NQ-UBTVQH15"),
            (merge.PredecessorUnitId, merge.SuccessorUnitId, merge.EffectiveOn, merge.DecisionReference));
        Assert.True(successor.IsActive);
    }

    [Fact]
    public void MergeInto_Merged_KeepsPredecessorIdentityForItsHistory()
    {
        var predecessor = new Unit("XA-DH", "UBND xã Đông Hải", CommuneBlock, "Đông Hải");
        var id = predecessor.Id;

        predecessor.MergeInto(new Unit("PH-DS", "UBND phường Đông Sơn", CommuneBlock), ReformDate, null);

        Assert.Equal((id, "XA-DH", "UBND xã Đông Hải", "Đông Hải", CommuneBlock),
            (predecessor.Id, predecessor.Code, predecessor.Name, predecessor.ShortName, predecessor.BlockId));
    }

    [Fact]
    public void RenameAndMove_MergedUnit_AreRefusedAsInactive()
    {
        var predecessor = new Unit("XA-DH", "UBND xã Đông Hải", CommuneBlock);
        predecessor.MergeInto(new Unit("PH-DS", "UBND phường Đông Sơn", CommuneBlock), ReformDate, null);

        var rename = Assert.Throws<DomainException>(() => predecessor.Rename("Tên mới", null));
        var move = Assert.Throws<DomainException>(() => predecessor.MoveToBlock(Guid.NewGuid()));

        Assert.Equal(("unit.inactive", "unit.inactive"), (rename.Code, move.Code));
        Assert.Equal(("UBND xã Đông Hải", CommuneBlock), (predecessor.Name, predecessor.BlockId));
    }

    [Fact]
    public void MergeInto_AlreadyMergedUnit_IsRefusedAsInactive()
    {
        var predecessor = new Unit("XA-DH", "UBND xã Đông Hải", CommuneBlock);
        var first = new Unit("PH-DS", "UBND phường Đông Sơn", CommuneBlock);
        predecessor.MergeInto(first, ReformDate, null);

        var error = Assert.Throws<DomainException>(() =>
            predecessor.MergeInto(new Unit("PH-X", "UBND phường X", CommuneBlock), ReformDate, null));

        Assert.Equal("unit.inactive", error.Code);
        Assert.Equal(first.Id, predecessor.MergedIntoUnitId);
    }

    [Fact]
    public void MergeInto_Itself_IsRefused()
    {
        var unit = new Unit("XA-DH", "UBND xã Đông Hải", CommuneBlock);

        var error = Assert.Throws<DomainException>(() => unit.MergeInto(unit, ReformDate, null));

        Assert.Equal("unit.mergeSelf", error.Code);
        Assert.True(unit.IsActive);
    }

    [Fact]
    public void MergeInto_InactiveSuccessor_IsRefused()
    {
        var closed = new Unit("PH-DS", "UBND phường Đông Sơn", CommuneBlock);
        closed.MergeInto(new Unit("PH-Y", "UBND phường Y", CommuneBlock), ReformDate, null);
        var unit = new Unit("XA-DH", "UBND xã Đông Hải", CommuneBlock);

        var error = Assert.Throws<DomainException>(() => unit.MergeInto(closed, ReformDate, null));

        Assert.Equal("unit.mergeIntoInactive", error.Code);
        Assert.True(unit.IsActive);
    }

    [Fact]
    public void Rename_ActiveUnit_TrimsAndClearsBlankShortName()
    {
        var unit = new Unit("SO-NV", "Sở Nội vụ", Guid.NewGuid(), "SNV");

        unit.Rename("  Sở Nội vụ tỉnh Sông Lam ", "  ");

        Assert.Equal(("Sở Nội vụ tỉnh Sông Lam", (string?)null), (unit.Name, unit.ShortName));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void New_BlankName_IsRefusedWithFieldCode(string name)
    {
        var error = Assert.Throws<DomainException>(() => new Unit("X", name, CommuneBlock));

        Assert.Equal("unit.name", error.Code);
    }

    [Fact]
    public void New_VerticalAgencyBlock_IsClassifiedButNotRanked()
    {
        var block = new Block("NGANH-DOC", "Cơ quan ngành dọc", "Vertical agencies", BlockKind.VerticalAgency, isRanked: false, 4);

        Assert.Equal((BlockKind.VerticalAgency, false), (block.Kind, block.IsRanked));
    }
}
