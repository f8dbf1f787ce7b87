using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Application.Publication;
using ParIndex.Application.Tests.Infrastructure;

namespace ParIndex.Application.Tests.Exports;

/// <summary>
/// The full results as Excel, read back with OpenXml: formula injection neutralised (F1), scores numeric and exact,
/// one sheet per block plus the criterion sheet, and the same access as the rankings (F2).
/// </summary>
public sealed class ResultsWorkbookExportTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    [Fact]
    public async Task Export_FormulaLikeNames_ComeOutAsGuardedTextWhileIndexesStayExactNumbers()
    {
        var story = await ExportStory.PublishedAsync(app);

        var file = await app.Handler<ExportResultsWorkbookHandler>(Roles.AgencyStaff, story.Plus).HandleAsync(new ExportResultsWorkbook(story.PeriodId), Ct);

        Assert.Equal(ExportedDocument.ExcelContentType, file.ContentType);
        Assert.Equal($"ket-qua-chi-so-cchc-nam-{story.Year}-xem-truoc.xlsx", file.AsciiFileName);
        using var workbook = Open(file.Content);
        var ranked = Rows(workbook, "Sở, ban, ngành");
        var evil = ranked.Single(r => Text(r, "B") == story.EvilCode);
        Assert.Equal("'" + ExportStory.EvilName, Text(evil, "C"));
        Assert.Equal(87.25m, Number(evil, "D"));
        Assert.Equal(1m, Number(evil, "A"));
        Assert.Equal("Tốt", Text(evil, "E"));
        var plus = ranked.Single(r => Text(r, "B") == story.PlusCode);
        Assert.Equal("'+1", Text(plus, "C"));
        Assert.Equal(66.67m, Number(plus, "D"));

        // No text anywhere may start like a formula, and no cell is a formula.
        foreach (var cell in AllCells(workbook))
        {
            Assert.Null(cell.CellFormula);
            if (cell.DataType?.Value == CellValues.InlineString)
            {
                Assert.DoesNotContain(cell.InlineString!.InnerText.FirstOrDefault(), FormulaStarts);
            }
        }
    }

    [Fact]
    public async Task Export_HasOneSheetPerBlockAndTheCriteria_WithFrozenHeadersAndAPreviewStamp()
    {
        var story = await ExportStory.PublishedAsync(app);

        var file = await app.Handler<ExportResultsWorkbookHandler>(Roles.Inspector).HandleAsync(new ExportResultsWorkbook(story.PeriodId), Ct);

        using var workbook = Open(file.Content);
        var names = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(["Thông tin", "Sở, ban, ngành", "Cơ quan ngành dọc", "Chi tiết tiêu chí"], names);
        Assert.Contains(Rows(workbook, "Thông tin"), r => Text(r, "B") == ExportText.Preview);

        var unranked = Rows(workbook, "Cơ quan ngành dọc");
        Assert.Contains(ExportText.Preview, Text(unranked[1], "A"), StringComparison.Ordinal);
        Assert.Equal("Hạng", Text(unranked[2], "A"));
        var tax = unranked.Single(r => Text(r, "B") == story.TaxCode);
        Assert.Null(Cell(tax, "A")?.CellValue);
        Assert.Equal("'" + ExportStory.TaxName, Text(tax, "C"));
        Assert.Equal(90.5m, Number(tax, "D"));

        foreach (var name in names.Skip(1))
        {
            var pane = SheetOf(workbook, name).Worksheet.Descendants<Pane>().Single();
            Assert.Equal((3d, "A4", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        }
    }

    [Fact]
    public void StampLine_OfAPublishedYear_RefersToItsDecisionAsTheAnnexDoes()
    {
        var hash = new string('a', 64);
        var stamp = new PublicationStamp(Guid.NewGuid(), 2, "12/QĐ-UBND", new DateOnly(2026, 2, 5), "Chủ tịch UBND tỉnh Nguyễn Văn A",
            new DateTime(2026, 2, 5, 3, 0, 0, DateTimeKind.Utc), hash, "/public/verify");

        var line = new ExportHeader(Guid.NewGuid(), 2025, "Năm 2025", stamp, DateTime.UtcNow).StampLine;

        Assert.Equal("Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 02 năm 2026 (Chủ tịch UBND tỉnh Nguyễn Văn A ký); phiên bản 2; "
            + $"Mã kiểm tra SHA-256: {hash}; xác minh tại: /public/verify", line);
    }

    [Fact]
    public async Task Export_CriterionSheet_ShowsSelfAppraisedLostAndGuardedReasons_WithTheDeductionNegative()
    {
        var story = await ExportStory.PublishedAsync(app);

        var file = await app.Handler<ExportResultsWorkbookHandler>(Roles.Leader).HandleAsync(new ExportResultsWorkbook(story.PeriodId), Ct);

        using var workbook = Open(file.Content);
        var criteria = Rows(workbook, "Chi tiết tiêu chí");
        Assert.Equal(["Mã đơn vị", "Đơn vị", "Khối", "Mã tiêu chí", "Tiêu chí", "Điểm tối đa", "Tự chấm", "Điểm thẩm định (chính thức)", "Điểm bị mất",
            "Lý do của người thẩm định", "Cách tính"], criteria[2].Elements<Cell>().Select(c => c.InnerText));
        var evil = criteria.Where(r => Text(r, "A") == story.EvilCode).ToDictionary(r => Text(r, "D"));
        Assert.Equal(["1.1", "1.2", "TR.1"], evil.Keys.Order(StringComparer.Ordinal));
        var report = evil["1.2"];
        Assert.Equal((4m, 4m, 1.5m, 2.5m), (Number(report, "F"), Number(report, "G"), Number(report, "H"), Number(report, "I")));
        Assert.Equal("'" + ExportStory.DashReason, Text(report, "J"));
        Assert.Equal("Sở, ban, ngành", Text(report, "C"));
        var deduction = evil["TR.1"];
        Assert.Equal((-1.5m, 1.5m), (Number(deduction, "H"), Number(deduction, "I")));
        Assert.Equal("'" + ExportStory.FormulaReason, Text(deduction, "J"));
        Assert.Equal("'@Không có kế hoạch", Text(criteria.Single(r => Text(r, "A") == story.PlusCode && Text(r, "D") == "1.1"), "J"));
        // The imported unit has totals only: no criterion rows.
        Assert.DoesNotContain(criteria, r => Text(r, "A") == story.TaxCode);

        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "results.exported" && a.EntityId == story.PeriodId.ToString()));
    }

    [Fact]
    public async Task Export_BeforePublication_IsRefusedToAgencyStaffAsTheRankingIs()
    {
        var story = await ExportStory.PublishedAsync(app, publish: false);

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ExportResultsWorkbookHandler>(Roles.AgencyStaff, story.Evil)
            .HandleAsync(new ExportResultsWorkbook(story.PeriodId), Ct));
        var file = await app.Handler<ExportResultsWorkbookHandler>(Roles.Inspector).HandleAsync(new ExportResultsWorkbook(story.PeriodId), Ct);
        using var workbook = Open(file.Content);
        Assert.NotEmpty(Rows(workbook, "Sở, ban, ngành"));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+84 912", "'+84 912")]
    [InlineData("-1.5", "'-1.5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("\uFF1D1+1", "'\uFF1D1+1")]
    [InlineData("Sở Tư pháp", "Sở Tư pháp")]
    [InlineData("1-2", "1-2")]
    [InlineData("", "")]
    public void FormulaGuard_PrefixesOnlyWhatASpreadsheetWouldRead(string text, string expected) =>
        Assert.Equal(expected, FormulaGuard.Neutralize(text));

    private static SpreadsheetDocument Open(byte[] content) => SpreadsheetDocument.Open(new MemoryStream(content), false);

    private static WorksheetPart SheetOf(SpreadsheetDocument workbook, string name)
    {
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!);
    }

    private static List<Row> Rows(SpreadsheetDocument workbook, string name) =>
        [.. SheetOf(workbook, name).Worksheet.Descendants<Row>()];

    private static IEnumerable<Cell> AllCells(SpreadsheetDocument workbook) =>
        workbook.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>());

    private static Cell? Cell(Row row, string column) =>
        row.Elements<Cell>().SingleOrDefault(c => c.CellReference!.Value!.TrimEnd("0123456789".ToCharArray()) == column);

    private static string Text(Row row, string column) => Cell(row, column) is { } cell
        ? cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.InnerText
        : string.Empty;

    /// <summary>The cell's value, which must be a number cell and not text.</summary>
    private static decimal Number(Row row, string column)
    {
        var cell = Cell(row, column) ?? throw new InvalidOperationException($"No cell {column}.");
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{cell.CellReference} is not a number cell.");
        return decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
