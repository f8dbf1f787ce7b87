using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ParIndex.Application.Common;
using ParIndex.Application.Reminders;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Tests.SelfAssessment;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Tests.Reminders;

/// <summary>The scheduled deadline jobs: reminders before the deadline and the lock after it, each safe to run again.</summary>
public sealed class DeadlineJobsTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Reminders_ThreeDaysBefore_NoticeAndEmailEachUnsubmittedUnitOnce()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(3));
        var outbox = new Outbox();
        var handler = Reminders(outbox, new Dictionary<Guid, string[]> { [story.UnitA] = ["canbo@xa-an-binh.vn", "lanhdao@xa-an-binh.vn"] });

        await handler.HandleAsync(new SendDeadlineReminders(), Ct);
        await handler.HandleAsync(new SendDeadlineReminders(), Ct);

        await using var db = app.NewDbContext();
        var notices = await db.Notices.Where(n => n.UnitId == story.UnitA || n.UnitId == story.UnitB).ToListAsync();
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.Contains("Còn 3 ngày", n.Body, StringComparison.Ordinal));
        var mail = Assert.Single(outbox.Sent);
        Assert.Equal(["canbo@xa-an-binh.vn", "lanhdao@xa-an-binh.vn"], mail.To);
        Assert.Contains("/self-assessment", mail.Body, StringComparison.Ordinal);
        var mine = await app.Handler<ListNoticesHandler>(Roles.AgencyStaff, story.UnitA).HandleAsync(new ListNotices(), Ct);
        Assert.Equal("Nhắc hạn tự đánh giá", Assert.Single(mine).Title);
    }

    [Fact]
    public async Task Reminders_SubmittedUnitsAndDaysNotConfigured_GetNothing()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(5));
        var outbox = new Outbox();

        await Reminders(outbox, []).HandleAsync(new SendDeadlineReminders(), Ct);

        await using var db = app.NewDbContext();
        Assert.False(await db.Notices.AnyAsync(n => n.UnitId == story.UnitA || n.UnitId == story.UnitB));
    }

    [Fact]
    public async Task Lock_OneSecondAfterTheDeadline_LocksUnsubmittedOnce_AndNotBefore()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromSeconds(1));
        var start = app.Clock.Now;
        try
        {
            var handler = app.Services.CreateScope().ServiceProvider.GetRequiredService<LockOverdueAssessmentsHandler>();
            await handler.HandleAsync(new LockOverdueAssessments(), Ct);
            await using (var db = app.NewDbContext())
            {
                Assert.Equal(AssessmentState.NotStarted, (await db.Assessments.SingleAsync(a => a.Id == story.AssessmentA)).State);
            }

            app.Clock.Now = start.AddSeconds(2);
            var first = await handler.HandleAsync(new LockOverdueAssessments(), Ct);
            var second = await handler.HandleAsync(new LockOverdueAssessments(), Ct);

            Assert.True(first >= 2);
            Assert.Equal(0, second);
            await using var after = app.NewDbContext();
            Assert.Equal(AssessmentState.LockedAtDeadline, (await after.Assessments.SingleAsync(a => a.Id == story.AssessmentA)).State);
            Assert.Equal(1, await after.AuditEntries.CountAsync(a => a.Action == "selfAssessment.lockedAtDeadline" && a.EntityId == story.AssessmentA.ToString()));
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    private SendDeadlineRemindersHandler Reminders(Outbox outbox, Dictionary<Guid, string[]> emails) =>
        new(app.Services.GetRequiredService<IParIndexDbFactory>(), new Recipients(emails), outbox, new ReminderOptions { DaysBefore = [3, 1] },
            app.Clock, NullLogger<SendDeadlineRemindersHandler>.Instance);

    private sealed class Outbox : IEmailSender
    {
        public List<EmailMessage> Sent { get; } = [];

        public Task SendAsync(EmailMessage message, CancellationToken ct)
        {
            Sent.Add(message);
            return Task.CompletedTask;
        }
    }

    private sealed class Recipients(Dictionary<Guid, string[]> emails) : IUnitRecipients
    {
        public Task<IReadOnlyList<string>> EmailsOfUnitAsync(Guid unitId, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<string>>(emails.GetValueOrDefault(unitId) ?? []);
    }
}
