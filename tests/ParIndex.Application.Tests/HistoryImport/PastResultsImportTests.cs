using System.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.HistoryImport;
using ParIndex.Application.Publication;
using ParIndex.Application.Results;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;
using static ParIndex.Application.Tests.HistoryImport.PastResultsStory;

namespace ParIndex.Application.Tests.HistoryImport;

/// <summary>
/// Results published before the portal, imported from a file: every bad row named before saving; once saved, the
/// years are published periods in the chain, and the first computed year shows the right rank changes.
/// </summary>
public sealed class PastResultsImportTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Preview_NamesEveryBadRow_AndSavesNothing()
    {
        var p = await ProvinceAsync(app);
        var merged = new Unit(TestApp.UniqueCode("X"), "Sở đã sáp nhập", p.Departments.Id);
        await using (var db = app.NewDbContext())
        {
            db.Units.Add(merged);
            var a = await db.Units.SingleAsync(u => u.Id == p.A.Id);
            db.UnitMerges.Add(merged.MergeInto(a, new DateOnly(2019, 3, 1), "Nghị quyết sáp nhập"));
            await db.SaveChangesAsync();
        }

        var csv = Csv(
            $"2019,{p.A.Code},,91.5,Xuất sắc,1,12/QĐ-UBND,10/03/2020,{Signer}",
            $"2019,KHONG-CO,,80,Tốt,2,12/QĐ-UBND,10/03/2020,{Signer}",
            $"2019,{p.B.Code},,101,Tốt,2,12/QĐ-UBND,10/03/2020,{Signer}",
            $"2019,{p.C.Code},,70,Rất tốt,3,12/QĐ-UBND,10/03/2020,{Signer}",
            $"2019,{p.A.Code},,90,Tốt,1,12/QĐ-UBND,10/03/2020,{Signer}",
            $"2019,{p.Tax.Code},,88,Tốt,4,12/QĐ-UBND,10/03/2020,{Signer}",
            $"2019,{p.D.Code},,70,Khá,,13/QĐ-UBND,10/03/2020,{Signer}",
            $"2019,{p.B.Code},,60,Khá,9,12/QĐ-UBND,10/03/2020,{Signer}",
            $"2026,{p.A.Code},,90,Tốt,1,1/QĐ-UBND,10/03/2026,{Signer}",
            $"2019,{merged.Code},,75,Khá,6,12/QĐ-UBND,10/03/2020,{Signer}");

        var preview = await PreviewAsync(app, csv);

        Assert.False(preview.CanImport);
        Assert.Empty(Row(preview, 2).Problems);
        Assert.Equal(["Không có đơn vị mã \"KHONG-CO\" trên cổng."], Row(preview, 3).Problems);
        Assert.Equal(["Chỉ số \"101\" không hợp lệ: cần một số từ 0 đến 100."], Row(preview, 4).Problems);
        Assert.StartsWith("Xếp loại \"Rất tốt\" không hợp lệ", Assert.Single(Row(preview, 5).Problems), StringComparison.Ordinal);
        Assert.Equal([$"Đơn vị \"{p.A.Code}\" đã có ở dòng 2 của năm 2019."], Row(preview, 6).Problems);
        Assert.Equal(["Khối \"Cơ quan ngành dọc\" không xếp hạng: để trống cột Hạng."], Row(preview, 7).Problems);
        Assert.Equal(["Thiếu hạng.", "Quyết định khác dòng 2: mọi dòng của năm 2019 phải cùng số quyết định."], Row(preview, 8).Problems);
        Assert.Contains("Hạng 9 lớn hơn số đơn vị của khối trong năm (7).", Row(preview, 9).Problems);
        Assert.Equal(["Năm \"2026\" không hợp lệ: cần một năm đã qua, từ 2000 đến 2025."], Row(preview, 10).Problems);
        Assert.Equal([$"Đơn vị \"{merged.Code}\" đã thôi hoạt động (sáp nhập) từ 01/03/2019: không có kết quả năm 2019."], Row(preview, 11).Problems);
        await using var check = app.NewDbContext();
        Assert.False(await check.Periods.AnyAsync(x => x.Year == 2019));
    }

    [Fact]
    public async Task Preview_WarnsOfRanksThatContradictTheIndexes_WithoutStoppingTheImport()
    {
        var p = await ProvinceAsync(app);
        var csv = Csv(
            $"2012,{p.A.Code},,60,Khá,1,7/QĐ-UBND,10/03/2013,{Signer}",
            $"2012,{p.B.Code},,97.57,Xuất sắc,2,7/QĐ-UBND,10/03/2013,{Signer}",
            $"2012,{p.C.Code},,80,Tốt,3,7/QĐ-UBND,10/03/2013,{Signer}",
            $"2012,{p.D.Code},,79,Khá,3,7/QĐ-UBND,10/03/2013,{Signer}",
            $"2012,{p.Tax.Code},,99,Xuất sắc,,7/QĐ-UBND,10/03/2013,{Signer}");

        var preview = await PreviewAsync(app, csv);

        Assert.True(preview.CanImport);
        Assert.Empty(Row(preview, 2).Warnings);
        Assert.Equal(["Chỉ số 97,57 cao hơn dòng 2 (60,00, hạng 1) nhưng xếp hạng 2: kiểm tra lại hạng hoặc chỉ số."], Row(preview, 3).Warnings);
        Assert.Equal(["Chỉ số 80,00 cao hơn dòng 2 (60,00, hạng 1) nhưng xếp hạng 3: kiểm tra lại hạng hoặc chỉ số."], Row(preview, 4).Warnings);
        Assert.Equal(["Chỉ số 79,00 cao hơn dòng 2 (60,00, hạng 1) nhưng xếp hạng 3: kiểm tra lại hạng hoặc chỉ số.",
            "Cùng hạng 3 với dòng 4 nhưng chỉ số khác (79,00 và 80,00): cùng hạng chỉ khi bằng chỉ số."], Row(preview, 5).Warnings);
        Assert.Empty(Row(preview, 6).Warnings);
    }

    [Fact]
    public async Task Preview_DoesNotWarn_OfEqualIndexesRankedApart()
    {
        var p = await ProvinceAsync(app);
        var csv = Csv(
            $"2013,{p.A.Code},,90,Xuất sắc,1,7/QĐ-UBND,10/03/2014,{Signer}",
            $"2013,{p.B.Code},,90,Xuất sắc,2,7/QĐ-UBND,10/03/2014,{Signer}",
            $"2013,{p.C.Code},,85,Tốt,3,7/QĐ-UBND,10/03/2014,{Signer}",
            $"2013,{p.D.Code},,85,Tốt,3,7/QĐ-UBND,10/03/2014,{Signer}");

        var preview = await PreviewAsync(app, csv);

        Assert.All(preview.Rows, r => Assert.Empty(r.Warnings));
    }

    [Fact]
    public async Task Preview_FindsUnitsByName_ReadsClassesInAnyWriting_AndChecksTheBlock()
    {
        var p = await ProvinceAsync(app);
        await using (var db = app.NewDbContext())
        {
            db.Units.Add(new Unit(TestApp.UniqueCode("E"), p.D.Name, p.Vertical.Id));
            await db.SaveChangesAsync();
        }

        var csv = Encoding.UTF8.GetBytes(string.Join('\n',
            "Nam,Ma don vi,Ten don vi,Khoi,Chi so,Xep loai,Hang",
            $"2011,,{p.A.Name.ToUpperInvariant()},Departments,\"91,5\",XUAT SAC,1",
            $"2011,{Unaccented(p.B.Name)},,{p.Departments.Code},85,good,2",
            $"2011,{p.C.Code},,Sở ban ngành,chín mươi,Khá,3",
            $"2011,,{p.D.Name},,80,Trung binh,4",
            $"2011,{p.Tax.Code},,\"Sở, ban, ngành\",88,Excellent,",
            "2011,,Sở Không Có,,70,yeu,"));

        var preview = await PreviewAsync(app, csv);

        var a = Row(preview, 2);
        Assert.Equal((p.A.Code, (decimal?)91.5m, (Classification?)Classification.Excellent), (a.UnitCode, a.Index, a.Classification));
        Assert.Empty(a.Problems);
        var b = Row(preview, 3);
        Assert.Equal((p.B.Code, (Classification?)Classification.Good), (b.UnitCode, b.Classification));
        Assert.Empty(b.Problems);
        Assert.Equal(["Chỉ số \"chín mươi\" không hợp lệ: cần một số từ 0 đến 100."], Row(preview, 4).Problems);
        Assert.StartsWith($"Tên \"{p.D.Name}\" là tên của 2 đơn vị trên cổng", Assert.Single(Row(preview, 5).Problems), StringComparison.Ordinal);
        Assert.Equal([$"Đơn vị \"{p.Tax.Code}\" thuộc khối \"Cơ quan ngành dọc\" trên cổng, tệp ghi \"Sở, ban, ngành\": kết quả được xếp theo khối hiện tại của đơn vị."],
            Row(preview, 6).Problems);
        Assert.Equal((Classification?)Classification.Excellent, Row(preview, 6).Classification);
        Assert.Equal(["Không có đơn vị tên \"Sở Không Có\" trên cổng."], Row(preview, 7).Problems);
        Assert.Equal((Classification?)Classification.Weak, Row(preview, 7).Classification);
        // Without decision columns the year still previews: its decision is entered on the page.
        Assert.Equal(new PastYear(2011, 6, null, null, null), Assert.Single(preview.Years));
    }

    [Fact]
    public async Task Preview_RefusesYearsThePortalComputedOrIsAssessing_AndAYearImportedUnchanged()
    {
        var p = await ProvinceAsync(app);
        await ComputedYearAsync(app, 2009, p, PeriodState.Published, (p.A, 90m, 1));
        await ComputedYearAsync(app, 2010, p, PeriodState.SelfAssessmentOpen);
        await ImportAsync(app, Csv($"2007,{p.A.Code},,91.5,Xuất sắc,1,7/QĐ-UBND,10/03/2008,{Signer}"));

        var preview = await PreviewAsync(app, Csv(
            $"2009,{p.A.Code},,91.5,Xuất sắc,1,12/QĐ-UBND,10/03/2010,{Signer}",
            $"2010,{p.A.Code},,91.5,Xuất sắc,1,13/QĐ-UBND,10/03/2011,{Signer}",
            $"2007,{p.A.Code},,91.50,xuat sac,1,7/QĐ-UBND,10/03/2008,{Signer}"));

        Assert.False(preview.CanImport);
        Assert.Equal(
        [
            "Năm 2007: tệp giống hệt kết quả đang công bố (lần 1), không có gì để đính chính; bỏ năm này khỏi tệp.",
            "Năm 2009 có kết quả do cổng tính và đã công bố; sửa kết quả năm này bằng đính chính qua Hội đồng thẩm định, không nhập từ tệp.",
            "Năm 2010 đang được đánh giá trên cổng (kỳ \"Năm 2010\"); kết quả năm này không nhập từ tệp.",
        ], preview.FileProblems);
    }

    [Fact]
    public async Task Import_PublishesThePastYears_InTheChain_AndTheFirstComputedYearShowsRankChanges()
    {
        var p = await ProvinceAsync(app);
        var csv = Csv(
            $"2020,{p.A.Code},,91.5,Xuất sắc,1,12/QĐ-UBND,10/03/2021,{Signer}",
            $"2020,{p.B.Code},,85.25,Tốt,2,12/QĐ-UBND,10/03/2021,{Signer}",
            $"2020,{p.C.Code},,70,Khá,3,12/QĐ-UBND,10/03/2021,{Signer}",
            $"2020,{p.Tax.Code},,88.4,tot,,12/QĐ-UBND,10/03/2021,{Signer}",
            $"2021,{p.A.Code},,80,Tốt,3,20/QĐ-UBND,2022-03-12,",
            $"2021,{p.B.Code},,90,Xuat sac,1,,,",
            $"2021,{p.C.Code},,85,Tốt,2,,,");

        // The 2021 rows name no signer: the administrator enters it on the page.
        var imported = await ImportAsync(app, csv, [new PastYearDecision(2021, null, null, "Phó Chủ tịch UBND tỉnh Trần Văn B")]);

        Assert.Equal([(2020, 4, "12/QĐ-UBND"), (2021, 3, "20/QĐ-UBND")], imported.Years.Select(y => (y.Year, y.Units, y.DecisionNumber)));
        await using (var db = app.NewDbContext())
        {
            var years = await db.Periods.Where(x => x.Year == 2020 || x.Year == 2021).OrderBy(x => x.Year).ToListAsync();
            Assert.All(years, y => Assert.Equal(PeriodState.Published, y.State));
            Assert.Equal(new DateTime(2022, 3, 12, 0, 0, 0, DateTimeKind.Utc), years[1].PublishedAtUtc);
            var b2021 = await db.Assessments.SingleAsync(a => a.PeriodId == years[1].Id && a.UnitId == p.B.Id);
            Assert.Equal((90m, Classification.Excellent, (int?)1, ResultSource.Imported), (b2021.FinalIndex!.Value, b2021.Classification!.Value, b2021.Rank, b2021.ResultSource));
            Assert.Empty(await db.CriterionResponses.Where(r => r.AssessmentId == b2021.Id).ToListAsync());
            var vertical = await db.Assessments.SingleAsync(a => a.PeriodId == years[0].Id && a.UnitId == p.Tax.Id);
            Assert.Null(vertical.Rank);
            var publications = await db.Publications.Where(x => x.PeriodId == years[0].Id || x.PeriodId == years[1].Id).OrderBy(x => x.Sequence).ToListAsync();
            Assert.Equal([("12/QĐ-UBND", Signer, 1), ("20/QĐ-UBND", "Phó Chủ tịch UBND tỉnh Trần Văn B", 1)],
                publications.Select(x => (x.DecisionNumber, x.Signer, x.Version)));
            Assert.Equal(publications[0].Sha256, publications[1].PreviousSha256);
            var ids = years.Select(y => y.Id.ToString()).ToList();
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "history.imported" && ids.Contains(e.EntityId!)));
        }

        // The first year on the portal: A climbs from 3rd to 1st, B falls from 1st to 2nd, C from 2nd to 3rd.
        var computed = await ComputedYearAsync(app, 2022, p, PeriodState.Approved, (p.A, 95m, 1), (p.B, 88m, 2), (p.C, 60m, 3));
        var ranking = await app.Handler<GetBlockRankingHandler>(Roles.Leader).HandleAsync(new GetBlockRanking(computed.Id, p.Departments.Id), Ct);
        Assert.Equal(2021, ranking.PreviousYear);
        var a = ranking.Rows.Single(r => r.UnitId == p.A.Id);
        Assert.Equal((80m, (int?)3, (int?)2), (a.PreviousIndex!.Value, a.PreviousRank, a.RankChange));
        Assert.Equal(-1, ranking.Rows.Single(r => r.UnitId == p.B.Id).RankChange);
        Assert.Equal(-1, ranking.Rows.Single(r => r.UnitId == p.C.Id).RankChange);

        var report = await app.Handler<VerifyPublicationsHandler>(Roles.Leader).HandleAsync(new VerifyPublications(), Ct);
        Assert.True(report.Passed, string.Join("; ", report.Problems.Select(x => x.Message)));
        var publicYear = await app.Handler<GetPublicResultsHandler>(Roles.Leader).HandleAsync(new GetPublicResults(2021), Ct);
        Assert.Equal("20/QĐ-UBND", publicYear.Selected!.Stamp.DecisionNumber);
        Assert.Equal(2020, publicYear.Selected.PreviousYear);
    }

    [Fact]
    public async Task Save_NeedsEachYearsDecision_InOrAfterTheYear()
    {
        var p = await ProvinceAsync(app);
        var csv = Encoding.UTF8.GetBytes($"Năm,Mã đơn vị,Chỉ số,Xếp loại,Hạng\n2008,{p.A.Code},91.5,Xuất sắc,1\n");
        var preview = await PreviewAsync(app, csv);
        Assert.True(preview.CanImport);
        var handler = app.Handler<ImportPastResultsHandler>(Roles.Administrator);

        var none = await Assert.ThrowsAsync<ValidationException>(() => handler.HandleAsync(new ImportPastResults("k.csv", csv, preview.Sha256), Ct));
        Assert.Equal(["Năm 2008: cần số quyết định công bố.", "Năm 2008: cần ngày quyết định.", "Năm 2008: cần chức vụ và họ tên người ký."],
            none.Errors.Select(e => e.ErrorMessage));
        var early = await Assert.ThrowsAsync<ValidationException>(() => handler.HandleAsync(new ImportPastResults("k.csv", csv, preview.Sha256,
            [new PastYearDecision(2008, "9/QĐ", new DateOnly(2007, 12, 31), Signer), new PastYearDecision(2005, "1/QĐ", new DateOnly(2006, 1, 5), Signer)]), Ct));
        Assert.Equal(["Năm 2005 không có trong tệp.", "Năm 2008: ngày quyết định 31/12/2007 phải từ 01/01/2008 đến hôm nay."], early.Errors.Select(e => e.ErrorMessage));
        await using (var db = app.NewDbContext())
        {
            Assert.False(await db.Periods.AnyAsync(x => x.Year == 2008));
        }

        await handler.HandleAsync(new ImportPastResults("k.csv", csv, preview.Sha256, [new PastYearDecision(2008, " 9/QĐ-UBND ", new DateOnly(2009, 2, 3), Signer)]), Ct);

        var publication = await CurrentPublicationAsync(app, 2008);
        Assert.Equal(("9/QĐ-UBND", new DateOnly(2009, 2, 3), Signer), (publication.DecisionNumber, publication.DecisionDate, publication.Signer));
    }

    [Fact]
    public async Task OnlyTheAdministrator_Imports_AndOnlyTheFileThatWasPreviewed()
    {
        var p = await ProvinceAsync(app);
        var csv = Csv($"2018,{p.A.Code},,91.5,Xuất sắc,1,12/QĐ-UBND,10/03/2019,{Signer}");
        var preview = await PreviewAsync(app, csv);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            app.Handler<ImportPastResultsHandler>(Roles.Inspector).HandleAsync(new ImportPastResults("ket-qua.csv", csv, preview.Sha256), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            app.Handler<PreviewPastResultsHandler>(Roles.Leader).HandleAsync(new PreviewPastResults("ket-qua.csv", csv), Ct));
        var changed = Csv($"2018,{p.A.Code},,99.5,Xuất sắc,1,12/QĐ-UBND,10/03/2019,{Signer}");
        await Assert.ThrowsAsync<ValidationException>(() =>
            app.Handler<ImportPastResultsHandler>(Roles.Administrator).HandleAsync(new ImportPastResults("ket-qua.csv", changed, preview.Sha256), Ct));
        await using var db = app.NewDbContext();
        Assert.False(await db.Periods.AnyAsync(x => x.Year == 2018));
    }

    private static PastResultRow Row(PastResultsPreview preview, int number) => preview.Rows.Single(r => r.RowNumber == number);

    private static string Unaccented(string text) =>
        new([.. text.Replace('ư', 'u').Replace('ở', 'o').Replace('à', 'a').Normalize(NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
}
