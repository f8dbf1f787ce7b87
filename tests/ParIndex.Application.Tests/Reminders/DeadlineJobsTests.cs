using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ParIndex.Application.Common;
using ParIndex.Application.Notifications;
using ParIndex.Application.Reminders;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Tests.SelfAssessment;
using ParIndex.Application.Users;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Tests.Reminders;

/// <summary>The scheduled deadline jobs: reminders before the deadline and the lock after it, each safe to run again.</summary>
public sealed class DeadlineJobsTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Reminders_ThreeDaysBefore_TellEachPersonOnce_ThroughTheOutbox_EvenAfterARestart()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(3));
        var staff = await NewUserAsync(Roles.AgencyStaff, story.UnitA, "canbo@xa-an-binh.vn");
        var leader = await NewUserAsync(Roles.AgencyLeader, story.UnitA, "lanhdao@xa-an-binh.vn");
        var other = await NewUserAsync(Roles.AgencyStaff, story.UnitB, null);

        // Twice, each run a new handler as after a restart, and the outbox sender twice as well.
        await Reminders().HandleAsync(new SendDeadlineReminders(), Ct);
        await Reminders().HandleAsync(new SendDeadlineReminders(), Ct);
        var outbox = new Outbox();
        await OutboxSender(outbox).HandleAsync(new SendOutboxEmails(), Ct);
        await OutboxSender(outbox).HandleAsync(new SendOutboxEmails(), Ct);

        await using var db = app.NewDbContext();
        foreach (var person in new[] { staff, leader, other })
        {
            var notice = await db.UserNotices.SingleAsync(n => n.UserId == person);
            Assert.StartsWith("reminder:", notice.Key, StringComparison.Ordinal);
            Assert.Contains("Còn 3 ngày", notice.Body, StringComparison.Ordinal);
        }

        var mine = outbox.Sent.Where(m => m.To.Any(to => to.EndsWith("@xa-an-binh.vn", StringComparison.Ordinal))).ToList();
        Assert.Equal(["canbo@xa-an-binh.vn", "lanhdao@xa-an-binh.vn"], mine.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        Assert.All(mine, m => Assert.Contains("/self-assessment", m.Body, StringComparison.Ordinal));
        Assert.False(await db.Notices.AnyAsync(n => n.UnitId == story.UnitA || n.UnitId == story.UnitB));
        var shown = await app.Handler<ListNoticesHandler>(Roles.AgencyStaff, story.UnitA, staff).HandleAsync(new ListNotices(), Ct);
        Assert.Equal(SendDeadlineRemindersHandler.Title, Assert.Single(shown).Title);
    }

    [Fact]
    public async Task Reminders_SubmittedUnitsAndDaysNotConfigured_GetNothing()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(5));
        var person = await NewUserAsync(Roles.AgencyStaff, story.UnitA, "khong@xa-an-binh.vn");

        await Reminders().HandleAsync(new SendDeadlineReminders(), Ct);

        await using var db = app.NewDbContext();
        Assert.False(await db.UserNotices.AnyAsync(n => n.UserId == person));
        Assert.False(await db.OutboxEmails.AnyAsync(e => e.To == "khong@xa-an-binh.vn"));
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

    private SendDeadlineRemindersHandler Reminders() =>
        new(app.Services.GetRequiredService<IParIndexDbFactory>(), app.Services.GetRequiredService<Notifier>(),
            new ReminderOptions { DaysBefore = [3, 1] }, app.Clock, NullLogger<SendDeadlineRemindersHandler>.Instance);

    private SendOutboxEmailsHandler OutboxSender(IEmailSender sender) =>
        new(app.Services.GetRequiredService<IParIndexDbFactory>(), sender, app.Clock, NullLogger<SendOutboxEmailsHandler>.Instance);

    private async Task<Guid> NewUserAsync(string role, Guid unitId, string? email)
    {
        var id = await app.Handler<CreateUserHandler>(Roles.Administrator).HandleAsync(
            new CreateUser(TestApp.UniqueCode("u").ToLowerInvariant(), "Lê Văn Nhắc", role, unitId, "mùa lúa chín vàng"), Ct);
        if (email is not null)
        {
            await app.WithUserManagerAsync(async users => await users.SetEmailAsync((await users.FindByIdAsync(id.ToString()))!, email));
        }

        return id;
    }

    private sealed class Outbox : IEmailSender
    {
        public List<EmailMessage> Sent { get; } = [];

        public Task SendAsync(EmailMessage message, CancellationToken ct)
        {
            Sent.Add(message);
            return Task.CompletedTask;
        }
    }
}
