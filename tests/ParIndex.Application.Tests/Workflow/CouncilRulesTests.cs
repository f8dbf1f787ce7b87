using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Tests.Appraisal;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Tests.Workflow;

/// <summary>The council's quorum and majority: the period's rule, refusals naming the numbers, the rule kept with the decision.</summary>
public sealed class CouncilRulesTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Approve_ByDefault_NeedsMoreThanHalfOfTheMembers_AndTheRefusalNamesTheNumbers()
    {
        var story = await AtCouncilAsync();

        var oneOfNine = await Assert.ThrowsAsync<ValidationException>(() => ApproveAsync(story, members: 9, present: 9, inFavour: 1));
        Assert.Equal("Chưa đạt đa số: 1/9 thành viên tán thành, cần quá nửa số thành viên (ít nhất 5).", oneOfNine.Errors.Single().ErrorMessage);
        var fourPresent = await Assert.ThrowsAsync<ValidationException>(() => ApproveAsync(story, members: 9, present: 4, inFavour: 4));
        Assert.Equal(("Present", "Chưa đủ túc số: 4/9 thành viên tham gia, cần quá nửa số thành viên (ít nhất 5)."),
            (fourPresent.Errors.Single().PropertyName, fourPresent.Errors.Single().ErrorMessage));

        await ApproveAsync(story, members: 9, present: 6, inFavour: 5);

        await using var db = app.NewDbContext();
        var approval = (await db.Periods.SingleAsync(p => p.Id == story.Sa.PeriodId)).CouncilApproval!;
        Assert.Equal((9, (int?)6, 5, (int?)50, (int?)50), (approval.Members, approval.Present, approval.InFavour, approval.QuorumPercent, approval.MajorityPercent));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "period.approved" && !a.Succeeded && a.EntityId == story.Sa.PeriodId.ToString()));
    }

    [Fact]
    public async Task SetCouncilRules_TwoThirds_RefusesSixOfNineInFavour_AcceptsSeven_AndIsFrozenOnceApproved()
    {
        var story = await AtCouncilAsync();
        var stamp = await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId);
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<SetCouncilRulesHandler>(Roles.CouncilMember)
            .HandleAsync(new SetCouncilRules(story.Sa.PeriodId, 67, 67, stamp), Ct));
        var tooLow = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<SetCouncilRulesHandler>(Roles.Administrator)
            .HandleAsync(new SetCouncilRules(story.Sa.PeriodId, 50, 40, Guid.Empty), Ct));
        Assert.Contains("quá nửa", tooLow.Errors.Single().ErrorMessage, StringComparison.Ordinal);

        await app.Handler<SetCouncilRulesHandler>(Roles.Administrator)
            .HandleAsync(new SetCouncilRules(story.Sa.PeriodId, 67, 67, await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId)), Ct);

        var sixOfNine = await Assert.ThrowsAsync<ValidationException>(() => ApproveAsync(story, members: 9, present: 9, inFavour: 6));
        Assert.Equal("Chưa đạt đa số: 6/9 thành viên tán thành, cần hơn 67% số thành viên (ít nhất 7).", sixOfNine.Errors.Single().ErrorMessage);
        await ApproveAsync(story, members: 9, present: 9, inFavour: 7);
        var approvedStamp = await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId);
        await Assert.ThrowsAsync<WorkflowRefusedException>(() => app.Handler<SetCouncilRulesHandler>(Roles.Administrator)
            .HandleAsync(new SetCouncilRules(story.Sa.PeriodId, 50, 50, approvedStamp), Ct));

        await using var db = app.NewDbContext();
        var period = await db.Periods.SingleAsync(p => p.Id == story.Sa.PeriodId);
        Assert.Equal(((int?)67, (int?)67, 7), (period.CouncilApproval!.QuorumPercent, period.CouncilApproval.MajorityPercent, period.CouncilApproval.InFavour));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "period.councilRules" && a.Succeeded && a.EntityId == story.Sa.PeriodId.ToString()));
    }

    private async Task<AppraisalStory> AtCouncilAsync()
    {
        var story = await AppraisalStory.SeedAsync(app);
        await story.ResolveForCouncilAsync(app);
        await app.Handler<ChangePeriodStateHandler>(Roles.Administrator).HandleAsync(new ChangePeriodState(story.Sa.PeriodId, PeriodState.CouncilReview, null, null,
            await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId)), Ct);
        return story;
    }

    private async Task ApproveAsync(AppraisalStory story, int members, int present, int inFavour) =>
        await app.Handler<ApproveResultsHandler>(Roles.CouncilMember).HandleAsync(new ApproveResults(story.Sa.PeriodId, new DateOnly(2026, 11, 20),
            "15/QĐ-HĐTĐ", new DateOnly(2026, 11, 21), members, inFavour, null, await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId), present), Ct);
}
