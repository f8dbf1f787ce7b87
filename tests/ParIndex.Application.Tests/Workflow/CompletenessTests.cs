using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.Frameworks;
using ParIndex.Application.Reports;
using ParIndex.Application.Results;
using ParIndex.Application.Tests.Appraisal;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Tests.Reports;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Workflow;

/// <summary>
/// Nothing is decided on incomplete data without someone saying so. The story: unit A submitted 8 of 8 self-scored
/// points (1.1, 1.2, 1.3), unit B never submitted and answered nothing; the survey criterion 2.1 has no result for
/// either; the framework keeps the default rule for a missing survey result ("required").
/// </summary>
public sealed class CompletenessTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Completeness_ListsUnitsNotSubmitted_UnappraisedCriteria_UnansweredQuestions_AndMissingSurveyPerUnitAndCriterion()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        await story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(new AppraiseCriterion(sa.AssessmentA, sa.Rate, AppraisalRound.First, 2m,
            "Tỷ lệ thực tế 91%.", await AppraisalStory.ResponseStampAsync(app, sa.AssessmentA, sa.Rate)), Ct);
        await story.Inspector1<AskForExplanationHandler>(app).HandleAsync(new AskForExplanation(sa.AssessmentA, sa.Level, "Đề nghị gửi biên bản kiểm tra."), Ct);

        var gaps = await ReadAsync(sa.PeriodId, Roles.CouncilMember);

        Assert.Equal([("Xã Bình Minh", AssessmentState.UnderAppraisal)], gaps.NotSubmitted.Select(u => (u.UnitName, u.State)));
        Assert.Equal([("Xã An Bình", "1.1,1.3"), ("Xã Bình Minh", "1.1,1.2,1.3")],
            gaps.Unappraised.Select(u => (u.UnitName, string.Join(',', u.CriterionCodes))));
        Assert.Equal(5, gaps.UnappraisedCriteria);
        Assert.Equal([("Xã An Bình", "1.3")], gaps.UnansweredQuestions.Select(u => (u.UnitName, string.Join(',', u.CriterionCodes))));
        Assert.Equal([("Xã An Bình", "2.1", true), ("Xã Bình Minh", "2.1", true)], gaps.MissingSurvey.Select(m => (m.UnitName, m.CriterionCode, m.Blocks)));
        Assert.Empty(gaps.MissingSector);
        Assert.False(gaps.IsComplete);
        Assert.Equal("Dữ liệu chưa đầy đủ: 2 đơn vị thiếu kết quả khảo sát (2 lượt tiêu chí, 1 tiêu chí khảo sát); 5 tiêu chí của 2 đơn vị chưa được thẩm định. "
            + "Cần nhập kết quả khảo sát hoặc ghi nhận miễn số liệu khảo sát kèm lý do và thẩm định hoặc \"chấp nhận điểm tự đánh giá cho các tiêu chí còn lại\" "
            + "trước khi Hội đồng xem xét, phê duyệt.", gaps.Refusal);
        await Assert.ThrowsAsync<AccessDeniedException>(() => ReadAsync(sa.PeriodId, Roles.AgencyStaff));
    }

    [Fact]
    public void SectorData_MissingForAUnit_IsListed_AndEnteredOrNotApplicableIsNot()
    {
        var framework = new Framework(TestApp.UniqueCode("F"), "Khung thử", BlockKind.CommuneWard, 1, "Thử", isIllustrative: true);
        var domain = framework.AddNode(null, NodeLevel.Domain, "1", "Lĩnh vực", 2m);
        var leaf = framework.AddNode(domain, NodeLevel.Criterion, "1.1", "Hồ sơ đúng hạn", 2m);
        leaf.SetRule(AssessmentMethod.External, RuleType.PercentTiers, """{"tiers":[{"min":95,"points":2}]}""", WhenNothingToCount.Zero);
        var assessment = new Assessment(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), framework.Id);

        var missing = CompletenessRules.LacksSectorData(leaf, null);
        var entered = assessment.ResponseFor(leaf.Id);
        entered.RecordDataResult("""{"rate":97}""", 2m, "Hệ thống một cửa");

        Assert.True(missing);
        Assert.False(CompletenessRules.LacksSectorData(leaf, entered));
    }

    [Fact]
    public async Task SendingToTheCouncil_IsRefusedAndAudited_UntilTheRemainingCriteriaAreAcceptedAndTheSurveyIsWaived()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;

        var incomplete = await Assert.ThrowsAsync<WorkflowRefusedException>(() => StepAsync(sa.PeriodId, PeriodState.CouncilReview));
        Assert.Contains("6 tiêu chí của 2 đơn vị chưa được thẩm định", incomplete.Message, StringComparison.Ordinal);
        Assert.Contains("2 đơn vị thiếu kết quả khảo sát", incomplete.Message, StringComparison.Ordinal);

        await app.Handler<AcceptRemainingSelfScoresHandler>(Roles.Administrator).HandleAsync(new AcceptRemainingSelfScores(sa.PeriodId, null, await BlockOfAsync(sa.UnitA)), Ct);
        var surveyOnly = await Assert.ThrowsAsync<WorkflowRefusedException>(() => StepAsync(sa.PeriodId, PeriodState.CouncilReview));
        Assert.DoesNotContain("chưa được thẩm định", surveyOnly.Message, StringComparison.Ordinal);
        Assert.Contains("thiếu kết quả khảo sát", surveyOnly.Message, StringComparison.Ordinal);

        await app.Handler<RecordSurveyWaiverHandler>(Roles.Administrator).HandleAsync(new RecordSurveyWaiver(sa.PeriodId, sa.Survey, "Năm nay tỉnh không tổ chức khảo sát SIPAS."), Ct);
        await StepAsync(sa.PeriodId, PeriodState.CouncilReview);

        await using var db = app.NewDbContext();
        Assert.Equal(PeriodState.CouncilReview, (await db.Periods.SingleAsync(p => p.Id == sa.PeriodId)).State);
        var id = sa.PeriodId.ToString();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "period.stateChanged" && e.EntityId == id && !e.Succeeded && e.NewValues!.Contains("khảo sát")));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "survey.waived" && e.EntityId == id && e.Succeeded && e.NewValues!.Contains("SIPAS")));
    }

    [Fact]
    public async Task Approval_IsRefusedOnIncompleteData_EvenWhenThePeriodReachedTheCouncil_AndSucceedsOnceResolved()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        await BehindTheWorkflowsBackAsync(sa.PeriodId, PeriodState.CouncilReview);

        var refused = await Assert.ThrowsAsync<WorkflowRefusedException>(() => ApproveAsync(sa.PeriodId));
        Assert.StartsWith("Dữ liệu chưa đầy đủ", refused.Message, StringComparison.Ordinal);
        await using (var db = app.NewDbContext())
        {
            Assert.False(await db.Assessments.AnyAsync(a => a.PeriodId == sa.PeriodId && a.FinalIndex != null));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "period.approved" && !e.Succeeded && e.NewValues!.Contains("Dữ liệu chưa đầy đủ")));
        }

        // Accepting is an appraisal act: it happens in a round, not before the council.
        await Assert.ThrowsAsync<WorkflowRefusedException>(() => app.Handler<AcceptRemainingSelfScoresHandler>(Roles.Administrator)
            .HandleAsync(new AcceptRemainingSelfScores(sa.PeriodId, sa.UnitA, null), Ct));
        await BehindTheWorkflowsBackAsync(sa.PeriodId, PeriodState.AppraisalRound2);
        await story.ResolveForCouncilAsync(app);
        await BehindTheWorkflowsBackAsync(sa.PeriodId, PeriodState.CouncilReview);

        var approved = await ApproveAsync(sa.PeriodId);
        Assert.Equal(100m, approved.Outcomes.Single(o => o.UnitId == sa.UnitA).Index);
    }

    [Fact]
    public async Task SurveyImported_NeedsNoWaiver_AndCountsInTheIndex()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        await using (var db = app.NewDbContext())
        {
            foreach (var assessment in await db.Assessments.Include(a => a.Responses).Where(a => a.PeriodId == sa.PeriodId).ToListAsync())
            {
                assessment.ResponseFor(sa.Survey).RecordDataResult("""{"rate":90}""", 1.8m, "Khảo sát SIPAS 2026");
            }

            await db.SaveChangesAsync();
        }

        await app.Handler<AcceptRemainingSelfScoresHandler>(Roles.Administrator).HandleAsync(new AcceptRemainingSelfScores(sa.PeriodId, null, await BlockOfAsync(sa.UnitA)), Ct);
        Assert.True((await ReadAsync(sa.PeriodId, Roles.Administrator)).Refusal is null);
        await StepAsync(sa.PeriodId, PeriodState.CouncilReview);
        var approved = await ApproveAsync(sa.PeriodId);

        // A: 8 self-scored points accepted + 1.8 survey points of 10 = 98.00.
        Assert.Equal(98m, approved.Outcomes.Single(o => o.UnitId == sa.UnitA).Index);
        var card = await app.Handler<GetUnitScorecardHandler>(Roles.Leader).HandleAsync(new GetUnitScorecard(sa.PeriodId, sa.UnitA), Ct);
        Assert.Empty(card.DataNotes);
    }

    [Fact]
    public async Task Waiver_TheSurveyLeavesTheMaximum_TheScorecardAndTheAnnexSayWhy_AndOnlySurveyCriteriaCanBeWaived()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        await Assert.ThrowsAsync<ValidationException>(() => app.Handler<RecordSurveyWaiverHandler>(Roles.Administrator)
            .HandleAsync(new RecordSurveyWaiver(sa.PeriodId, sa.Rate, "Không phải tiêu chí khảo sát."), Ct));
        await Assert.ThrowsAsync<ValidationException>(() => app.Handler<RecordSurveyWaiverHandler>(Roles.Administrator)
            .HandleAsync(new RecordSurveyWaiver(sa.PeriodId, null, "  "), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<RecordSurveyWaiverHandler>(Roles.Inspector)
            .HandleAsync(new RecordSurveyWaiver(sa.PeriodId, null, "Không tổ chức khảo sát."), Ct));

        var waiver = await app.Handler<RecordSurveyWaiverHandler>(Roles.Administrator)
            .HandleAsync(new RecordSurveyWaiver(sa.PeriodId, null, "Năm nay tỉnh không tổ chức khảo sát SIPAS."), Ct);
        var gaps = await ReadAsync(sa.PeriodId, Roles.Administrator);
        await app.Handler<AcceptRemainingSelfScoresHandler>(Roles.Administrator).HandleAsync(new AcceptRemainingSelfScores(sa.PeriodId, null, await BlockOfAsync(sa.UnitA)), Ct);
        await StepAsync(sa.PeriodId, PeriodState.CouncilReview);
        var approved = await ApproveAsync(sa.PeriodId);

        Assert.Equal("Miễn số liệu khảo sát: Năm nay tỉnh không tổ chức khảo sát SIPAS.", waiver.Line);
        Assert.All(gaps.MissingSurvey, m => Assert.Equal(("Năm nay tỉnh không tổ chức khảo sát SIPAS.", false), (m.WaiverReason, m.Blocks)));
        Assert.Equal(100m, approved.Outcomes.Single(o => o.UnitId == sa.UnitA).Index);
        var card = await app.Handler<GetUnitScorecardHandler>(Roles.Leader).HandleAsync(new GetUnitScorecard(sa.PeriodId, sa.UnitA), Ct);
        Assert.Equal(["Miễn số liệu khảo sát: Năm nay tỉnh không tổ chức khảo sát SIPAS."], card.DataNotes);
        Assert.Equal([new DataWaiver(null, "Năm nay tỉnh không tổ chức khảo sát SIPAS.")], card.DataWaivers);
        Assert.Equal(8m, card.Score!.ApplicableMax);

        var annex = await app.Handler<ExportRankingAnnexPdfHandler>(Roles.Leader).HandleAsync(new ExportRankingAnnexPdf(sa.PeriodId), Ct);
        if (PdfText.Pages(annex.Content) is { } pages)
        {
            Assert.Contains("Miễn số liệu khảo sát: Năm nay tỉnh không tổ chức khảo sát SIPAS.", string.Join('\n', pages), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Waiver_CanBeWithdrawnBeforeApproval_AndThenApprovalWaitsForTheDataAgain()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        await story.ResolveForCouncilAsync(app);
        var waiver = (await ReadAsync(sa.PeriodId, Roles.Administrator)).Waivers.Single();

        await app.Handler<WithdrawSurveyWaiverHandler>(Roles.Administrator).HandleAsync(new WithdrawSurveyWaiver(sa.PeriodId, waiver.Id), Ct);

        var refused = await Assert.ThrowsAsync<WorkflowRefusedException>(() => StepAsync(sa.PeriodId, PeriodState.CouncilReview));
        Assert.Contains("2 đơn vị thiếu kết quả khảo sát", refused.Message, StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "survey.waiverWithdrawn" && e.EntityId == sa.PeriodId.ToString() && e.Succeeded));
    }

    [Theory]
    [InlineData(MissingSurveyRule.NotEvaluated, 100)]
    [InlineData(MissingSurveyRule.Zero, 80)]
    public async Task TheFrameworksRule_DecidesAMissingSurveyWithoutAWaiver(MissingSurveyRule rule, int expectedIndexOfA)
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        await SetRuleBehindTheBackAsync(sa.AssessmentA, rule);
        await app.Handler<AcceptRemainingSelfScoresHandler>(Roles.Administrator).HandleAsync(new AcceptRemainingSelfScores(sa.PeriodId, null, await BlockOfAsync(sa.UnitA)), Ct);

        var gaps = await ReadAsync(sa.PeriodId, Roles.Administrator);
        await StepAsync(sa.PeriodId, PeriodState.CouncilReview);
        var approved = await ApproveAsync(sa.PeriodId);

        Assert.All(gaps.MissingSurvey, m => Assert.Equal((rule, false), (m.CountsAs!.Value, m.Blocks)));
        Assert.Null(gaps.Refusal);
        Assert.Equal(expectedIndexOfA, approved.Outcomes.Single(o => o.UnitId == sa.UnitA).Index);
    }

    [Fact]
    public async Task SettingTheMissingSurveyRule_OnlyOnADraftFramework_ByTheAdministrator_Audited()
    {
        var framework = new Framework(TestApp.UniqueCode("F"), "Khung nháp", BlockKind.CommuneWard, 1, "Thử", isIllustrative: true);
        await using (var db = app.NewDbContext())
        {
            db.Frameworks.Add(framework);
            await db.SaveChangesAsync();
        }

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<SetMissingSurveyRuleHandler>(Roles.Inspector)
            .HandleAsync(new SetMissingSurveyRule(framework.Id, MissingSurveyRule.Zero, framework.ConcurrencyStamp), Ct));
        await app.Handler<SetMissingSurveyRuleHandler>(Roles.Administrator).HandleAsync(new SetMissingSurveyRule(framework.Id, MissingSurveyRule.Zero, framework.ConcurrencyStamp), Ct);

        var details = await app.Handler<GetFrameworkHandler>(Roles.Leader).HandleAsync(new GetFramework(framework.Id), Ct);
        Assert.Equal(MissingSurveyRule.Zero, details.MissingSurvey);
        await using var check = app.NewDbContext();
        Assert.True(await check.AuditEntries.AnyAsync(e => e.Action == "framework.missingSurveyRuleSet" && e.EntityId == framework.Id.ToString() && e.NewValues!.Contains("Zero")));
    }

    [Fact]
    public async Task AcceptRemaining_ForAUnit_RecordsTheSelfScoresAtFullPrecision_LeavesAppraisedOnesAlone_AndAuditsTheCount()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        await using (var db = app.NewDbContext())
        {
            // 76,75 % of a 2-point criterion: 1,535 points, kept as the unit claimed them.
            var response = await db.CriterionResponses.SingleAsync(r => r.AssessmentId == sa.AssessmentA && r.NodeId == sa.Level);
            response.RecordSelfAssessment(response.Inputs, 1.535m, "Một phần.", Guid.CreateVersion7(), app.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        await story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(new AppraiseCriterion(sa.AssessmentA, sa.Rate, AppraisalRound.First, 2m,
            "Tỷ lệ thực tế 91%.", await AppraisalStory.ResponseStampAsync(app, sa.AssessmentA, sa.Rate)), Ct);

        var accepted = await story.Inspector1<AcceptRemainingSelfScoresHandler>(app).HandleAsync(new AcceptRemainingSelfScores(sa.PeriodId, sa.UnitA, null), Ct);
        var again = await story.Inspector1<AcceptRemainingSelfScoresHandler>(app).HandleAsync(new AcceptRemainingSelfScores(sa.PeriodId, sa.UnitA, null), Ct);

        Assert.Equal((1, 2), (accepted.Units, accepted.Criteria));
        Assert.Equal((0, 0), (again.Units, again.Criteria));
        await using var check = app.NewDbContext();
        var scores = await check.CriterionResponses.Where(r => r.AssessmentId == sa.AssessmentA)
            .ToDictionaryAsync(r => r.NodeId, r => (r.Round1Score, r.FinalScore, r.Round1ByUserId));
        Assert.Equal((1.535m, 1.535m, story.Inspector1Id), (scores[sa.Level].Round1Score!.Value, scores[sa.Level].FinalScore!.Value, scores[sa.Level].Round1ByUserId!.Value));
        Assert.Equal((2m, 2m), (scores[sa.YesNo].Round1Score!.Value, scores[sa.Rate].FinalScore!.Value));
        var audit = await check.AuditEntries.SingleAsync(e => e.Action == "appraisal.acceptedRemaining" && e.EntityId == sa.AssessmentA.ToString() && e.Succeeded);
        Assert.Contains("\"Count\":2", audit.NewValues, StringComparison.Ordinal);
        Assert.Contains("1.3", audit.NewValues, StringComparison.Ordinal);
        Assert.DoesNotContain((await ReadAsync(sa.PeriodId, Roles.Administrator)).Unappraised, u => u.UnitId == sa.UnitA);
    }

    [Fact]
    public async Task AcceptRemaining_AUnitThatScoredNothing_GetsWhatItsFiguresGive_WithANote()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;

        var accepted = await app.Handler<AcceptRemainingSelfScoresHandler>(Roles.Administrator).HandleAsync(new AcceptRemainingSelfScores(sa.PeriodId, sa.UnitB, null), Ct);

        Assert.Equal(3, accepted.Criteria);
        await using var db = app.NewDbContext();
        var responses = await db.CriterionResponses.Where(r => r.AssessmentId == sa.AssessmentB && r.NodeId != sa.Survey).ToListAsync();
        Assert.Equal(3, responses.Count);
        Assert.All(responses, r => Assert.Equal((0m, true), (r.FinalScore!.Value, r.AppraisalComment!.StartsWith("Đơn vị không tự chấm", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task AcceptRemaining_InspectorsOnlyWithinTheirAssignments_OthersRefusedAndAudited()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var sa = story.Sa;
        var block = await BlockOfAsync(sa.UnitA);
        var stranger = Guid.CreateVersion7();

        // Inspector 1 is assigned unit A only: for the block, only A's criteria are accepted.
        var unitOnly = await story.Inspector1<AcceptRemainingSelfScoresHandler>(app).HandleAsync(new AcceptRemainingSelfScores(sa.PeriodId, null, block), Ct);
        // Inspector 2 is assigned domain 1 of every unit: B's three criteria are all in domain 1.
        var domain = await story.Inspector2<AcceptRemainingSelfScoresHandler>(app).HandleAsync(new AcceptRemainingSelfScores(sa.PeriodId, sa.UnitB, null), Ct);
        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<AcceptRemainingSelfScoresHandler>(Roles.Inspector, userId: stranger)
            .HandleAsync(new AcceptRemainingSelfScores(sa.PeriodId, null, block), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<AcceptRemainingSelfScoresHandler>(Roles.CouncilMember)
            .HandleAsync(new AcceptRemainingSelfScores(sa.PeriodId, sa.UnitA, null), Ct));
        await Assert.ThrowsAsync<ValidationException>(() => app.Handler<AcceptRemainingSelfScoresHandler>(Roles.Administrator)
            .HandleAsync(new AcceptRemainingSelfScores(sa.PeriodId, sa.UnitA, block), Ct));

        Assert.Equal([("Xã An Bình", 3)], unitOnly.PerUnit.Select(u => (u.UnitName, u.Criteria)));
        Assert.Equal([("Xã Bình Minh", 3)], domain.PerUnit.Select(u => (u.UnitName, u.Criteria)));
        Assert.Equal(AcceptRemainingMessages.NotAssignedToAccept, refused.Message);
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "appraisal.acceptedRemaining" && !e.Succeeded && e.UserId == stranger));
    }

    private Task<PeriodCompleteness> ReadAsync(Guid periodId, string role) =>
        app.Handler<GetPeriodCompletenessHandler>(role).HandleAsync(new GetPeriodCompleteness(periodId), Ct);

    private async Task StepAsync(Guid periodId, PeriodState target) =>
        await app.Handler<ChangePeriodStateHandler>(Roles.Administrator).HandleAsync(
            new ChangePeriodState(periodId, target, null, null, await AppraisalStory.PeriodStampAsync(app, periodId)), Ct);

    private async Task<ApprovedResults> ApproveAsync(Guid periodId) =>
        await app.Handler<ApproveResultsHandler>(Roles.CouncilMember).HandleAsync(new ApproveResults(periodId, new DateOnly(2026, 11, 20), "15/QĐ-HĐTĐ",
            new DateOnly(2026, 11, 21), 9, 7, null, await AppraisalStory.PeriodStampAsync(app, periodId)), Ct);

    private async Task<Guid> BlockOfAsync(Guid unitId)
    {
        await using var db = app.NewDbContext();
        return await db.Units.Where(u => u.Id == unitId).Select(u => u.BlockId).SingleAsync();
    }

    private async Task BehindTheWorkflowsBackAsync(Guid periodId, PeriodState state)
    {
        await using var db = app.NewDbContext();
        var period = await db.Periods.SingleAsync(p => p.Id == periodId);
        period.MoveTo(state, app.Clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }

    /// <summary>The story's framework is still a draft in the database; the rule is set on it as the editor would.</summary>
    private async Task SetRuleBehindTheBackAsync(Guid assessmentId, MissingSurveyRule rule)
    {
        await using var db = app.NewDbContext();
        var frameworkId = await db.Assessments.Where(a => a.Id == assessmentId).Select(a => a.FrameworkId).SingleAsync();
        var framework = await db.Frameworks.SingleAsync(f => f.Id == frameworkId);
        framework.SetMissingSurveyRule(rule);
        await db.SaveChangesAsync();
    }
}
