using ParIndex.Application.Documents;

namespace ParIndex.Application.Tests.Documents;

/// <summary>Dates and names as the administrative documents print them (Decree 30/2020, Phụ lục I).</summary>
public sealed class OfficialDateTests
{
    [Theory]
    [InlineData(2026, 3, 5, "ngày 05 tháng 3 năm 2026")]
    [InlineData(2020, 1, 5, "ngày 05 tháng 01 năm 2020")]
    [InlineData(2023, 2, 28, "ngày 28 tháng 02 năm 2023")]
    [InlineData(2025, 10, 12, "ngày 12 tháng 10 năm 2025")]
    public void Written_PadsDaysBelowTenAndOnlyJanuaryAndFebruary(int year, int month, int day, string expected) =>
        Assert.Equal(expected, OfficialDate.Written(new DateOnly(year, month, day)));

    [Fact]
    public void WrittenTime_IsInVietnamsTime() =>
        Assert.Equal("07 giờ 05 ngày 01 tháng 01 năm 2027", OfficialDate.WrittenTime(new DateTime(2027, 1, 1, 0, 5, 0, DateTimeKind.Utc)));

    [Fact]
    public void Issuers_FromThePortalsProvince_DropTheRemarkAndNameEveryBody()
    {
        var issuers = DocumentIssuers.From(null, "Tỉnh Sông Lam (minh họa)");

        Assert.Equal("Sông Lam", issuers.Place);
        Assert.Equal("UBND TỈNH SÔNG LAM", issuers.CommitteeAsParent);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH SÔNG LAM", issuers.CommitteeUpper);
        Assert.Equal("SỞ NỘI VỤ", issuers.DepartmentUpper);
        Assert.Equal("Chủ tịch Ủy ban nhân dân tỉnh Sông Lam", issuers.DecisionIssuer);
        Assert.Equal("Sông Lam, ngày 05 tháng 3 năm 2026", issuers.PlaceAndDate(new DateOnly(2026, 3, 5), 2026));
        Assert.Equal("Sông Lam, ngày … tháng … năm 2026", issuers.PlaceAndDate(null, 2026));
    }

    [Fact]
    public void Issuers_Configured_WinOverThePortalAndACommitteeDecidesAsABody()
    {
        var issuers = DocumentIssuers.From(
            new DocumentOptions { ProvinceName = "Thành phố Hải Cảng", Place = "Hải Cảng", DecisionAuthority = "Ủy ban nhân dân" }, "Tỉnh Sông Lam");

        Assert.Equal("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI CẢNG", issuers.CommitteeUpper);
        Assert.False(issuers.DecidedByChair);
        Assert.Equal("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI CẢNG", issuers.DecisionAuthorityLine);
    }

    [Fact]
    public void Issuers_WithoutAProvince_LeaveDotsToFillIn()
    {
        var issuers = DocumentIssuers.From(new DocumentOptions(), null);

        Assert.Equal("UBND TỈNH ……", issuers.CommitteeAsParent);
        Assert.Equal("……", issuers.Place);
    }
}
