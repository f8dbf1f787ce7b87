using ParIndex.Application.Common;
using ParIndex.Application.Dashboards;
using ParIndex.Application.Results;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Results;

/// <summary>
/// Rank and score change since the previous published year, following units through merges: X absorbed Y in 2025;
/// Z is new in 2025 and continues W.
/// </summary>
public sealed class BlockRankingTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Ranking_AfterMerges_ComparesWithOwnOrSinglePredecessorAndNamesMergedUnits()
    {
        var story = await SeedAsync(publishCurrent: true);

        var ranking = await app.Handler<GetBlockRankingHandler>(Roles.AgencyStaff, story.X)
            .HandleAsync(new GetBlockRanking(story.CurrentPeriod, story.Block), Ct);

        Assert.Equal(story.PreviousYear, ranking.PreviousYear);
        var x = ranking.Rows[0];
        Assert.Equal((story.X, 92.01m, 1, 85m, 2, 1), (x.UnitId, x.Index, x.Rank, x.PreviousIndex, x.PreviousRank, x.RankChange));
        Assert.Equal(7.01m, x.IndexChange);
        Assert.Equal(["Xã Y"], x.MergedFrom);
        var z = ranking.Rows[1];
        Assert.Equal((story.Z, 75m, 2, 70m, 3, 1), (z.UnitId, z.Index, z.Rank, z.PreviousIndex, z.PreviousRank, z.RankChange));
        Assert.Equal(["Xã W"], z.MergedFrom);
    }

    /// <summary>
    /// The dashboard tells the ranking's story: the same rank change, and a sparkline that follows Z back to W, its single
    /// predecessor, for the year before the merger (docs/methodology.md, comparing across a merger).
    /// </summary>
    [Fact]
    public async Task Dashboard_SparklineFollowsASinglePredecessor_AndTheRankChangeIsTheRankings()
    {
        var story = await SeedAsync(publishCurrent: true, onYear: 2060);

        var dashboard = await app.Handler<GetProvinceDashboardHandler>(Roles.Leader)
            .HandleAsync(new GetProvinceDashboard(story.CurrentPeriod, story.Block), Ct);

        Assert.Equal([story.PreviousYear, story.PreviousYear + 1], dashboard.HistoryYears);
        Assert.Equal([(story.X, (int?)1, (decimal?)85m, (decimal?)92.01m), (story.Z, 1, 70m, 75m)],
            dashboard.Ranking.Select(r => (r.UnitId, r.RankChange, r.History[0], r.History[1])));
    }

    [Fact]
    public async Task Ranking_BeforePublication_IsRefusedToAgencyStaffButShownToInspectors()
    {
        var story = await SeedAsync(publishCurrent: false);

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<GetBlockRankingHandler>(Roles.AgencyStaff, story.X)
            .HandleAsync(new GetBlockRanking(story.CurrentPeriod, story.Block), Ct));
        var ranking = await app.Handler<GetBlockRankingHandler>(Roles.Inspector)
            .HandleAsync(new GetBlockRanking(story.CurrentPeriod, story.Block), Ct);
        Assert.Equal(2, ranking.Rows.Count);
    }

    private async Task<Story> SeedAsync(bool publishCurrent, int? onYear = null)
    {
        // Each test uses its own years: the previous period is found by year across the whole database.
        var year = onYear ?? 2040 + (publishCurrent ? 0 : 10);
        var block = await app.SeedBlockAsync(BlockKind.CommuneWard);
        var x = await app.SeedUnitAsync(block.Id, "Xã X");
        var y = await app.SeedUnitAsync(block.Id, "Xã Y");
        var w = await app.SeedUnitAsync(block.Id, "Xã W");
        var z = await app.SeedUnitAsync(block.Id, "Xã Z");
        await using var db = app.NewDbContext();
        var framework = new Framework(TestApp.UniqueCode("F"), "Bộ chỉ số xã", BlockKind.CommuneWard, 1, "Thử", isIllustrative: true);
        var previous = Period(year - 1, publish: true);
        var current = Period(year, publishCurrent);
        db.AddRange(framework, previous, current);
        db.AddRange(
            Result(previous, x, framework, 85m, 2),
            Result(previous, y, framework, 90m, 1),
            Result(previous, w, framework, 70m, 3),
            Result(current, x, framework, 92.005m, 1),
            Result(current, z, framework, 75m, 2));
        db.Attach(y);
        db.Attach(x);
        db.Attach(w);
        db.Attach(z);
        db.Add(y.MergeInto(x, new DateOnly(year, 7, 1), "Nghị quyết thử"));
        db.Add(w.MergeInto(z, new DateOnly(year, 7, 1), "Nghị quyết thử"));
        await db.SaveChangesAsync();
        return new Story(block.Id, current.Id, year - 1, x.Id, z.Id);
    }

    private static EvaluationPeriod Period(int year, bool publish)
    {
        var period = new EvaluationPeriod(year, $"Năm {year}", new DateTime(year, 10, 1, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(year, 11, 30, 10, 0, 0, DateTimeKind.Utc));
        var states = publish
            ? new[] { PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1, PeriodState.CouncilReview, PeriodState.Approved, PeriodState.Published }
            : [PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1];
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

    private sealed record Story(Guid Block, Guid CurrentPeriod, int PreviousYear, Guid X, Guid Z);
}
