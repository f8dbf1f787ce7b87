using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.HistoryImport;
using ParIndex.Application.Publication;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using static ParIndex.Application.Tests.HistoryImport.PastResultsStory;

namespace ParIndex.Application.Tests.HistoryImport;

/// <summary>
/// A year imported before is replaced only by a correction: a new file with a reason becomes the next version of the
/// year's publication, the earlier one stays readable, and the council never recomputes figures it has no criteria for.
/// </summary>
public sealed class PastResultsCorrectionTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Reimport_WithAReason_PublishesTheNextVersion_ChangingAddingAndDroppingUnits()
    {
        var p = await ProvinceAsync(app);
        await ImportAsync(app, Csv(
            $"2016,{p.A.Code},,90,Xuất sắc,1,30/QĐ-UBND,01/03/2017,{Signer}",
            $"2016,{p.B.Code},,85,Tốt,2,30/QĐ-UBND,01/03/2017,{Signer}",
            $"2016,{p.C.Code},,80,Tốt,3,30/QĐ-UBND,01/03/2017,{Signer}",
            $"2016,{p.Tax.Code},,88,Tốt,,30/QĐ-UBND,01/03/2017,{Signer}"));
        var first = await CurrentPublicationAsync(app, 2016);

        // C's index was mistyped in 2017's file; D was left out; the tax office was never assessed that year.
        var csv = Csv(
            $"2016,{p.A.Code},,90,Xuất sắc,1,45/QĐ-UBND,20/05/2017,{Signer}",
            $"2016,{p.C.Code},,86,Tốt,2,45/QĐ-UBND,20/05/2017,{Signer}",
            $"2016,{p.B.Code},,85,Tốt,3,45/QĐ-UBND,20/05/2017,{Signer}",
            $"2016,{p.D.Code},,70,Khá,4,45/QĐ-UBND,20/05/2017,{Signer}");
        var preview = await PreviewAsync(app, csv);

        Assert.True(preview.CanImport, string.Join("; ", preview.FileProblems.Concat(preview.Rows.SelectMany(r => r.Problems))));
        var year = Assert.Single(preview.Years);
        Assert.Equal((1, "30/QĐ-UBND", 2, 1), (year.Correction!.Version, year.Correction.DecisionNumber, year.Correction.Changed, year.Correction.Added));
        Assert.Equal([$"{p.Tax.Code} — {p.Tax.Name}"], year.Correction.Removed);
        Assert.Equal([PastRowChange.Unchanged, PastRowChange.Changed, PastRowChange.Changed, PastRowChange.Added], preview.Rows.Select(r => r.Change));
        Assert.Equal(new PastFigures(80m, Classification.Good, 3), preview.Rows[1].Before);

        var handler = app.Handler<ImportPastResultsHandler>(Roles.Administrator);
        var noReason = await Assert.ThrowsAsync<ValidationException>(() => handler.HandleAsync(new ImportPastResults("dinh-chinh.csv", csv, preview.Sha256), Ct));
        Assert.Equal(["Năm 2016 đã có kết quả nhập trước đây: cần lý do đính chính."], noReason.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(first.Sha256, (await CurrentPublicationAsync(app, 2016)).Sha256);

        await handler.HandleAsync(new ImportPastResults("dinh-chinh.csv", csv, preview.Sha256, Reason: "Quyết định 45/QĐ-UBND đính chính số liệu Sở Tư pháp."), Ct);

        await using (var db = app.NewDbContext())
        {
            var period = await db.Periods.SingleAsync(x => x.Year == 2016);
            var results = await db.Assessments.Where(a => a.PeriodId == period.Id).ToDictionaryAsync(a => a.UnitId);
            Assert.Equal(4, results.Count);
            Assert.DoesNotContain(p.Tax.Id, results.Keys);
            Assert.Equal((86m, (int?)2, ResultSource.Imported), (results[p.C.Id].FinalIndex!.Value, results[p.C.Id].Rank, results[p.C.Id].ResultSource));
            Assert.Equal((70m, Classification.Fair, (int?)4), (results[p.D.Id].FinalIndex!.Value, results[p.D.Id].Classification!.Value, results[p.D.Id].Rank));
            var versions = await db.Publications.Where(x => x.PeriodId == period.Id).OrderBy(x => x.Version).ToListAsync();
            Assert.Equal([(1, "30/QĐ-UBND", (Guid?)versions[1].Id), (2, "45/QĐ-UBND", null)], versions.Select(v => (v.Version, v.DecisionNumber, v.SupersededById)));
            Assert.Equal("Quyết định 45/QĐ-UBND đính chính số liệu Sở Tư pháp.", versions[1].Reason);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "history.corrected" && e.EntityId == period.Id.ToString()));
        }

        var verified = await app.Handler<VerifyPublicationsHandler>(Roles.Leader).HandleAsync(new VerifyPublications(), Ct);
        Assert.True(verified.Passed, string.Join("; ", verified.Problems.Select(x => x.Message)));
        var shown = (await app.Handler<GetPublicResultsHandler>(Roles.Leader).HandleAsync(new GetPublicResults(2016), Ct)).Selected!;
        Assert.Equal((2, "45/QĐ-UBND"), (shown.Stamp.Version, shown.Stamp.DecisionNumber));
        var earlier = Assert.Single(shown.EarlierVersions);
        Assert.Equal((1, "30/QĐ-UBND", "Quyết định 45/QĐ-UBND đính chính số liệu Sở Tư pháp."), (earlier.Version, earlier.DecisionNumber, earlier.CorrectedBecause));
        var departments = shown.Blocks.Single(b => b.Code == p.Departments.Code);
        Assert.Equal([(p.A.Code, (int?)1), (p.C.Code, 2), (p.B.Code, 3), (p.D.Code, 4)], departments.Rows.Select(r => (r.Code, r.Rank)));
    }

    [Fact]
    public async Task Correction_CannotPredateTheDecisionItCorrects()
    {
        var p = await ProvinceAsync(app);
        await ImportAsync(app, Csv($"2014,{p.A.Code},,90,Xuất sắc,1,30/QĐ-UBND,01/03/2015,{Signer}"));
        var csv = Csv($"2014,{p.A.Code},,91,Xuất sắc,1,29/QĐ-UBND,28/02/2015,{Signer}");
        var preview = await PreviewAsync(app, csv);

        var error = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<ImportPastResultsHandler>(Roles.Administrator)
            .HandleAsync(new ImportPastResults("k.csv", csv, preview.Sha256, Reason: "Sửa chỉ số"), Ct));

        Assert.Equal(["Năm 2014: quyết định đính chính không thể trước quyết định đang công bố (30/QĐ-UBND ngày 01/03/2015)."], error.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public async Task AnImportedYear_NeverGoesBackToTheCouncil()
    {
        var p = await ProvinceAsync(app);
        await ImportAsync(app, Csv($"2013,{p.A.Code},,90,Xuất sắc,1,30/QĐ-UBND,01/03/2014,{Signer}"));
        await using var db = app.NewDbContext();
        var period = await db.Periods.AsNoTracking().SingleAsync(x => x.Year == 2013);

        var workflow = await app.Handler<GetPeriodWorkflowHandler>(Roles.Administrator).HandleAsync(new GetPeriodWorkflow(period.Id), Ct);
        var refusal = await Assert.ThrowsAsync<WorkflowRefusedException>(() => app.Handler<ChangePeriodStateHandler>(Roles.Administrator)
            .HandleAsync(new ChangePeriodState(period.Id, PeriodState.CouncilReview, "Xem lại", null, period.ConcurrencyStamp), Ct));

        Assert.True(workflow.IsImported);
        Assert.DoesNotContain(PeriodState.CouncilReview, workflow.Reopen);
        Assert.StartsWith("Kết quả năm này được nhập từ quyết định công bố trước khi có cổng", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(PeriodState.Published, (await db.Periods.AsNoTracking().SingleAsync(x => x.Id == period.Id)).State);
        var result = await db.Assessments.AsNoTracking().SingleAsync(a => a.PeriodId == period.Id);
        Assert.Equal((90m, ResultSource.Imported), (result.FinalIndex!.Value, result.ResultSource!.Value));
    }
}
