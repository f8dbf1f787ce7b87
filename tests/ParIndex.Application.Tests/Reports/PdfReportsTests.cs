using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Application.Publication;
using ParIndex.Application.Reports;
using ParIndex.Application.Results;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Tests.Seeding;
using ParIndex.Domain.Periods;
using Xunit.Abstractions;

namespace ParIndex.Application.Tests.Reports;

/// <summary>
/// The three reports from the demo province (real SQLite, the demo's published years and its open year): what they
/// say, who may have them. Set PARINDEX_REPORTS_OUT to a folder to keep the PDFs for a look (docs/performance.md).
/// </summary>
public sealed class PdfReportsTests(SeededDatabaseFixture fixture, ITestOutputHelper output) : IClassFixture<SeededDatabaseFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task RankingAnnex_PublishedYear_ListsEveryBlockWithTitleAndStampOnEveryPage()
    {
        var period = await LatestPublishedAsync();
        var staff = await StaffOfAnyUnitAsync();

        var file = await AnnexHandler(staff).HandleAsync(new ExportRankingAnnexPdf(period.Id, "https://cchc.example.vn"), Ct);

        Keep(file);
        Assert.True(PdfText.StartsLikePdf(file.Content));
        Assert.Equal($"Phụ lục kết quả Chỉ số CCHC năm {period.Year}.pdf", file.FileName);
        var pages = PdfText.Pages(file.Content);
        if (pages is null)
        {
            output.WriteLine(PdfText.Missing);
            return;
        }

        Assert.Equal(PdfText.PageCount(file.Content), pages.Count);
        Assert.Contains($"KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {period.Year}", Flat(pages[0]), StringComparison.Ordinal);
        var stamp = await StampAsync(period.Id);
        foreach (var page in pages)
        {
            // The footer wraps where it must, so the label and the hash are looked for apart.
            Assert.Contains(stamp is null ? "Chưa công bố — bản xem trước" : "Mã kiểm tra SHA-256:", Flat(page), StringComparison.Ordinal);
            Assert.Contains(stamp?.Sha256 ?? "Lập lúc", Flat(page), StringComparison.Ordinal);
        }

        await using var db = fixture.CreateDb();
        // The shortest name: a long one wraps inside its cell, and the text extraction interleaves it with the next columns.
        var unitWithResult = await db.Assessments.Where(a => a.PeriodId == period.Id && a.FinalIndex != null)
            .Join(db.Units, a => a.UnitId, u => u.Id, (a, u) => u.Name).OrderBy(n => n.Length).ThenBy(n => n).FirstAsync();
        Assert.Contains(unitWithResult, Flat(string.Concat(pages)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scorecard_OwnUnitsStaff_GetsCriteriaWithSelfAndAppraisedPointsAndWhatToFixFirst()
    {
        var (period, unitId) = await PublishedUnitWithLossesAsync();
        var staff = Staff(unitId);

        var file = await ScorecardHandler(staff).HandleAsync(new ExportScorecardPdf(period.Id, unitId), Ct);

        Keep(file);
        Assert.True(PdfText.StartsLikePdf(file.Content));
        var card = await new GetUnitScorecardHandler(DbFactory, staff, TimeProvider.System).HandleAsync(new GetUnitScorecard(period.Id, unitId), Ct);
        Assert.StartsWith($"Phiếu kết quả Chỉ số CCHC năm {period.Year} - ", file.FileName, StringComparison.Ordinal);
        var pages = PdfText.Pages(file.Content);
        if (pages is null)
        {
            output.WriteLine(PdfText.Missing);
            return;
        }

        var text = Flat(string.Concat(pages));
        Assert.Contains(card.UnitName, text, StringComparison.Ordinal);
        Assert.Contains("CẦN KHẮC PHỤC TRƯỚC", text, StringComparison.Ordinal);
        Assert.Contains("Tự chấm", text, StringComparison.Ordinal);
        var biggest = card.Score!.Losses.First();
        Assert.Contains(biggest.Code, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scorecard_AnotherUnitsStaffBeforePublication_IsRefused()
    {
        var open = await OpenPeriodAsync();
        await using var db = fixture.CreateDb();
        var units = await db.Assessments.Where(a => a.PeriodId == open.Id).Select(a => a.UnitId).Take(2).ToListAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => ScorecardHandler(Staff(units[1])).HandleAsync(new ExportScorecardPdf(open.Id, units[0]), Ct));
        var own = await ScorecardHandler(Staff(units[0])).HandleAsync(new ExportScorecardPdf(open.Id, units[0]), Ct);
        Assert.True(PdfText.StartsLikePdf(own.Content));
    }

    [Fact]
    public async Task AnnexAndSummary_BeforePublication_AreRefusedToAgencyStaffAndReadByInspectorsAsDrafts()
    {
        var open = await OpenPeriodAsync();
        var staff = await StaffOfAnyUnitAsync();
        var inspector = new FakeCurrentUser { IsAuthenticated = true, UserId = Guid.CreateVersion7(), Roles = [Roles.Inspector] };

        await Assert.ThrowsAsync<AccessDeniedException>(() => AnnexHandler(staff).HandleAsync(new ExportRankingAnnexPdf(open.Id), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => SummaryHandler(staff).HandleAsync(new ExportLeaderSummaryPdf(open.Id), Ct));
        var summary = await SummaryHandler(inspector).HandleAsync(new ExportLeaderSummaryPdf(open.Id), Ct);

        Assert.True(PdfText.StartsLikePdf(summary.Content));
        var pages = PdfText.Pages(summary.Content);
        if (pages is null)
        {
            output.WriteLine(PdfText.Missing);
            return;
        }

        Assert.Contains("Chưa công bố — bản xem trước", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeaderSummary_PublishedYear_FitsTwoPagesWithClassesTopBottomAndMovers()
    {
        var period = await LatestPublishedAsync();
        var leader = new FakeCurrentUser { IsAuthenticated = true, UserId = Guid.CreateVersion7(), Roles = [Roles.Leader] };

        var file = await SummaryHandler(leader).HandleAsync(new ExportLeaderSummaryPdf(period.Id), Ct);

        Keep(file);
        Assert.InRange(PdfText.PageCount(file.Content), 1, 2);
        var pages = PdfText.Pages(file.Content);
        if (pages is null)
        {
            output.WriteLine(PdfText.Missing);
            return;
        }

        var text = Flat(string.Concat(pages));
        Assert.Contains($"Tóm tắt kết quả Chỉ số cải cách hành chính năm {period.Year}", text, StringComparison.Ordinal);
        Assert.Contains("Xếp loại theo khối", text, StringComparison.Ordinal);
        Assert.Contains("dẫn đầu", text, StringComparison.Ordinal);
    }

    private IParIndexDbFactory DbFactory => fixture.Services.GetRequiredService<IParIndexDbFactory>();

    private IPdfReports Reports => fixture.Services.GetRequiredService<IPdfReports>();

    private ExportRankingAnnexPdfHandler AnnexHandler(ICurrentUser user) =>
        new(DbFactory, user, TimeProvider.System, new GetBlockRankingHandler(DbFactory, user, TimeProvider.System), Reports);

    private ExportLeaderSummaryPdfHandler SummaryHandler(ICurrentUser user) =>
        new(DbFactory, user, TimeProvider.System, new GetBlockRankingHandler(DbFactory, user, TimeProvider.System), Reports);

    private ExportScorecardPdfHandler ScorecardHandler(ICurrentUser user) =>
        new(DbFactory, user, TimeProvider.System, new GetUnitScorecardHandler(DbFactory, user, TimeProvider.System),
            new GetBlockRankingHandler(DbFactory, user, TimeProvider.System), Reports);

    private static FakeCurrentUser Staff(Guid unitId) =>
        new() { IsAuthenticated = true, UserId = Guid.CreateVersion7(), UserName = "canbo", Roles = [Roles.AgencyStaff], UnitId = unitId };

    private async Task<FakeCurrentUser> StaffOfAnyUnitAsync()
    {
        await using var db = fixture.CreateDb();
        return Staff(await db.Units.Select(u => u.Id).FirstAsync());
    }

    private async Task<EvaluationPeriod> LatestPublishedAsync()
    {
        await using var db = fixture.CreateDb();
        return await db.Periods.AsNoTracking().Where(p => p.State == PeriodState.Published).OrderByDescending(p => p.Year).FirstAsync();
    }

    private async Task<EvaluationPeriod> OpenPeriodAsync()
    {
        await using var db = fixture.CreateDb();
        return await db.Periods.AsNoTracking().Where(p => p.State != PeriodState.Published && p.State != PeriodState.Archived).OrderByDescending(p => p.Year).FirstAsync();
    }

    /// <summary>A unit of the latest published year whose scorecard has lost points (the demo story has several).</summary>
    private async Task<(EvaluationPeriod Period, Guid UnitId)> PublishedUnitWithLossesAsync()
    {
        var period = await LatestPublishedAsync();
        await using var db = fixture.CreateDb();
        var unitId = await db.Assessments.Where(a => a.PeriodId == period.Id && a.FinalIndex != null && a.FinalIndex < 95m && a.Responses.Any())
            .OrderBy(a => a.FinalIndex).Select(a => a.UnitId).FirstAsync();
        return (period, unitId);
    }

    private async Task<PublicationStamp?> StampAsync(Guid periodId)
    {
        await using var db = await DbFactory.CreateAsync(Ct);
        return await PublicationStamps.ForPeriodAsync(db, periodId, Ct);
    }

    /// <summary>pdftotext -layout wraps and pads: compare with single spaces, NFC.</summary>
    private static string Flat(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private void Keep(ExportedDocument file)
    {
        if (Environment.GetEnvironmentVariable("PARINDEX_REPORTS_OUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, file.FileName);
            File.WriteAllBytes(path, file.Content);
            output.WriteLine($"Wrote {path}");
        }
    }
}
