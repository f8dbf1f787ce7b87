using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Users;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;

namespace ParIndex.Application.Tests.SelfAssessment;

/// <summary>Withdrawing (the unit's leader) and returning (Home Affairs) a submission before the deadline, with its history and notices.</summary>
public sealed class WithdrawAndReturnTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Withdraw_BeforeTheDeadline_ReopensTheSheetTellsTheInspectorAndKeepsEverySubmissionInTheHistory()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        var inspector = await NewUserAsync(Roles.Inspector, null, "thamdinh@example.vn");
        await app.Handler<AssignInspectorHandler>(Roles.Administrator).HandleAsync(new AssignInspector(story.PeriodId, inspector, story.UnitA, null), Ct);
        await SubmitAsync(story);

        var view = await LeaderView(story);
        Assert.True(view.Can.Withdraw);
        await app.Handler<WithdrawSubmissionHandler>(Roles.AgencyLeader, story.UnitA)
            .HandleAsync(new WithdrawSubmission(story.AssessmentA, "Sửa số liệu tiêu chí 1.2", view.ConcurrencyStamp), Ct);

        var reopened = await LeaderView(story);
        Assert.Equal(AssessmentState.InProgress, reopened.State);
        Assert.True(reopened.Can.Edit);
        Assert.Null(reopened.SubmittedAtUtc);
        await SubmitAsync(story);

        var history = (await app.Handler<GetSelfAssessmentHandler>(Roles.Inspector, userId: inspector)
            .HandleAsync(new GetSelfAssessment(story.PeriodId, story.UnitA), Ct)).Submissions;
        Assert.Equal([SubmissionKind.Submitted, SubmissionKind.Withdrawn, SubmissionKind.Submitted], history.Select(h => h.Kind));
        Assert.Equal("Sửa số liệu tiêu chí 1.2", history[1].Reason);

        await using var db = app.NewDbContext();
        // Other tests' units may tell every inspector too: only this unit's notices count here.
        var unit = story.UnitA.ToString();
        var notices = await db.UserNotices.Where(n => n.UserId == inspector && n.Link!.Contains(unit)).ToListAsync();
        Assert.Equal(3, notices.Count);
        Assert.Single(notices, n => n.Title == "Đơn vị rút bản tự đánh giá" && n.Body.Contains("Sửa số liệu tiêu chí 1.2", StringComparison.Ordinal));
        Assert.Equal(2, notices.Count(n => n.Title == "Đơn vị đã gửi bản tự đánh giá"));
        Assert.Equal(3, await db.OutboxEmails.CountAsync(e => e.To == "thamdinh@example.vn" && e.Body.Contains(unit)));
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "selfAssessment.withdrawn" && a.Succeeded && a.EntityId == story.AssessmentA.ToString());
        Assert.Contains("Sửa số liệu", audit.NewValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_WithoutAReason_ByStaff_OrAfterTheDeadline_IsRefusedAndTheSubmissionStands()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(1));
        await SubmitAsync(story);
        var stamp = (await LeaderView(story)).ConcurrencyStamp;

        var noReason = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<WithdrawSubmissionHandler>(Roles.AgencyLeader, story.UnitA)
            .HandleAsync(new WithdrawSubmission(story.AssessmentA, "  ", stamp), Ct));
        Assert.Contains("Cần ghi lý do", noReason.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<WithdrawSubmissionHandler>(Roles.AgencyStaff, story.UnitA)
            .HandleAsync(new WithdrawSubmission(story.AssessmentA, "Sửa", stamp), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<WithdrawSubmissionHandler>(Roles.AgencyLeader, story.UnitB)
            .HandleAsync(new WithdrawSubmission(story.AssessmentA, "Sửa", stamp), Ct));

        var start = app.Clock.Now;
        try
        {
            app.Clock.Now = start.AddDays(2);
            var late = await Assert.ThrowsAsync<DomainException>(() => app.Handler<WithdrawSubmissionHandler>(Roles.AgencyLeader, story.UnitA)
                .HandleAsync(new WithdrawSubmission(story.AssessmentA, "Sửa", stamp), Ct));
            Assert.Contains("Đã hết hạn tự đánh giá", DomainMessages.For(late), StringComparison.Ordinal);
        }
        finally
        {
            app.Clock.Now = start;
        }

        await using var db = app.NewDbContext();
        Assert.Equal(AssessmentState.Submitted, (await db.Assessments.SingleAsync(a => a.Id == story.AssessmentA)).State);
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "selfAssessment.withdrawn" && !a.Succeeded && a.EntityId == story.AssessmentA.ToString()));
    }

    [Fact]
    public async Task Return_ByHomeAffairs_SendsTheSubmissionBackAndTellsTheUnitsPeople_ButNotByALeadAgencyOrTheUnit()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        var leader = await NewUserAsync(Roles.AgencyLeader, story.UnitA, "lanhdao.xa@example.vn");
        var leadAgency = await NewUserAsync(Roles.Inspector, null, null);
        await app.Handler<AssignInspectorHandler>(Roles.Administrator).HandleAsync(
            new AssignInspector(story.PeriodId, leadAgency, null, await DomainOfAsync(story.YesNo)), Ct);
        await SubmitAsync(story);
        var stamp = (await LeaderView(story)).ConcurrencyStamp;

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ReturnSubmissionHandler>(Roles.Inspector, userId: leadAgency)
            .HandleAsync(new ReturnSubmission(story.AssessmentA, "Thiếu tài liệu", stamp), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<ReturnSubmissionHandler>(Roles.AgencyLeader, story.UnitA)
            .HandleAsync(new ReturnSubmission(story.AssessmentA, "Thiếu tài liệu", stamp), Ct));
        var adminView = await app.Handler<GetSelfAssessmentHandler>(Roles.Administrator).HandleAsync(new GetSelfAssessment(story.PeriodId, story.UnitA), Ct);
        Assert.True(adminView.Can.Return);

        await app.Handler<ReturnSubmissionHandler>(Roles.Administrator)
            .HandleAsync(new ReturnSubmission(story.AssessmentA, "Thiếu quyết định ban hành kế hoạch", stamp), Ct);

        var view = await LeaderView(story);
        Assert.Equal(AssessmentState.InProgress, view.State);
        Assert.Equal([SubmissionKind.Submitted, SubmissionKind.Returned], view.Submissions.Select(s => s.Kind));
        await using var db = app.NewDbContext();
        var notice = await db.UserNotices.SingleAsync(n => n.UserId == leader);
        Assert.Equal("Bản tự đánh giá được trả lại", notice.Title);
        Assert.Contains("Thiếu quyết định ban hành kế hoạch", notice.Body, StringComparison.Ordinal);
        Assert.Equal(1, await db.OutboxEmails.CountAsync(e => e.To == "lanhdao.xa@example.vn"));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "selfAssessment.returned" && a.Succeeded && a.EntityId == story.AssessmentA.ToString()));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "selfAssessment.returned" && !a.Succeeded && a.EntityId == story.AssessmentA.ToString()));
    }

    [Fact]
    public async Task Return_OfASheetNotSubmitted_IsRefusedSayingSo()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        var stamp = (await LeaderView(story)).ConcurrencyStamp;

        var refused = await Assert.ThrowsAsync<DomainException>(() => app.Handler<ReturnSubmissionHandler>(Roles.Administrator)
            .HandleAsync(new ReturnSubmission(story.AssessmentA, "Thiếu tài liệu", stamp), Ct));

        Assert.Equal("assessment.notSubmitted", refused.Code);
    }

    private async Task<Guid> DomainOfAsync(Guid leafId)
    {
        await using var db = app.NewDbContext();
        return await db.FrameworkNodes.Where(n => n.Id == leafId).Select(n => n.ParentId!.Value).SingleAsync();
    }

    private async Task<Guid> NewUserAsync(string role, Guid? unitId, string? email)
    {
        var id = await app.Handler<CreateUserHandler>(Roles.Administrator).HandleAsync(
            new CreateUser(TestApp.UniqueCode("u").ToLowerInvariant(), "Nguyễn Văn Thử", role, unitId, "mùa lúa chín vàng"), Ct);
        if (email is not null)
        {
            await app.WithUserManagerAsync(async users =>
            {
                var user = await users.FindByIdAsync(id.ToString());
                return await users.SetEmailAsync(user!, email);
            });
        }

        return id;
    }

    private async Task SubmitAsync(SelfAssessmentStory story)
    {
        var staff = app.Handler<SaveAnswerHandler>(Roles.AgencyStaff, story.UnitA);
        var view = await LeaderView(story);
        Guid? Stamp(Guid node) => view.Criteria.Single(c => c.NodeId == node).ConcurrencyStamp;
        await staff.HandleAsync(new SaveAnswer(story.AssessmentA, story.YesNo, new Dictionary<string, string?> { ["done"] = "true" },
            "Kế hoạch số 12/KH-UBND, bản giấy lưu tại văn phòng.", Stamp(story.YesNo)), Ct);
        await app.Handler<SaveAnswerHandler>(Roles.AgencyStaff, story.UnitA).HandleAsync(new SaveAnswer(story.AssessmentA, story.Rate,
            new Dictionary<string, string?> { ["numerator"] = "99", ["denominator"] = "100" }, null, Stamp(story.Rate)), Ct);
        await app.Handler<SaveAnswerHandler>(Roles.AgencyStaff, story.UnitA).HandleAsync(new SaveAnswer(story.AssessmentA, story.Level,
            new Dictionary<string, string?> { ["level"] = "Đầy đủ" }, null, Stamp(story.Level)), Ct);
        var stamp = (await LeaderView(story)).ConcurrencyStamp;
        await app.Handler<SubmitSelfAssessmentHandler>(Roles.AgencyLeader, story.UnitA).HandleAsync(new SubmitSelfAssessment(story.AssessmentA, stamp), Ct);
    }

    private Task<SelfAssessmentView> LeaderView(SelfAssessmentStory story) =>
        app.Handler<GetSelfAssessmentHandler>(Roles.AgencyLeader, story.UnitA).HandleAsync(new GetSelfAssessment(story.PeriodId), Ct);
}
