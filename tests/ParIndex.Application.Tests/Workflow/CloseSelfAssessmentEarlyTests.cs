using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Tests.SelfAssessment;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Tests.Workflow;

/// <summary>Closing self-assessment before the deadline: only once every unit still counted has submitted.</summary>
public sealed class CloseSelfAssessmentEarlyTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task CloseEarly_WhileAUnitHasNotSubmitted_IsRefusedNamingIt_AndOnceAllHave_ClosesAndIsAudited()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        await SubmitAsync(story.PeriodId, story.UnitA, story);

        var refused = await Assert.ThrowsAsync<WorkflowRefusedException>(() => CloseAsync(story.PeriodId));
        Assert.Contains("còn 1 đơn vị chưa gửi: Xã Bình Minh", refused.Message, StringComparison.Ordinal);

        await SubmitAsync(story.PeriodId, story.UnitB, story);
        await CloseAsync(story.PeriodId);

        await using var db = app.NewDbContext();
        Assert.Equal(PeriodState.SelfAssessmentClosed, (await db.Periods.SingleAsync(p => p.Id == story.PeriodId)).State);
        Assert.All(await db.Assessments.Where(a => a.PeriodId == story.PeriodId).ToListAsync(), a => Assert.Equal(AssessmentState.Submitted, a.State));
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "period.stateChanged" && a.Succeeded && a.EntityId == story.PeriodId.ToString());
        Assert.Contains("\"ClosedEarly\":true", audit.NewValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CloseEarly_AUnitClosedByAMerge_DoesNotHoldItBack()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        await SubmitAsync(story.PeriodId, story.UnitA, story);
        await using (var db = app.NewDbContext())
        {
            var merged = await db.Assessments.SingleAsync(a => a.Id == story.AssessmentB);
            merged.CloseForMerge("Sáp nhập vào Xã An Bình.", app.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        await CloseAsync(story.PeriodId);

        await using var check = app.NewDbContext();
        Assert.Equal(PeriodState.SelfAssessmentClosed, (await check.Periods.SingleAsync(p => p.Id == story.PeriodId)).State);
    }

    private async Task CloseAsync(Guid periodId)
    {
        Guid stamp;
        await using (var db = app.NewDbContext())
        {
            stamp = await db.Periods.Where(p => p.Id == periodId).Select(p => p.ConcurrencyStamp).SingleAsync();
        }

        await app.Handler<ChangePeriodStateHandler>(Roles.Administrator)
            .HandleAsync(new ChangePeriodState(periodId, PeriodState.SelfAssessmentClosed, null, null, stamp), Ct);
    }

    private async Task SubmitAsync(Guid periodId, Guid unitId, SelfAssessmentStory story)
    {
        var view = await app.Handler<GetSelfAssessmentHandler>(Roles.AgencyLeader, unitId).HandleAsync(new GetSelfAssessment(periodId), Ct);
        var answers = new (Guid Node, string Key, string Value, string? Explanation)[]
        {
            (story.YesNo, "done", "true", "Kế hoạch số 12/KH-UBND."), (story.Rate, "rate", "99", null), (story.Level, "level", "Đầy đủ", null),
        };
        foreach (var (node, key, value, explanation) in answers)
        {
            await app.Handler<SaveAnswerHandler>(Roles.AgencyStaff, unitId).HandleAsync(new SaveAnswer(view.AssessmentId, node,
                new Dictionary<string, string?> { [key] = value }, explanation, view.Criteria.Single(c => c.NodeId == node).ConcurrencyStamp), Ct);
        }

        var stamp = (await app.Handler<GetSelfAssessmentHandler>(Roles.AgencyLeader, unitId).HandleAsync(new GetSelfAssessment(periodId), Ct)).ConcurrencyStamp;
        await app.Handler<SubmitSelfAssessmentHandler>(Roles.AgencyLeader, unitId).HandleAsync(new SubmitSelfAssessment(view.AssessmentId, stamp), Ct);
    }
}
