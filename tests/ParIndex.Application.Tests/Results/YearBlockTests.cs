using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Dashboards;
using ParIndex.Application.Exports;
using ParIndex.Application.Results;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Units;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Results;

/// <summary>
/// Each year as it was: a unit moved to another block after a year was published stays in its old block, with its old
/// rank, in that year's ranking, dashboard and Excel; the year still open follows it into the new block.
/// </summary>
public sealed class YearBlockTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task MoveUnit_AfterPublication_PublishedYearKeepsOldBlockAndRank_OpenYearFollows()
    {
        var old = await app.SeedBlockAsync(BlockKind.CommuneWard, $"Khối cũ {Guid.NewGuid():N}"[..16]);
        var target = await app.SeedBlockAsync(BlockKind.CommuneWard, $"Khối mới {Guid.NewGuid():N}"[..16]);
        var p = await app.SeedUnitAsync(old.Id, "Xã P");
        var q = await app.SeedUnitAsync(old.Id, "Xã Q");
        var r = await app.SeedUnitAsync(old.Id, "Xã R");
        Guid publishedId, openId;
        await using (var db = app.NewDbContext())
        {
            var framework = new Framework(TestApp.UniqueCode("F"), "Bộ chỉ số xã", BlockKind.CommuneWard, 1, "Thử", isIllustrative: true);
            var published = Period(2071, PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1,
                PeriodState.CouncilReview, PeriodState.Approved, PeriodState.Published);
            var open = Period(2072, PeriodState.SelfAssessmentOpen);
            db.AddRange(framework, published, open);
            db.AddRange(Result(published, p, framework, 90m, 1), Result(published, q, framework, 80m, 2), Result(published, r, framework, 70m, 3));
            db.AddRange(new Assessment(open.Id, p.Id, p.BlockId, framework.Id), new Assessment(open.Id, q.Id, q.BlockId, framework.Id),
                new Assessment(open.Id, r.Id, r.BlockId, framework.Id));
            await db.SaveChangesAsync();
            (publishedId, openId) = (published.Id, open.Id);
        }

        await app.Handler<MoveUnitToBlockHandler>(Roles.Administrator).HandleAsync(new MoveUnitToBlock(q.Id, target.Id, await StampAsync(q.Id)), Ct);

        var rankings = app.Handler<GetBlockRankingHandler>(Roles.Leader);
        var then = await rankings.HandleAsync(new GetBlockRanking(publishedId, old.Id), Ct);
        Assert.Equal([("Xã P", (int?)1), ("Xã Q", 2), ("Xã R", 3)], then.Rows.Select(x => (x.Name, x.Rank)));
        Assert.Empty((await rankings.HandleAsync(new GetBlockRanking(publishedId, target.Id), Ct)).Rows);

        var dashboard = await app.Handler<GetProvinceDashboardHandler>(Roles.Leader).HandleAsync(new GetProvinceDashboard(publishedId, old.Id), Ct);
        Assert.Equal([("Xã P", (int?)1), ("Xã Q", 2), ("Xã R", 3)], dashboard.Ranking.Select(x => (x.Name, x.Rank)));

        var workbook = await app.Handler<ExportResultsWorkbookHandler>(Roles.Leader).HandleAsync(new ExportResultsWorkbook(publishedId), Ct);
        using (var sheet = SpreadsheetDocument.Open(new MemoryStream(workbook.Content), false))
        {
            var texts = sheet.WorkbookPart!.WorksheetParts.Select(w => w.Worksheet.InnerText).ToList();
            var oldSheet = Assert.Single(texts, t => t.Contains($"— {old.Name}", StringComparison.Ordinal));
            Assert.Contains(q.Code, oldSheet, StringComparison.Ordinal);
            Assert.DoesNotContain(texts, t => t.Contains($"— {target.Name}", StringComparison.Ordinal));
        }

        await using var check = app.NewDbContext();
        var blocks = await check.Assessments.AsNoTracking().Where(a => a.UnitId == q.Id).ToDictionaryAsync(a => a.PeriodId, a => a.BlockId);
        Assert.Equal(old.Id, blocks[publishedId]);
        Assert.Equal(target.Id, blocks[openId]);
        Assert.Equal(old.Id, await check.Assessments.Where(a => a.UnitId == p.Id && a.PeriodId == openId).Select(a => a.BlockId).SingleAsync());
    }

    private async Task<Guid> StampAsync(Guid unitId)
    {
        await using var db = app.NewDbContext();
        return (await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId)).ConcurrencyStamp;
    }

    private static EvaluationPeriod Period(int year, params PeriodState[] states)
    {
        var period = new EvaluationPeriod(year, $"Năm {year}", new DateTime(year, 10, 1, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(year, 11, 30, 10, 0, 0, DateTimeKind.Utc));
        foreach (var state in states)
        {
            period.MoveTo(state, new DateTime(year, 12, 15, 0, 0, 0, DateTimeKind.Utc));
        }

        return period;
    }

    private static Assessment Result(EvaluationPeriod period, Unit unit, Framework framework, decimal index, int rank)
    {
        var assessment = new Assessment(period.Id, unit.Id, unit.BlockId, framework.Id);
        assessment.RecordResult(index, ClassificationBands.Classify(index, ClassificationBands.Default), rank, ResultSource.Imported);
        return assessment;
    }
}
