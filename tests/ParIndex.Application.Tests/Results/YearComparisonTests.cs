using ParIndex.Application.Results;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Results;

/// <summary>The rules for comparing across a merger (docs/methodology.md), on their own.</summary>
public sealed class YearComparisonTests
{
    private const string Departments = "SO";
    private const string Communes = "XP";
    private static readonly Guid Block = Guid.CreateVersion7();

    private readonly Unit _ethnic = new("BDT", "Ban Dân tộc tỉnh", Block);
    private readonly Unit _ethnicReligion = new("SDTTG", "Sở Dân tộc và Tôn giáo", Block);
    private readonly Unit _labour = new("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", Block);
    private readonly Unit _home = new("SNV", "Sở Nội vụ", Block);
    private readonly Unit _loi = new("XHUNGLOI", "Xã Hưng Lợi", Block);
    private readonly Unit _trung = new("XHUNGTRUNG", "Xã Hưng Trung", Block);
    private readonly Unit _nguyen = new("XHUNGNGUYEN", "Xã Hưng Nguyên", Block);
    private UnitMerge[]? _merges;

    [Fact]
    public void OnePredecessor_CarriesItsIndexAndRank()
    {
        var change = Comparison().Of(_ethnicReligion.Id, Departments, ranked: true);

        Assert.Equal((77.56m, (int?)20, (int?)8), (change.PreviousIndex, change.PreviousRank, change.RankChange(12)));
        Assert.Equal(["Ban Dân tộc tỉnh"], change.MergedFrom);
        Assert.False(change.IsNewlyMerged);
    }

    [Fact]
    public void UnitThatAbsorbedAnother_ComparesWithItsOwnResult_AndNamesTheAbsorbed()
    {
        var change = Comparison().Of(_home.Id, Departments, ranked: true);

        Assert.Equal((93.74m, (int?)1), (change.PreviousIndex, change.PreviousRank));
        Assert.Equal(["Sở Lao động - Thương binh và Xã hội"], change.MergedFrom);
    }

    [Fact]
    public void SeveralPredecessors_NewlyMerged_TheirResultsSideBySide_NoRankChange()
    {
        var change = Comparison().Of(_nguyen.Id, Communes, ranked: true);

        Assert.True(change.IsNewlyMerged);
        Assert.Null(change.PreviousIndex);
        Assert.Null(change.RankChange(26));
        Assert.Equal([("XHUNGLOI", 87.1m, (int?)6), ("XHUNGTRUNG", 85.99m, 13)], change.NewlyMergedFrom.Select(p => (p.Code, p.Index, p.Rank)));
    }

    [Fact]
    public void RankFromAnotherBlock_IsNeverCompared()
    {
        var change = Comparison().Of(_ethnicReligion.Id, Communes, ranked: true);

        Assert.Equal((77.56m, (int?)null), (change.PreviousIndex, change.PreviousRank));
    }

    [Fact]
    public void MergeAfterTheYear_IsNotFollowed()
    {
        var change = Comparison(year: 2024, previousYear: 2023).Of(_ethnicReligion.Id, Departments, ranked: true);

        Assert.Equal(YearChange.None, change with { MergedFrom = [] });
        Assert.Empty(change.MergedFrom);
    }

    [Fact]
    public void BlockWhoseUnitsChanged_GetsTheCaveat_AnUnchangedOneDoesNot()
    {
        var comparison = Comparison();

        Assert.Equal(new MembershipChange(2024, 3, 1), comparison.MembershipOf(Communes, [_nguyen.Id]));
        Assert.Null(comparison.MembershipOf(Departments, [_ethnic.Id, _labour.Id, _home.Id]));
        Assert.Null(Comparison(year: 2025, previousYear: null).MembershipOf(Communes, [_nguyen.Id]));
    }

    private YearComparison Comparison(int year = 2025, int? previousYear = 2024)
    {
        var reform = new DateOnly(2025, 7, 1);
        var merges = _merges ??=
        [
            _ethnic.MergeInto(_ethnicReligion, new DateOnly(2025, 3, 1), "1/NQ"), _labour.MergeInto(_home, new DateOnly(2025, 3, 1), "1/NQ"),
            _loi.MergeInto(_nguyen, reform, "1656/NQ-UBTVQH15"), _trung.MergeInto(_nguyen, reform, "1656/NQ-UBTVQH15"),
        ];
        Unit[] units = [_ethnic, _ethnicReligion, _labour, _home, _loi, _trung, _nguyen];
        var lineage = UnitLineage.Of(merges, units.Select(u => new LineageUnit(u.Id, u.Code, u.Name)));
        YearResult[] previous =
        [
            new(_ethnic.Id, "BDT", _ethnic.Name, Departments, 77.56m, 20), new(_labour.Id, "SLDTBXH", _labour.Name, Departments, 80m, 15),
            new(_home.Id, "SNV", _home.Name, Departments, 93.74m, 1), new(_loi.Id, "XHUNGLOI", _loi.Name, Communes, 87.1m, 6),
            new(_trung.Id, "XHUNGTRUNG", _trung.Name, Communes, 85.99m, 13), new(Guid.CreateVersion7(), "XKHAC", "Xã Khác", Communes, 70m, 30),
        ];
        return new YearComparison(lineage, year, previousYear, previous);
    }
}
