using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.Notifications;
using ParIndex.Application.Publication;
using ParIndex.Application.Tests.Appraisal;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Users;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Tests.Notifications;

/// <summary>Every step of the cycle tells the people it concerns, once: the council, Home Affairs, every unit.</summary>
public sealed class CycleNoticesTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task CouncilApprovalAndPublication_EachTellTheirPeopleOnce_InAppAndByEmail()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var member = await NewUserAsync(Roles.CouncilMember, null, "hoidong.thu@example.vn");
        var unitLeader = await NewUserAsync(Roles.AgencyLeader, story.Sa.UnitA, "lanhdao.anbinh@example.vn");
        var otherUnit = await NewUserAsync(Roles.AgencyStaff, story.Sa.UnitB, null);

        await app.Handler<ReleaseRound1ResultsHandler>(Roles.Administrator).HandleAsync(
            new ReleaseRound1Results(story.Sa.PeriodId, true, await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId)), Ct);
        await story.ResolveForCouncilAsync(app);
        await StepAsync(story, PeriodState.CouncilReview);
        await app.Handler<ApproveResultsHandler>(Roles.CouncilMember, userId: member).HandleAsync(new ApproveResults(story.Sa.PeriodId,
            new DateOnly(2026, 11, 20), "15/QĐ-HĐTĐ", new DateOnly(2026, 11, 21), 9, 7, null, await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId)), Ct);
        await app.Handler<PublishResultsHandler>(Roles.Administrator).HandleAsync(new PublishResults(story.Sa.PeriodId, "30/QĐ-UBND",
            new DateOnly(2026, 11, 22), "Chủ tịch UBND tỉnh", null, await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId)), Ct);

        await using var db = app.NewDbContext();
        var period = story.Sa.PeriodId.ToString();
        var year = await db.Periods.Where(p => p.Id == story.Sa.PeriodId).Select(p => p.Year).SingleAsync();
        Assert.Equal(["Kỳ đánh giá chờ Hội đồng phê duyệt", "Công bố Chỉ số CCHC"],
            await db.UserNotices.Where(n => n.UserId == member).OrderBy(n => n.CreatedAtUtc).ThenBy(n => n.Title == "Công bố Chỉ số CCHC").Select(n => n.Title).ToListAsync());
        var councilNotice = await db.UserNotices.SingleAsync(n => n.UserId == member && n.Link == $"/periods/{period}/workflow");
        Assert.Contains("Hội đồng", councilNotice.Title, StringComparison.Ordinal);
        Assert.Equal(["Kết quả thẩm định lần 1", "Công bố Chỉ số CCHC"],
            await db.UserNotices.Where(n => n.UserId == unitLeader).OrderBy(n => n.Title == "Công bố Chỉ số CCHC").Select(n => n.Title).ToListAsync());
        Assert.Single(await db.UserNotices.Where(n => n.UserId == otherUnit && n.Link == $"/public/{year}").ToListAsync());
        Assert.Equal(2, await db.OutboxEmails.CountAsync(e => e.To == "lanhdao.anbinh@example.vn"));
        Assert.Equal(2, await db.OutboxEmails.CountAsync(e => e.To == "hoidong.thu@example.vn"));
        Assert.Single(await db.UserNotices.Where(n => n.UserId == story.Inspector1Id && n.Title == "Hội đồng đã phê duyệt kết quả").ToListAsync());
    }

    [Fact]
    public async Task ExplanationRequest_TellsEachPersonOfTheAskedUnitOnce_ThroughTheOutbox_AndAnswersTellItsInspectorsOncePerDay()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var staff = await NewUserAsync(Roles.AgencyStaff, story.Sa.UnitA, "canbo.giaitrinh@example.vn");
        var leader = await NewUserAsync(Roles.AgencyLeader, story.Sa.UnitA, "lanhdao.giaitrinh@example.vn");
        var notAsked = await NewUserAsync(Roles.AgencyStaff, story.Sa.UnitB, "canbo.khonghoi@example.vn");
        await app.WithUserManagerAsync(async users =>
            await users.SetEmailAsync((await users.FindByIdAsync(story.Inspector1Id.ToString()))!, "thamdinh.giaitrinh@example.vn"));
        await story.Inspector1<AskForExplanationHandler>(app).HandleAsync(
            new AskForExplanation(story.Sa.AssessmentA, story.Sa.Rate, "Đề nghị cung cấp số liệu hệ thống một cửa."), Ct);
        await story.Inspector1<AskForExplanationHandler>(app).HandleAsync(
            new AskForExplanation(story.Sa.AssessmentA, story.Sa.Level, "Đề nghị gửi biên bản kiểm tra."), Ct);
        await StepAsync(story, PeriodState.ExplanationOpen, app.Clock.GetUtcNow().UtcDateTime.AddDays(5));

        await using (var db = app.NewDbContext())
        {
            // One notice and one e-mail per person of the asked unit, none for the unit without questions; no unit-wide notice.
            var asked = await db.UserNotices.Where(n => n.Title == "Yêu cầu giải trình" && n.Key.StartsWith("explanation:")).ToListAsync();
            Assert.Equal(new[] { staff, leader }.Order(), asked.Where(n => n.UserId == staff || n.UserId == leader || n.UserId == notAsked)
                .Select(n => n.UserId).Order());
            Assert.All(asked, n => Assert.Equal($"/explanation/{story.Sa.PeriodId}", n.Link));
            Assert.Contains("giải trình 2 tiêu chí", asked[0].Body, StringComparison.Ordinal);
            var mails = await db.OutboxEmails.Where(e => e.To.EndsWith("giaitrinh@example.vn") || e.To == "canbo.khonghoi@example.vn").ToListAsync();
            var requestMails = mails.Where(e => e.Subject.EndsWith("Yêu cầu giải trình", StringComparison.Ordinal)).ToList();
            Assert.Equal(["canbo.giaitrinh@example.vn", "lanhdao.giaitrinh@example.vn"], requestMails.Select(e => e.To).Order(StringComparer.Ordinal));
            Assert.All(requestMails, e => Assert.Contains(Links.LinkTo($"/explanation/{story.Sa.PeriodId}"), e.Body, StringComparison.Ordinal));
            Assert.False(await db.Notices.AnyAsync(n => n.UnitId == story.Sa.UnitA || n.UnitId == story.Sa.UnitB));
        }

        foreach (var node in new[] { story.Sa.Rate, story.Sa.Level })
        {
            await app.Handler<AnswerExplanationHandler>(Roles.AgencyStaff, story.Sa.UnitA, staff).HandleAsync(new AnswerExplanation(story.Sa.AssessmentA, node,
                "Đơn vị bổ sung tài liệu.", (await AppraisalStory.ResponseStampAsync(app, story.Sa.AssessmentA, node))!.Value), Ct);
        }

        await using var after = app.NewDbContext();
        var unit = story.Sa.UnitA.ToString();
        var told = await after.UserNotices.Where(n => n.Title == "Đơn vị đã trả lời giải trình" && n.Link!.Contains(unit)).ToListAsync();
        Assert.Equal(new[] { story.Inspector1Id, story.Inspector2Id }.Order(), told.Select(n => n.UserId).Order());
        var answerMail = Assert.Single(await after.OutboxEmails.Where(e => e.Subject.EndsWith("Đơn vị đã trả lời giải trình")).ToListAsync(),
            e => e.To == "thamdinh.giaitrinh@example.vn");
        Assert.Contains(Links.LinkTo($"/appraisal/{story.Sa.PeriodId}/units/{unit}"), answerMail.Body, StringComparison.Ordinal);
        Assert.Equal(AssessmentState.ExplanationRequested, (await after.Assessments.SingleAsync(a => a.Id == story.Sa.AssessmentA)).State);
    }

    private NotificationOptions Links => app.Services.GetRequiredService<NotificationOptions>();

    private async Task StepAsync(AppraisalStory story, PeriodState target, DateTime? explanationDeadlineUtc = null) =>
        await app.Handler<ChangePeriodStateHandler>(Roles.Administrator).HandleAsync(new ChangePeriodState(story.Sa.PeriodId, target, null,
            explanationDeadlineUtc is { } d ? VietnamTime.FromUtc(d).DateTime : null, await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId)), Ct);

    private async Task<Guid> NewUserAsync(string role, Guid? unitId, string? email)
    {
        var id = await app.Handler<CreateUserHandler>(Roles.Administrator).HandleAsync(
            new CreateUser(TestApp.UniqueCode("u").ToLowerInvariant(), "Lê Văn Thử", role, unitId, "mùa lúa chín vàng"), Ct);
        if (email is not null)
        {
            await app.WithUserManagerAsync(async users => await users.SetEmailAsync((await users.FindByIdAsync(id.ToString()))!, email));
        }

        return id;
    }
}
