using ParIndex.Application.Auditing;
using ParIndex.Application.Publication;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Tests.Localization;

/// <summary>
/// The integrity checks (audit chain, publications) report in the reader's language with the reader's figures: the
/// reports are computed at each check and never stored, so only what they read is hashed, not what they say.
/// </summary>
public sealed class IntegrityReportWordingTests
{
    private static readonly DateTime At = new(2026, 3, 10, 8, 5, 0, DateTimeKind.Utc);

    [Fact]
    public void AuditChainProblem_ReadsInEnglish_AndInVietnamese()
    {
        Assert.Equal("Rows 4–5 (up to \"period.published\" at 2026-03-10 08:05:00 UTC) were deleted from the database; the portal found it when writing again after row 3.",
            ReaderCulture.In("en-US", () => AuditChainMessages.RowsDeleted(4, 5, "period.published", At, 3)));
        Assert.Equal("Thiếu các dòng số 4–5.", ReaderCulture.In("vi-VN", () => AuditChainMessages.RowsMissing(4, 5)));
    }

    [Fact]
    public void PublicationProblem_NamesTheClassAndTheBand_InTheReadersWords()
    {
        Assert.Equal("Sở Y tế: the published index 60.00 does not reach the band Excellent (from 90.5 points) of the published class.",
            ReaderCulture.In("en-US", () => VerificationMessages.ClassBelowBand("Sở Y tế", "60.00", Classification.Excellent, 90.5m)));
        Assert.Equal("Sở Y tế: chỉ số đã công bố 60.00 không đạt mức Xuất sắc (từ 90,5 điểm) của xếp loại đã công bố.",
            ReaderCulture.In("vi-VN", () => VerificationMessages.ClassBelowBand("Sở Y tế", "60.00", Classification.Excellent, 90.5m)));
        Assert.Equal("Good", ReaderCulture.In("en-US", () => VerificationMessages.ClassName("Good")));
        Assert.Equal("Tốt", ReaderCulture.In("vi-VN", () => VerificationMessages.ClassName("Good")));
    }
}
