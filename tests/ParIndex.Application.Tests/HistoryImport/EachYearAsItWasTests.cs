using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Application.Reports;
using ParIndex.Application.Results;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Tests.Reports;
using ParIndex.Application.Units;
using Xunit.Abstractions;
using static ParIndex.Application.Tests.HistoryImport.PastResultsStory;

namespace ParIndex.Application.Tests.HistoryImport;

/// <summary>
/// Issue 17: a published year's documents show the units with that year's names and structure. A 2025 merge and a later
/// rename never reach the 2017 annex, Excel or ranking; the year the merge happened names it.
/// </summary>
public sealed class EachYearAsItWasTests(TestApp app, ITestOutputHelper output) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task OldYear_AfterA2025MergeAndRename_ShowsItsOwnNamesAndNoLaterMerge()
    {
        var p = await ProvinceAsync(app);
        var (oldNameB, absorbed) = (p.B.Name, p.A.Name);
        await ImportAsync(app, Csv(
            $"2016,{p.A.Code},,80,Tốt,2,40/QĐ-UBND,15/03/2017,{Signer}",
            $"2016,{p.B.Code},,85,Tốt,1,40/QĐ-UBND,15/03/2017,{Signer}",
            $"2016,{p.C.Code},,70,Khá,3,40/QĐ-UBND,15/03/2017,{Signer}",
            $"2017,{p.A.Code},,91.5,Xuất sắc,1,50/QĐ-UBND,15/03/2018,{Signer}",
            $"2017,{p.B.Code},,85.25,Tốt,2,50/QĐ-UBND,15/03/2018,{Signer}",
            $"2017,{p.C.Code},,70,Khá,3,50/QĐ-UBND,15/03/2018,{Signer}"));
        var admin = Roles.Administrator;
        await app.Handler<MergeUnitsHandler>(admin).HandleAsync(
            new MergeUnits(p.A.Id, p.B.Id, new DateOnly(2025, 3, 1), "1/NQ-HĐND", await StampAsync(p.A.Id)), Ct);
        await app.Handler<RenameUnitHandler>(admin).HandleAsync(new RenameUnit(p.B.Id, oldNameB + " mới", null, await StampAsync(p.B.Id)), Ct);
        var period = await PeriodOfAsync(2017);

        var ranking = await app.Handler<GetBlockRankingHandler>(Roles.Leader).HandleAsync(new GetBlockRanking(period.Id, p.Departments.Id), Ct);
        Assert.All(ranking.Rows, r => Assert.Empty(r.MergedFrom));
        Assert.Equal([(p.A.Code, p.A.Name, 91.5m, (int?)1, (int?)2), (p.B.Code, oldNameB, 85.25m, 2, 1), (p.C.Code, p.C.Name, 70m, 3, 3)],
            ranking.Rows.Select(r => (r.Code, r.Name, r.Index, r.Rank, r.PreviousRank)));

        var workbook = await app.Handler<ExportResultsWorkbookHandler>(Roles.Leader).HandleAsync(new ExportResultsWorkbook(period.Id), Ct);
        using (var sheet = SpreadsheetDocument.Open(new MemoryStream(workbook.Content), false))
        {
            var text = string.Concat(sheet.WorkbookPart!.WorksheetParts.Select(w => w.Worksheet.InnerText));
            Assert.Contains(oldNameB, text, StringComparison.Ordinal);
            Assert.DoesNotContain(oldNameB + " mới", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Tiếp nhận", text, StringComparison.Ordinal);
            Assert.DoesNotContain("hợp nhất", text, StringComparison.Ordinal);
        }

        var annex = await app.Handler<ExportRankingAnnexPdfHandler>(Roles.Leader).HandleAsync(new ExportRankingAnnexPdf(period.Id), Ct);
        var word = await app.Handler<ExportRankingAnnexDocxHandler>(Roles.Leader).HandleAsync(new ExportRankingAnnexDocx(period.Id), Ct);
        using (var document = WordprocessingDocument.Open(new MemoryStream(word.Content), false))
        {
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.DoesNotContain("Tiếp nhận", text, StringComparison.Ordinal);
            Assert.DoesNotContain(oldNameB + " mới", text, StringComparison.Ordinal);
        }

        if (PdfText.Pages(annex.Content) is not { } pages)
        {
            output.WriteLine(PdfText.Missing);
            return;
        }

        var annexText = string.Join(' ', string.Concat(pages).Normalize(NormalizationForm.FormC).Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(oldNameB, annexText, StringComparison.Ordinal);
        Assert.Contains(absorbed, annexText, StringComparison.Ordinal);
        Assert.DoesNotContain("Tiếp nhận", annexText, StringComparison.Ordinal);
        Assert.DoesNotContain(oldNameB + " mới", annexText, StringComparison.Ordinal);
    }

    /// <summary>
    /// A unit moved to another block compares with the block it was in the previous year (its publication says which),
    /// not with the block it has now: its index is carried, its old rank is not; both blocks' memberships changed, so both
    /// carry the caveat, in the ranking and in the Excel file, in the same words as the annex.
    /// </summary>
    [Fact]
    public async Task UnitThatChangedBlock_ComparesWithTheBlockItWasIn_AndBothBlocksCarryTheCaveat()
    {
        var p = await ProvinceAsync(app);
        var other = await app.SeedBlockAsync(Domain.Units.BlockKind.Department, "Khối đơn vị sự nghiệp");
        var e = await app.SeedUnitAsync(other.Id, "Đài Phát thanh");
        await ImportAsync(app, Csv(
            $"2019,{p.A.Code},,80,Tốt,2,40/QĐ-UBND,15/03/2020,{Signer}",
            $"2019,{p.B.Code},,85,Tốt,1,40/QĐ-UBND,15/03/2020,{Signer}",
            $"2019,{p.C.Code},,70,Khá,3,40/QĐ-UBND,15/03/2020,{Signer}",
            $"2019,{e.Code},,75,Khá,1,40/QĐ-UBND,15/03/2020,{Signer}"));
        await app.Handler<MoveUnitToBlockHandler>(Roles.Administrator).HandleAsync(new MoveUnitToBlock(p.A.Id, other.Id, await StampAsync(p.A.Id)), Ct);
        await ImportAsync(app, Csv(
            $"2020,{p.A.Code},,90,Xuất sắc,1,50/QĐ-UBND,15/03/2021,{Signer}",
            $"2020,{e.Code},,76,Khá,2,50/QĐ-UBND,15/03/2021,{Signer}",
            $"2020,{p.B.Code},,85,Tốt,1,50/QĐ-UBND,15/03/2021,{Signer}",
            $"2020,{p.C.Code},,70,Khá,2,50/QĐ-UBND,15/03/2021,{Signer}"));
        var period = await PeriodOfAsync(2020);
        var rankings = app.Handler<GetBlockRankingHandler>(Roles.Leader);

        var moved = await rankings.HandleAsync(new GetBlockRanking(period.Id, other.Id), Ct);
        Assert.Equal([(p.A.Code, (int?)1, (decimal?)80m, (int?)null, (int?)null), (e.Code, 2, 75m, 1, -1)],
            moved.Rows.Select(r => (r.Code, r.Rank, r.PreviousIndex, r.PreviousRank, r.RankChange)));
        Assert.Equal(new MembershipChange(2019, 1, 2), moved.Membership);
        var left = await rankings.HandleAsync(new GetBlockRanking(period.Id, p.Departments.Id), Ct);
        Assert.Equal([(p.B.Code, (int?)1, (int?)1), (p.C.Code, 2, 3)], left.Rows.Select(r => (r.Code, r.Rank, r.PreviousRank)));
        Assert.Equal(new MembershipChange(2019, 3, 2), left.Membership);

        var workbook = await app.Handler<ExportResultsWorkbookHandler>(Roles.Leader).HandleAsync(new ExportResultsWorkbook(period.Id), Ct);
        using var sheet = SpreadsheetDocument.Open(new MemoryStream(workbook.Content), false);
        var caveats = sheet.WorkbookPart!.WorksheetParts
            .Select(w => w.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ElementAtOrDefault(2)?.InnerText ?? string.Empty)
            .Where(t => t.StartsWith("Lưu ý: thành phần khối đã thay đổi so với năm 2019", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, caveats.Count);
        Assert.Contains("(1 đơn vị năm 2019, 2 đơn vị năm nay", caveats[0] + caveats[1], StringComparison.Ordinal);
    }

    private async Task<Guid> StampAsync(Guid unitId)
    {
        await using var db = app.NewDbContext();
        return (await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId)).ConcurrencyStamp;
    }

    private async Task<Domain.Periods.EvaluationPeriod> PeriodOfAsync(int year)
    {
        await using var db = app.NewDbContext();
        return await db.Periods.AsNoTracking().SingleAsync(x => x.Year == year);
    }
}
