using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Appraisal;

public sealed class AppraisalFlowTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Round1_TakingPointsAwayNeedsAReason_AndTheChangeIsAudited()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var stamp = await AppraisalStory.ResponseStampAsync(app, story.Sa.AssessmentA, story.Sa.Rate);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(
            new AppraiseCriterion(story.Sa.AssessmentA, story.Sa.Rate, AppraisalRound.First, 2m, null, stamp), Ct));
        Assert.Contains(refused.Errors, e => e.PropertyName == "Comment");

        var saved = await story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(
            new AppraiseCriterion(story.Sa.AssessmentA, story.Sa.Rate, AppraisalRound.First, 2m, "Tỷ lệ đúng hạn theo hệ thống một cửa là 91%.", stamp), Ct);

        Assert.Equal(2m, saved.FinalScore);
        await using var db = app.NewDbContext();
        var response = await db.CriterionResponses.SingleAsync(r => r.AssessmentId == story.Sa.AssessmentA && r.NodeId == story.Sa.Rate);
        Assert.Equal((2m, 4m), (response.Round1Score!.Value, response.SelfScore!.Value));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "appraisal.scored" && e.EntityId == response.Id.ToString() && e.Succeeded));
    }

    [Fact]
    public async Task TwoInspectorsOnOneCriterion_TheSecondGetsAConflictNamingTheFirst_AndOnlyAConfirmedSaveReplacesIt()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var seen = await AppraisalStory.ResponseStampAsync(app, story.Sa.AssessmentA, story.Sa.Rate);
        await story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(
            new AppraiseCriterion(story.Sa.AssessmentA, story.Sa.Rate, AppraisalRound.First, 4m, null, seen), Ct);

        var conflict = await Assert.ThrowsAsync<AppraisalConflictException>(() => story.Inspector2<AppraiseCriterionHandler>(app).HandleAsync(
            new AppraiseCriterion(story.Sa.AssessmentA, story.Sa.Rate, AppraisalRound.First, 3m, "Thiếu hồ sơ tháng 12.", seen), Ct));

        Assert.Equal(4m, conflict.SavedScore);
        Assert.Equal("Thẩm định viên", conflict.SavedBy);
        Assert.Contains("4", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(4m, await FinalAsync(story.Sa.AssessmentA, story.Sa.Rate));

        await story.Inspector2<AppraiseCriterionHandler>(app).HandleAsync(new AppraiseCriterion(story.Sa.AssessmentA, story.Sa.Rate,
            AppraisalRound.First, 3m, "Thiếu hồ sơ tháng 12.", await AppraisalStory.ResponseStampAsync(app, story.Sa.AssessmentA, story.Sa.Rate)), Ct);
        Assert.Equal(3m, await FinalAsync(story.Sa.AssessmentA, story.Sa.Rate));
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "appraisal.scored" && !e.Succeeded && e.NewValues!.Contains("conflict")));
    }

    [Fact]
    public async Task OnlyAssignedInspectorsWriteAppraisedScores()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var stamp = await AppraisalStory.ResponseStampAsync(app, story.Sa.AssessmentA, story.Sa.Level);
        var command = new AppraiseCriterion(story.Sa.AssessmentA, story.Sa.Level, AppraisalRound.First, 2m, null, stamp);

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<AppraiseCriterionHandler>(Roles.Inspector).HandleAsync(command, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<AppraiseCriterionHandler>(Roles.Administrator).HandleAsync(command, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<AppraiseCriterionHandler>(Roles.AgencyLeader, story.Sa.UnitA).HandleAsync(command, Ct));
        // Inspector 2 holds domain 1 only: the bonus (domain T) of the same unit is out of reach.
        await Assert.ThrowsAsync<AccessDeniedException>(() => story.Inspector2<AppraiseCriterionHandler>(app).HandleAsync(
            new AppraiseCriterion(story.Sa.AssessmentA, story.Sa.Bonus, AppraisalRound.First, 0m, null, null), Ct));

        Assert.Null(await FinalAsync(story.Sa.AssessmentA, story.Sa.Level));
        await story.Inspector2<AppraiseCriterionHandler>(app).HandleAsync(command, Ct);
        Assert.Equal(2m, await FinalAsync(story.Sa.AssessmentA, story.Sa.Level));
    }

    [Fact]
    public async Task RoundTwoBeforeItsStep_AndAnsweringBeforeTheRoundOpens_AreRefusedAndAudited()
    {
        var story = await AppraisalStory.SeedAsync(app);

        var stamp = await AppraisalStory.ResponseStampAsync(app, story.Sa.AssessmentA, story.Sa.Rate);
        await Assert.ThrowsAsync<WorkflowRefusedException>(() => story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(
            new AppraiseCriterion(story.Sa.AssessmentA, story.Sa.Rate, AppraisalRound.Second, 4m, null, stamp), Ct));
        await story.Inspector1<AskForExplanationHandler>(app).HandleAsync(new AskForExplanation(story.Sa.AssessmentA, story.Sa.Rate, "Đề nghị bổ sung số liệu."), Ct);
        await Assert.ThrowsAsync<WorkflowRefusedException>(() => app.Handler<AnswerExplanationHandler>(Roles.AgencyStaff, story.Sa.UnitA).HandleAsync(
            new AnswerExplanation(story.Sa.AssessmentA, story.Sa.Rate, "Đã bổ sung.", Guid.Empty), Ct));

        await using var db = app.NewDbContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => (e.Action == "appraisal.scored" || e.Action == "explanation.answered") && !e.Succeeded
            && (e.EntityId == story.Sa.AssessmentA.ToString())));
    }

    [Fact]
    public async Task BothRoundsAndTheExplanation_AreKept_AndUnitsSeeQuestionsButNotUnreleasedScores()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        await story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(new AppraiseCriterion(sa.AssessmentA, sa.Rate, AppraisalRound.First, 2m,
            "Chưa có báo cáo tháng 12.", await AppraisalStory.ResponseStampAsync(app, sa.AssessmentA, sa.Rate)), Ct);
        await story.Inspector1<AskForExplanationHandler>(app).HandleAsync(new AskForExplanation(sa.AssessmentA, sa.Rate, "Đề nghị bổ sung báo cáo tháng 12."), Ct);
        var start = app.Clock.Now;
        try
        {
            await StepAsync(sa.PeriodId, PeriodState.ExplanationOpen, explanationDeadline: VietnamTime.FromUtc(start.UtcDateTime).DateTime.AddDays(5));

            var unitView = await app.Handler<GetAppraisalHandler>(Roles.AgencyStaff, sa.UnitA).HandleAsync(new GetAppraisal(sa.PeriodId, sa.UnitA), Ct);
            var asked = unitView.Criteria.Single(c => c.Unit.NodeId == sa.Rate);
            Assert.Equal(("Đề nghị bổ sung báo cáo tháng 12.", (decimal?)null), (asked.Question, asked.Round1Score));
            Assert.True(unitView.Can.Answer);
            Assert.Equal(AssessmentState.ExplanationRequested, unitView.State);
            await using (var db = app.NewDbContext())
            {
                // Told through the notices and outbox (CycleNoticesTests): nothing unit-wide any more.
                Assert.False(await db.Notices.AnyAsync(n => n.UnitId == sa.UnitA || n.UnitId == sa.UnitB));
            }

            await app.Handler<AnswerExplanationHandler>(Roles.AgencyStaff, sa.UnitA).HandleAsync(
                new AnswerExplanation(sa.AssessmentA, sa.Rate, "Đã bổ sung báo cáo tháng 12 (số 12/BC-UBND).", asked.ConcurrencyStamp!.Value), Ct);

            app.Clock.Now = start.AddDays(6);
            Assert.Equal(1, await app.Handler<CloseExpiredRoundsHandler>(Roles.Administrator).HandleAsync(new CloseExpiredRounds(), Ct));
            Assert.Equal(0, await app.Handler<CloseExpiredRoundsHandler>(Roles.Administrator).HandleAsync(new CloseExpiredRounds(), Ct));
            await Assert.ThrowsAsync<WorkflowRefusedException>(() => app.Handler<AnswerExplanationHandler>(Roles.AgencyStaff, sa.UnitA).HandleAsync(
                new AnswerExplanation(sa.AssessmentA, sa.Rate, "Quá hạn.", Guid.Empty), Ct));

            await StepAsync(sa.PeriodId, PeriodState.AppraisalRound2);
            await story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(new AppraiseCriterion(sa.AssessmentA, sa.Rate, AppraisalRound.Second, 4m,
                null, await AppraisalStory.ResponseStampAsync(app, sa.AssessmentA, sa.Rate)), Ct);

            var view = await story.Inspector1<GetAppraisalHandler>(app).HandleAsync(new GetAppraisal(sa.PeriodId, sa.UnitA), Ct);
            var rate = view.Criteria.Single(c => c.Unit.NodeId == sa.Rate);
            Assert.Equal((2m, 4m, 4m), (rate.Round1Score!.Value, rate.Round2Score!.Value, rate.DecidedPoints!.Value));
            Assert.Equal("Đã bổ sung báo cáo tháng 12 (số 12/BC-UBND).", rate.Answer);
            Assert.Equal("Chưa có báo cáo tháng 12.", rate.Round1Comment);
            Assert.Equal(AssessmentState.ExplanationSubmitted, view.State);
            Assert.Equal(100m, view.Totals.AppraisedIndex);
            Assert.Equal(Classification.Excellent, view.Totals.ProjectedClass);
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    [Fact]
    public async Task CouncilApproval_DecidesIndexClassAndRank_NeedsAMajority_AndReopeningNeedsAReason()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        await story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(new AppraiseCriterion(sa.AssessmentA, sa.Rate, AppraisalRound.First, 2m,
            "Tỷ lệ thực tế 91%.", await AppraisalStory.ResponseStampAsync(app, sa.AssessmentA, sa.Rate)), Ct);
        await story.ResolveForCouncilAsync(app);
        await StepAsync(sa.PeriodId, PeriodState.CouncilReview);
        var review = await app.Handler<GetPeriodWorkflowHandler>(Roles.CouncilMember).HandleAsync(new GetPeriodWorkflow(sa.PeriodId), Ct);
        var projected = review.Projection.Single().Units.Single(u => u.UnitId == sa.UnitA);
        Assert.Equal((75m, Classification.Fair, (int?)1, (decimal?)100m), (projected.Index, projected.Classification, projected.Rank, projected.SelfIndex));
        Assert.True(review.MayApprove);

        var minority = Approval(sa.PeriodId, await AppraisalStory.PeriodStampAsync(app, sa.PeriodId), inFavour: 4);
        await Assert.ThrowsAsync<ValidationException>(() => app.Handler<ApproveResultsHandler>(Roles.CouncilMember).HandleAsync(minority, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ApproveResultsHandler>(Roles.Administrator).HandleAsync(minority with { InFavour = 7 }, Ct));

        var result = await app.Handler<ApproveResultsHandler>(Roles.CouncilMember).HandleAsync(minority with { InFavour = 7 }, Ct);

        // Unit A: 2 + 2 (accepted) + 2 (appraised) of 8 applicable (the survey leaf is waived, so it leaves the maximum) = 75.00, khá, rank 1.
        var a = result.Outcomes.Single(o => o.UnitId == sa.UnitA);
        var b = result.Outcomes.Single(o => o.UnitId == sa.UnitB);
        Assert.Equal((75m, Classification.Fair, (int?)1), (a.Index, a.Classification, a.Rank));
        Assert.Equal((0m, Classification.Weak, (int?)2), (b.Index, b.Classification, b.Rank));
        await using (var db = app.NewDbContext())
        {
            var period = await db.Periods.SingleAsync(p => p.Id == sa.PeriodId);
            Assert.Equal((PeriodState.Approved, "15/QĐ-HĐTĐ", 7), (period.State, period.CouncilApproval!.DecisionNumber, period.CouncilApproval.InFavour));
            var stored = await db.Assessments.SingleAsync(x => x.Id == sa.AssessmentA);
            Assert.Equal((75m, AssessmentState.Final), (stored.FinalIndex!.Value, stored.State));
        }

        await Assert.ThrowsAsync<WorkflowRefusedException>(() => story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(new AppraiseCriterion(sa.AssessmentA,
            sa.Rate, AppraisalRound.Second, 4m, null, null), Ct));
        await Assert.ThrowsAsync<ValidationException>(() => StepAsync(sa.PeriodId, PeriodState.CouncilReview));
        await StepAsync(sa.PeriodId, PeriodState.CouncilReview, reason: "Đơn vị khiếu nại tiêu chí 1.2, Hội đồng xem xét lại.");
        await using (var db = app.NewDbContext())
        {
            var period = await db.Periods.SingleAsync(p => p.Id == sa.PeriodId);
            Assert.Equal((PeriodState.CouncilReview, (CouncilApproval?)null), (period.State, period.CouncilApproval));
            Assert.Equal(AssessmentState.AppraisedRound2, (await db.Assessments.SingleAsync(x => x.Id == sa.AssessmentA)).State);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "period.reopened" && e.EntityId == sa.PeriodId.ToString() && e.NewValues!.Contains("khiếu nại")));
        }

        var history = (await app.Handler<GetPeriodWorkflowHandler>(Roles.Leader).HandleAsync(new GetPeriodWorkflow(sa.PeriodId), Ct)).History;
        var reopened = history.First(e => e.Action == "period.reopened");
        Assert.Equal((PeriodState.CouncilReview, "Đơn vị khiếu nại tiêu chí 1.2, Hội đồng xem xét lại."), (reopened.State!.Value, reopened.Reason));
        Assert.Contains(history, e => e.Action == "period.approved" && e.DecisionNumber == "15/QĐ-HĐTĐ");
    }

    [Fact]
    public async Task Approval_WhenTheSaveFails_LeavesNoResultAndNoStateChange()
    {
        var story = await AppraisalStory.SeedAsync(app);
        await story.ResolveForCouncilAsync(app);
        await StepAsync(story.Sa.PeriodId, PeriodState.CouncilReview);
        var user = new FakeCurrentUser { IsAuthenticated = true, UserId = Guid.CreateVersion7(), UserName = "hoidong", Roles = [Roles.CouncilMember] };
        var failing = new ApproveResultsHandler(new FailingSaveDbFactory(app.Services.GetRequiredService<IParIndexDbFactory>()),
            new ApproveResultsValidator(app.Clock), user, app.Clock, app.Services.GetRequiredService<ParIndex.Application.Notifications.Notifier>());

        var request = Approval(story.Sa.PeriodId, await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId), 7);
        await Assert.ThrowsAsync<IOException>(() => failing.HandleAsync(request, Ct));

        await using var db = app.NewDbContext();
        Assert.Equal(PeriodState.CouncilReview, (await db.Periods.SingleAsync(p => p.Id == story.Sa.PeriodId)).State);
        Assert.False(await db.Assessments.AnyAsync(a => a.PeriodId == story.Sa.PeriodId && a.FinalIndex != null));
    }

    [Fact]
    public async Task ClosingSelfAssessmentBeforeTheLastDeadline_IsRefused_AndTheLockJobClosesItOnce()
    {
        var sa = await SelfAssessment.SelfAssessmentStory.SeedAsync(app, TimeSpan.FromHours(2));
        var start = app.Clock.Now;
        try
        {
            await Assert.ThrowsAsync<WorkflowRefusedException>(() => StepAsync(sa.PeriodId, PeriodState.SelfAssessmentClosed));
            app.Clock.Now = start.AddHours(2);
            Assert.Equal(1, await app.Handler<CloseExpiredRoundsHandler>(Roles.Administrator).HandleAsync(new CloseExpiredRounds(), Ct));
            Assert.Equal(0, await app.Handler<CloseExpiredRoundsHandler>(Roles.Administrator).HandleAsync(new CloseExpiredRounds(), Ct));
            await using var db = app.NewDbContext();
            Assert.Equal(PeriodState.SelfAssessmentClosed, (await db.Periods.SingleAsync(p => p.Id == sa.PeriodId)).State);
            Assert.All(await db.Assessments.Where(a => a.PeriodId == sa.PeriodId).ToListAsync(), a => Assert.Equal(AssessmentState.LockedAtDeadline, a.State));
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    [Fact]
    public async Task Assignments_OfferEachDomainOnce_WhenTwoBlocksShareAFramework()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var vertical = await app.SeedBlockAsync(BlockKind.VerticalAgency, "Khối ngành dọc");
        await using (var db = app.NewDbContext())
        {
            var period = await db.Periods.SingleAsync(p => p.Id == story.Sa.PeriodId);
            period.UseFramework(vertical.Id, period.Frameworks.Single().FrameworkId);
            await db.SaveChangesAsync();
        }

        var board = await app.Handler<ListAssignmentsHandler>(Roles.Administrator).HandleAsync(new ListAssignments(story.Sa.PeriodId), Ct);

        Assert.Equal(board.Domains.Count, board.Domains.Select(d => d.Id).Distinct().Count());
        Assert.Contains(board.Domains, d => d.Id == story.Domain1 && d.Label.Contains("Khối ngành dọc", StringComparison.Ordinal));
        Assert.Equal(2, board.Assignments.Count);
    }

    private static ApproveResults Approval(Guid periodId, Guid stamp, int inFavour) =>
        new(periodId, new DateOnly(2026, 11, 20), "15/QĐ-HĐTĐ", new DateOnly(2026, 11, 21), 9, inFavour, "Họp trực tiếp.", stamp);

    private async Task StepAsync(Guid periodId, PeriodState target, string? reason = null, DateTime? explanationDeadline = null) =>
        await app.Handler<ChangePeriodStateHandler>(Roles.Administrator).HandleAsync(
            new ChangePeriodState(periodId, target, reason, explanationDeadline, await AppraisalStory.PeriodStampAsync(app, periodId)), Ct);


    private async Task<decimal?> FinalAsync(Guid assessmentId, Guid nodeId)
    {
        await using var db = app.NewDbContext();
        return await db.CriterionResponses.Where(r => r.AssessmentId == assessmentId && r.NodeId == nodeId).Select(r => r.FinalScore).SingleOrDefaultAsync();
    }
}
