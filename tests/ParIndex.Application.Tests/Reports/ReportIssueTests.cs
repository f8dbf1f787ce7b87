using ParIndex.Application.Publication;
using ParIndex.Application.Reports;

namespace ParIndex.Application.Tests.Reports;

/// <summary>The verification address printed on a report: absolute on the portal's address, never a file path.</summary>
public sealed class ReportIssueTests
{
    private static readonly PublicationStamp Stamp = new(Guid.Parse("01a20884-8211-7da6-b0d1-20004faaddee"), 1, "405/QĐ-UBND",
        new DateOnly(2026, 3, 10), "Chủ tịch UBND tỉnh", new DateTime(2026, 3, 10, 2, 0, 0, DateTimeKind.Utc), new string('a', 64),
        "/public/verify/01a20884-8211-7da6-b0d1-20004faaddee");

    [Theory]
    [InlineData("https://cchc.tinh.gov.vn", "https://cchc.tinh.gov.vn/public/verify/01a20884-8211-7da6-b0d1-20004faaddee")]
    [InlineData("https://cchc.tinh.gov.vn/portal/", "https://cchc.tinh.gov.vn/portal/public/verify/01a20884-8211-7da6-b0d1-20004faaddee")]
    [InlineData(null, "/public/verify/01a20884-8211-7da6-b0d1-20004faaddee")]
    [InlineData("", "/public/verify/01a20884-8211-7da6-b0d1-20004faaddee")]
    public void VerifyUrl_IsThePortalsAddressOrThePathAlone(string? siteUrl, string expected)
    {
        var issue = ReportIssue.Of(Stamp, siteUrl, DateTime.UtcNow);

        Assert.Equal(expected, issue.VerifyUrl);
    }

    [Fact]
    public void Unpublished_IsADraftWithoutAddress()
    {
        var issue = ReportIssue.Of(null, "https://cchc.tinh.gov.vn", DateTime.UtcNow);

        Assert.False(issue.IsPublished);
        Assert.Null(issue.VerifyUrl);
    }
}
