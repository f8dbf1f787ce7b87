using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.Dashboards;
using ParIndex.Application.Tests.Appraisal;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Tests.Dashboards;

/// <summary>
/// The council's approval stores each block's dashboard digest from the scorecards it decides; the dashboards read it
/// rather than every response; reopening the approval removes it until the council decides again.
/// </summary>
public sealed class StoredDigestTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task TheApprovalStoresTheDigest_TheDashboardReadsIt_AndReopeningTakesItBack()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        // A claimed everything (8 of 8 in domain 1); the inspector takes 2 of the rate's 4 points; B never answered.
        await story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(new AppraiseCriterion(sa.AssessmentA, sa.Rate, AppraisalRound.First, 2m,
            "Tỷ lệ đúng hạn thực tế 92%, không phải 99%.", await AppraisalStory.ResponseStampAsync(app, sa.AssessmentA, sa.Rate)), Ct);
        await story.ResolveForCouncilAsync(app);
        await StepAsync(sa.PeriodId, PeriodState.CouncilReview, null);
        await ApproveAsync(sa.PeriodId);
        var blockId = await BlockOfAsync(sa.UnitA);

        var approved = await DomainOnePercentsAsync(sa.PeriodId, blockId);
        Assert.Equal(1, await DigestsAsync(sa.PeriodId));
        await BehindTheDashboardsBackAsync(sa.AssessmentA, sa.Rate, 4m);
        var stillApproved = await DomainOnePercentsAsync(sa.PeriodId, blockId);

        await StepAsync(sa.PeriodId, PeriodState.CouncilReview, "Hội đồng xem xét lại tiêu chí 1.2.");
        var digestsWhileReopened = await DigestsAsync(sa.PeriodId);
        var reconsidered = await DomainOnePercentsAsync(sa.PeriodId, blockId);
        await ApproveAsync(sa.PeriodId);
        var reapproved = await DomainOnePercentsAsync(sa.PeriodId, blockId);

        Assert.Equal([("Xã An Bình", (decimal?)75m), ("Xã Bình Minh", 0m)], approved);
        Assert.Equal(approved, stillApproved);
        Assert.Equal(0, digestsWhileReopened);
        Assert.Equal([("Xã An Bình", (decimal?)100m), ("Xã Bình Minh", 0m)], reconsidered);
        Assert.Equal(reconsidered, reapproved);
        Assert.Equal(1, await DigestsAsync(sa.PeriodId));
    }

    [Fact]
    public async Task TheStoredDigestHoldsWhatTheScorecardsGive_PointsLostPerCriterionIncluded_AndUnitsThatAnsweredNothing()
    {
        var story = await AppraisalStory.SeedAsync(app);
        await story.ResolveForCouncilAsync(app);
        await StepAsync(story.Sa.PeriodId, PeriodState.CouncilReview, null);
        var blockId = await BlockOfAsync(story.Sa.UnitA);
        await Assert.ThrowsAsync<NotFoundException>(() =>
            app.Handler<GetProvinceDashboardHandler>(Roles.Leader).HandleAsync(new GetProvinceDashboard(story.Sa.PeriodId, blockId), Ct));

        await ApproveAsync(story.Sa.PeriodId);
        var stored = await app.Handler<GetProvinceDashboardHandler>(Roles.Leader).HandleAsync(new GetProvinceDashboard(story.Sa.PeriodId, blockId), Ct);

        // Nothing is decided before the approval, so the period is not on the dashboard; after it, B (which answered
        // nothing) lost every point of 1.1, 1.2 and 1.3 and A none; the survey was not held, so it cost nobody anything.
        Assert.Equal([("1.2", 4m, 1), ("1.1", 2m, 1), ("1.3", 2m, 1)], stored.TopLost.Select(l => (l.Code, l.PointsLost, l.UnitsLosing)));
        Assert.Equal(["1", "2", "T"], stored.HeatMap.Domains.Select(d => d.Value));
    }

    private async Task<List<(string Name, decimal? Percent)>> DomainOnePercentsAsync(Guid periodId, Guid blockId)
    {
        var d = await app.Handler<GetProvinceDashboardHandler>(Roles.Leader).HandleAsync(new GetProvinceDashboard(periodId, blockId, "1"), Ct);
        return [.. d.HeatMap.Rows.Select(r => (r.Name, r.Percents[0]))];
    }

    private async Task<int> DigestsAsync(Guid periodId)
    {
        await using var db = app.NewDbContext();
        return await db.BlockDigests.CountAsync(d => d.PeriodId == periodId);
    }

    private async Task<Guid> BlockOfAsync(Guid unitId)
    {
        await using var db = app.NewDbContext();
        return await db.Units.Where(u => u.Id == unitId).Select(u => u.BlockId).SingleAsync();
    }

    private async Task BehindTheDashboardsBackAsync(Guid assessmentId, Guid nodeId, decimal points)
    {
        await using var db = app.NewDbContext();
        var response = await db.CriterionResponses.SingleAsync(r => r.AssessmentId == assessmentId && r.NodeId == nodeId);
        response.RecordFinalScore(points, null);
        await db.SaveChangesAsync();
    }

    private async Task ApproveAsync(Guid periodId) =>
        await app.Handler<ApproveResultsHandler>(Roles.CouncilMember).HandleAsync(new ApproveResults(periodId, new DateOnly(2026, 11, 20), "15/QĐ-HĐTĐ",
            new DateOnly(2026, 11, 21), 9, 7, null, await AppraisalStory.PeriodStampAsync(app, periodId)), Ct);

    private async Task StepAsync(Guid periodId, PeriodState target, string? reason) =>
        await app.Handler<ChangePeriodStateHandler>(Roles.Administrator).HandleAsync(
            new ChangePeriodState(periodId, target, reason, null, await AppraisalStory.PeriodStampAsync(app, periodId)), Ct);
}
