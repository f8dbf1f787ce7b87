using System.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.HistoryImport;
using ParIndex.Application.Publication;
using ParIndex.Application.Results;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.HistoryImport;

/// <summary>
/// Results published before the portal, imported from a file: every bad row named before saving; once saved, the
/// years are published periods in the chain, and the first computed year shows the right rank changes.
/// </summary>
public sealed class PastResultsImportTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Header = "Năm,Mã đơn vị,Tên đơn vị,Chỉ số,Xếp loại,Hạng,Số quyết định,Ngày quyết định,Người ký";
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Preview_NamesEveryBadRow_AndSavesNothing()
    {
        var p = await ProvinceAsync();
        var csv = Csv(
            $"2019,{p.A.Code},,91.5,Xuất sắc,1,12/QĐ-UBND,10/03/2020,Chủ tịch UBND tỉnh",
            $"2019,KHONG-CO,,80,Tốt,2,12/QĐ-UBND,10/03/2020,Chủ tịch UBND tỉnh",
            $"2019,{p.B.Code},,101,Tốt,2,12/QĐ-UBND,10/03/2020,Chủ tịch UBND tỉnh",
            $"2019,{p.C.Code},,70,Rất tốt,3,12/QĐ-UBND,10/03/2020,Chủ tịch UBND tỉnh",
            $"2019,{p.A.Code},,90,Tốt,1,12/QĐ-UBND,10/03/2020,Chủ tịch UBND tỉnh",
            $"2019,{p.Vertical.Code},,88,Tốt,4,12/QĐ-UBND,10/03/2020,Chủ tịch UBND tỉnh",
            $"2019,{p.C.Code},,70,Khá,,13/QĐ-UBND,11/03/2020,Chủ tịch UBND tỉnh",
            $"{p.HeldYear},{p.A.Code},,90,Tốt,1,1/QĐ-UBND,10/03/2020,Chủ tịch UBND tỉnh");

        var preview = await app.Handler<PreviewPastResultsHandler>(Roles.Administrator).HandleAsync(new PreviewPastResults("ket-qua.csv", csv), Ct);

        Assert.False(preview.CanImport);
        Assert.Contains($"Năm {p.HeldYear} đã có kỳ đánh giá trên cổng; kết quả năm này không nhập từ tệp được.", preview.FileProblems);
        Assert.Empty(Row(preview, 2).Problems);
        Assert.Contains("Không có đơn vị mã \"KHONG-CO\" trên cổng.", Row(preview, 3).Problems);
        Assert.Contains("Chỉ số \"101\" không hợp lệ: cần một số từ 0 đến 100.", Row(preview, 4).Problems);
        Assert.Contains(Row(preview, 5).Problems, m => m.StartsWith("Xếp loại \"Rất tốt\" không hợp lệ", StringComparison.Ordinal));
        Assert.Contains("Đơn vị \"" + p.A.Code + "\" đã có ở dòng 2 của năm 2019.", Row(preview, 6).Problems);
        Assert.Contains(Row(preview, 7).Problems, m => m.StartsWith("Khối \"Cơ quan ngành dọc\" không xếp hạng", StringComparison.Ordinal));
        Assert.Contains("Thiếu hạng.", Row(preview, 8).Problems);
        Assert.Contains(Row(preview, 8).Problems, m => m.StartsWith("Quyết định khác dòng 2", StringComparison.Ordinal));
        await using var db = app.NewDbContext();
        Assert.False(await db.Periods.AnyAsync(x => x.Year == 2019));
    }

    [Fact]
    public async Task Import_PublishesThePastYears_InTheChain_AndTheFirstComputedYearShowsRankChanges()
    {
        var p = await ProvinceAsync();
        var csv = Csv(
            $"2020,{p.A.Code},,91.5,Xuất sắc,1,12/QĐ-UBND,10/03/2021,Chủ tịch UBND tỉnh",
            $"2020,{p.B.Code},,85.25,Tốt,2,12/QĐ-UBND,10/03/2021,Chủ tịch UBND tỉnh",
            $"2020,{p.C.Code},,70,Khá,3,12/QĐ-UBND,10/03/2021,Chủ tịch UBND tỉnh",
            $"2020,{p.Vertical.Code},,88.4,tot,,12/QĐ-UBND,10/03/2021,Chủ tịch UBND tỉnh",
            $"2021,{p.A.Code},,80,Tốt,3,20/QĐ-UBND,2022-03-12,",
            $"2021,{p.B.Code},,90,Xuat sac,1,20/QĐ-UBND,2022-03-12,",
            $"2021,{p.C.Code},,85,Tốt,2,20/QĐ-UBND,2022-03-12,");
        var preview = await app.Handler<PreviewPastResultsHandler>(Roles.Administrator).HandleAsync(new PreviewPastResults("ket-qua.csv", csv), Ct);
        Assert.True(preview.CanImport, string.Join("; ", preview.FileProblems.Concat(preview.Rows.SelectMany(r => r.Problems))));

        var imported = await app.Handler<ImportPastResultsHandler>(Roles.Administrator).HandleAsync(new ImportPastResults("ket-qua.csv", csv, preview.Sha256), Ct);

        Assert.Equal([(2020, 4), (2021, 3)], imported.Years.Select(y => (y.Year, y.Units)));
        await using (var db = app.NewDbContext())
        {
            var years = await db.Periods.Where(x => x.Year == 2020 || x.Year == 2021).OrderBy(x => x.Year).ToListAsync();
            Assert.All(years, y => Assert.Equal(PeriodState.Published, y.State));
            var b2021 = await db.Assessments.SingleAsync(a => a.PeriodId == years[1].Id && a.UnitId == p.B.Id);
            Assert.Equal((90m, Classification.Excellent, (int?)1, ResultSource.Imported), (b2021.FinalIndex!.Value, b2021.Classification!.Value, b2021.Rank, b2021.ResultSource));
            var vertical = await db.Assessments.SingleAsync(a => a.PeriodId == years[0].Id && a.UnitId == p.Vertical.Id);
            Assert.Null(vertical.Rank);
            Assert.Equal(2, await db.Publications.CountAsync(x => x.PeriodId == years[0].Id || x.PeriodId == years[1].Id));
        }

        // The first year on the portal: A climbs from 3rd to 1st, B falls from 1st to 2nd.
        var computed = await ComputedYearAsync(2022, p, (p.A, 95m, 1), (p.B, 88m, 2), (p.C, 60m, 3));
        var ranking = await app.Handler<GetBlockRankingHandler>(Roles.Leader).HandleAsync(new GetBlockRanking(computed, p.Departments.Id), Ct);
        Assert.Equal(2021, ranking.PreviousYear);
        var a = ranking.Rows.Single(r => r.UnitId == p.A.Id);
        Assert.Equal((80m, (int?)3, (int?)2), (a.PreviousIndex!.Value, a.PreviousRank, a.RankChange));
        Assert.Equal(-1, ranking.Rows.Single(r => r.UnitId == p.B.Id).RankChange);

        var report = await app.Handler<VerifyPublicationsHandler>(Roles.Leader).HandleAsync(new VerifyPublications(), Ct);
        Assert.True(report.Passed, string.Join("; ", report.Problems.Select(x => x.Message)));
        var publicYear = await app.Handler<GetPublicResultsHandler>(Roles.Leader).HandleAsync(new GetPublicResults(2021), Ct);
        Assert.Equal("20/QĐ-UBND", publicYear.Selected!.Stamp.DecisionNumber);
    }

    [Fact]
    public async Task OnlyTheAdministrator_Imports_AndOnlyTheFileThatWasPreviewed()
    {
        var p = await ProvinceAsync();
        var csv = Csv($"2018,{p.A.Code},,91.5,Xuất sắc,1,12/QĐ-UBND,10/03/2019,Chủ tịch UBND tỉnh");
        var preview = await app.Handler<PreviewPastResultsHandler>(Roles.Administrator).HandleAsync(new PreviewPastResults("ket-qua.csv", csv), Ct);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            app.Handler<ImportPastResultsHandler>(Roles.Inspector).HandleAsync(new ImportPastResults("ket-qua.csv", csv, preview.Sha256), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            app.Handler<PreviewPastResultsHandler>(Roles.Leader).HandleAsync(new PreviewPastResults("ket-qua.csv", csv), Ct));
        var changed = Csv($"2018,{p.A.Code},,99.5,Xuất sắc,1,12/QĐ-UBND,10/03/2019,Chủ tịch UBND tỉnh");
        await Assert.ThrowsAsync<ValidationException>(() =>
            app.Handler<ImportPastResultsHandler>(Roles.Administrator).HandleAsync(new ImportPastResults("ket-qua.csv", changed, preview.Sha256), Ct));
        await using var db = app.NewDbContext();
        Assert.False(await db.Periods.AnyAsync(x => x.Year == 2018));
    }

    private static PastResultRow Row(PastResultsPreview preview, int number) => preview.Rows.Single(r => r.RowNumber == number);

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join('\n', [Header, .. lines]));

    private sealed record Province(Block Departments, Unit A, Unit B, Unit C, Unit Vertical, Guid FrameworkId, int HeldYear);

    /// <summary>Three departments, one vertical agency, a framework, and a year the portal already holds.</summary>
    private async Task<Province> ProvinceAsync()
    {
        var departments = new Block(TestApp.UniqueCode("SO"), "Sở, ban, ngành", null, BlockKind.Department, isRanked: true, sortOrder: 1);
        var vertical = new Block(TestApp.UniqueCode("DOC"), "Cơ quan ngành dọc", null, BlockKind.VerticalAgency, isRanked: false, sortOrder: 2);
        var framework = new Framework(TestApp.UniqueCode("F"), "Bộ chỉ số sở", BlockKind.Department, 1, "Minh họa", isIllustrative: true);
        var units = new[] { new Unit(TestApp.UniqueCode("A"), "Sở A", departments.Id), new Unit(TestApp.UniqueCode("B"), "Sở B", departments.Id),
            new Unit(TestApp.UniqueCode("C"), "Sở C", departments.Id), new Unit(TestApp.UniqueCode("T"), "Thuế tỉnh", vertical.Id) };
        await using var db = app.NewDbContext();
        db.AddRange(departments, vertical, framework);
        db.AddRange(units);
        var heldYear = 2015;
        if (!await db.Periods.AnyAsync(x => x.Year == heldYear))
        {
            db.Periods.Add(new EvaluationPeriod(heldYear, "Năm giữ chỗ", new DateTime(heldYear, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(heldYear, 2, 1, 0, 0, 0, DateTimeKind.Utc)));
        }

        await db.SaveChangesAsync();
        return new Province(departments, units[0], units[1], units[2], units[3], framework.Id, heldYear);
    }

    private async Task<Guid> ComputedYearAsync(int year, Province p, params (Unit Unit, decimal Index, int Rank)[] results)
    {
        var period = new EvaluationPeriod(year, $"Năm {year}", new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        period.Through(PeriodState.Approved, new DateTime(year + 1, 3, 1, 0, 0, 0, DateTimeKind.Utc));

        await using var db = app.NewDbContext();
        db.Periods.Add(period);
        foreach (var (unit, index, rank) in results)
        {
            var assessment = new Assessment(period.Id, unit.Id, p.FrameworkId);
            assessment.RecordResult(index, Classification.Good, rank, ResultSource.Computed);
            db.Assessments.Add(assessment);
        }

        await db.SaveChangesAsync();
        return period.Id;
    }
}
