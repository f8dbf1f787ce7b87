using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Application.Publication;
using ParIndex.Application.Reports;
using ParIndex.Application.Results;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Tests.Reports;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using Xunit.Abstractions;
using static ParIndex.Application.Tests.HistoryImport.PastResultsStory;

namespace ParIndex.Application.Tests.HistoryImport;

/// <summary>
/// An imported year is read like any published year — scorecard, public pages, PDFs, Excel and Word — with its
/// totals, classes and ranks, no criterion detail, and as last year's figures for the year after it.
/// </summary>
public sealed class ImportedYearReadingTests(TestApp app, ITestOutputHelper output) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task ScorecardRankingAndPublicPages_ShowTheImportedFigures_WithoutCriteria()
    {
        var p = await ProvinceAsync(app);
        await ImportAsync(app, Csv(
            $"2017,{p.A.Code},,91.5,Xuất sắc,1,50/QĐ-UBND,15/03/2018,{Signer}",
            $"2017,{p.B.Code},,85.25,Tốt,2,50/QĐ-UBND,15/03/2018,{Signer}",
            $"2017,{p.Tax.Code},,88.4,Tốt,,50/QĐ-UBND,15/03/2018,{Signer}"));
        var period = await PeriodOfAsync(2017);

        var card = await app.Handler<GetUnitScorecardHandler>(Roles.AgencyStaff, p.B.Id).HandleAsync(new GetUnitScorecard(period.Id, p.A.Id), Ct);
        Assert.Equal(((decimal?)91.5m, (Classification?)Classification.Excellent, (int?)1, true), (card.RecordedIndex, card.Classification, card.Rank, card.IsImported));
        Assert.Null(card.Score);

        var ranking = await app.Handler<GetBlockRankingHandler>(Roles.AgencyStaff, p.B.Id).HandleAsync(new GetBlockRanking(period.Id, p.Departments.Id), Ct);
        Assert.Equal([(p.A.Code, 91.5m, (int?)1), (p.B.Code, 85.25m, 2)], ranking.Rows.Select(r => (r.Code, r.Index, r.Rank)));
        var periods = await app.Handler<ListResultPeriodsHandler>(Roles.AgencyStaff, p.B.Id).HandleAsync(new ListResultPeriods(), Ct);
        Assert.Contains(periods.Periods, x => x.Year == 2017 && x.IsPublished);

        var unit = await app.Handler<GetPublicUnitHandler>(Roles.AgencyStaff).HandleAsync(new GetPublicUnit(2017, p.Tax.Code), Ct);
        Assert.Equal((88.4m, (int?)null, "50/QĐ-UBND"), (unit.Index, unit.Rank, unit.Stamp.DecisionNumber));
        Assert.Empty(unit.Domains);
        Assert.Equal([(2017, 88.4m)], unit.History.Select(h => (h.Year, h.Index)));
    }

    [Fact]
    public async Task ReportsAndExports_OfAnImportedYear_AndOfTheYearAfterIt()
    {
        var p = await ProvinceAsync(app);
        await ImportAsync(app, Csv(
            $"2015,{p.A.Code},,91.5,Xuất sắc,1,60/QĐ-UBND,15/03/2016,{Signer}",
            $"2015,{p.B.Code},,85.25,Tốt,2,60/QĐ-UBND,15/03/2016,{Signer}",
            $"2015,{p.C.Code},,70,Khá,3,60/QĐ-UBND,15/03/2016,{Signer}",
            $"2015,{p.Tax.Code},,88.4,Tốt,,60/QĐ-UBND,15/03/2016,{Signer}"));
        var imported = await PeriodOfAsync(2015);
        var next = await ComputedYearAsync(app, 2016, p, PeriodState.Published, (p.A, 80m, 3), (p.B, 90m, 1), (p.C, 85m, 2));
        var leader = Roles.Leader;

        var annex = await app.Handler<ExportRankingAnnexPdfHandler>(leader).HandleAsync(new ExportRankingAnnexPdf(imported.Id), Ct);
        var summary = await app.Handler<ExportLeaderSummaryPdfHandler>(leader).HandleAsync(new ExportLeaderSummaryPdf(imported.Id), Ct);
        var card = await app.Handler<ExportScorecardPdfHandler>(leader).HandleAsync(new ExportScorecardPdf(imported.Id, p.A.Id), Ct);
        var nextCard = await app.Handler<ExportScorecardPdfHandler>(leader).HandleAsync(new ExportScorecardPdf(next.Id, p.A.Id), Ct);
        var nextAnnex = await app.Handler<ExportRankingAnnexPdfHandler>(leader).HandleAsync(new ExportRankingAnnexPdf(next.Id), Ct);
        var workbook = await app.Handler<ExportResultsWorkbookHandler>(leader).HandleAsync(new ExportResultsWorkbook(imported.Id), Ct);
        var word = await app.Handler<ExportScorecardDocxHandler>(leader).HandleAsync(new ExportScorecardDocx(imported.Id, p.A.Id), Ct);

        Assert.All([annex, summary, card, nextCard, nextAnnex], f => Assert.True(PdfText.StartsLikePdf(f.Content)));
        using (var sheet = SpreadsheetDocument.Open(new MemoryStream(workbook.Content), false))
        {
            var rows = sheet.WorkbookPart!.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<Row>()).ToList();
            var a = rows.Single(r => Text(r, "B") == p.A.Code);
            Assert.Equal(("1", "91.5", "Xuất sắc"), (Text(a, "A"), Text(a, "D"), Text(a, "E")));
            Assert.Equal(string.Empty, Text(rows.Single(r => Text(r, "B") == p.Tax.Code), "A"));
        }

        using (var document = WordprocessingDocument.Open(new MemoryStream(word.Content), false))
        {
            Assert.Contains("Kết quả nhập từ quyết định công bố", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }

        if (PdfText.Pages(card.Content) is not { } cardPages)
        {
            output.WriteLine(PdfText.Missing);
            return;
        }

        var cardText = Flat(cardPages);
        Assert.Contains("91,50", cardText, StringComparison.Ordinal);
        Assert.Contains("Kết quả nhập từ quyết định công bố", cardText, StringComparison.Ordinal);
        Assert.Contains("Quyết định số 60/QĐ-UBND ngày 15 tháng 3 năm 2016", cardText, StringComparison.Ordinal);
        var annexText = Flat(PdfText.Pages(annex.Content)!);
        Assert.Contains(p.C.Name, annexText, StringComparison.Ordinal);
        Assert.Contains("85,25", annexText, StringComparison.Ordinal);
        Assert.Contains("Tóm tắt kết quả Chỉ số cải cách hành chính năm 2015", Flat(PdfText.Pages(summary.Content)!), StringComparison.Ordinal);
        // The year after: last year's figures on the scorecard come from the imported year (91,50, 1st → 3rd).
        var nextText = Flat(PdfText.Pages(nextCard.Content)!);
        Assert.Contains("Hạng năm", nextText, StringComparison.Ordinal);
        Assert.Contains("80,00 Tốt 3 — 91,50 1", nextText, StringComparison.Ordinal);
        Assert.Contains("-2", Flat(PdfText.Pages(nextAnnex.Content)!), StringComparison.Ordinal);
    }

    private async Task<EvaluationPeriod> PeriodOfAsync(int year)
    {
        await using var db = app.NewDbContext();
        return db.Periods.Single(x => x.Year == year);
    }

    private static string Text(Row row, string column) =>
        row.Elements<Cell>().SingleOrDefault(c => c.CellReference!.Value!.TrimEnd("0123456789".ToCharArray()) == column) is { } cell
            ? cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty
            : string.Empty;

    private static string Flat(IEnumerable<string> pages) =>
        string.Join(' ', string.Concat(pages).Normalize(NormalizationForm.FormC).Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
