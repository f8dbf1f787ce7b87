using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ParIndex.Application.Common;
using ParIndex.Application.Notifications;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Users;

namespace ParIndex.Application.Tests.Notifications;

/// <summary>The outbox: one message per person per event, sent once, and nothing sent twice after a restart.</summary>
public sealed class OutboxTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Tell_TwiceForOneEvent_QueuesOneNoticeAndOneEmailPerPerson_WithTheConfiguredLink()
    {
        var unit = await app.SeedUnitAsync((await app.SeedBlockAsync()).Id);
        var leader = await NewUserAsync(Roles.AgencyLeader, unit.Id, "lanhdao@example.vn");
        var staff = await NewUserAsync(Roles.AgencyStaff, unit.Id, null);
        var notifier = app.Services.GetRequiredService<Notifier>();
        var text = new NoticeText("Kết quả vòng 1", "Đã công bố kết quả thẩm định vòng 1.", "/appraisal");

        for (var i = 0; i < 2; i++)
        {
            await using var db = await app.Services.GetRequiredService<IParIndexDbFactory>().CreateAsync(Ct);
            var people = await notifier.Recipients.PeopleOfUnitsAsync([unit.Id], Ct);
            await notifier.TellAsync(db, $"round1:{unit.Id:N}", people, text, app.Clock.GetUtcNow().UtcDateTime, Ct);
            await db.SaveChangesAsync(Ct);
        }

        await using var check = app.NewDbContext();
        Assert.Equal(1, await check.UserNotices.CountAsync(n => n.UserId == leader));
        Assert.Equal(1, await check.UserNotices.CountAsync(n => n.UserId == staff));
        var email = await check.OutboxEmails.SingleAsync(e => e.To == "lanhdao@example.vn");
        Assert.Equal("[Chỉ số CCHC] Kết quả vòng 1", email.Subject);
        Assert.Contains(app.Services.GetRequiredService<NotificationOptions>().LinkTo("/appraisal"), email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ThenRestart_SendsEachMessageOnce_AndAFailedOneLater()
    {
        var unit = await app.SeedUnitAsync((await app.SeedBlockAsync()).Id);
        await NewUserAsync(Roles.AgencyLeader, unit.Id, "mot@example.vn");
        await NewUserAsync(Roles.AgencyStaff, unit.Id, "hai@example.vn");
        var notifier = app.Services.GetRequiredService<Notifier>();
        await using (var db = await app.Services.GetRequiredService<IParIndexDbFactory>().CreateAsync(Ct))
        {
            await notifier.TellAsync(db, $"published:{unit.Id:N}", await notifier.Recipients.PeopleOfUnitsAsync([unit.Id], Ct),
                new NoticeText("Công bố kết quả", "Kết quả đã được công bố.", "/public"), app.Clock.GetUtcNow().UtcDateTime, Ct);
            await db.SaveChangesAsync(Ct);
        }

        // Other tests of this class queue messages too: count this test's two addresses only.
        var outbox = new RecordingSender(failFor: "hai@example.vn");
        await Sender(outbox).HandleAsync(new SendOutboxEmails(), Ct);
        Assert.Equal(["mot@example.vn"], Mine(outbox));

        // A restart: a new sender over the same database sends nothing already sent.
        await Sender(outbox).HandleAsync(new SendOutboxEmails(), Ct);
        Assert.Equal(["mot@example.vn"], Mine(outbox));
        outbox.FailFor = null;
        var start = app.Clock.Now;
        try
        {
            app.Clock.Now = start.AddMinutes(2);
            await Sender(outbox).HandleAsync(new SendOutboxEmails(), Ct);
            await Sender(outbox).HandleAsync(new SendOutboxEmails(), Ct);
        }
        finally
        {
            app.Clock.Now = start;
        }

        Assert.Equal(1, outbox.Sent.Count(m => m.To.Contains("mot@example.vn")));
        Assert.Equal(1, outbox.Sent.Count(m => m.To.Contains("hai@example.vn")));
        Assert.Equal(["mot@example.vn", "hai@example.vn"], Mine(outbox));
        Assert.All(outbox.Sent.Where(m => m.Key!.StartsWith("published:", StringComparison.Ordinal)), m => Assert.Single(m.To));
    }

    [Fact]
    public async Task TwoSenders_AtOnceOnOneDatabaseFile_SendEachMessageExactlyOnce()
    {
        // Forty messages of one event, as two servers' outbox jobs would find them at the same moment.
        var eventKey = $"two-servers:{Guid.NewGuid():N}";
        await using (var db = await app.Services.GetRequiredService<IParIndexDbFactory>().CreateAsync(Ct))
        {
            var people = Enumerable.Range(0, 40).Select(i => new NoticeRecipient(Guid.NewGuid(), $"nguoi{i}@hai-may.vn")).ToList();
            await app.Services.GetRequiredService<Notifier>().TellAsync(db, eventKey, people,
                new NoticeText("Hai máy chủ", "Mỗi thư chỉ gửi một lần.", "/notices"), app.Clock.GetUtcNow().UtcDateTime, Ct);
            await db.SaveChangesAsync(Ct);
        }

        // Each sender has its own connections to the one SQLite file. Each holds its first message until the other is sending
        // one too, so both are sending at the same time whichever starts first on this machine.
        var firstSending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondSending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = new RecordingSender(null) { OnFirst = firstSending, HoldFirstUntil = secondSending.Task };
        var second = new RecordingSender(null) { OnFirst = secondSending, HoldFirstUntil = firstSending.Task };
        await Task.WhenAll(
            Task.Run(() => Sender(first).HandleAsync(new SendOutboxEmails(Batch: 500), Ct)),
            Task.Run(() => Sender(second).HandleAsync(new SendOutboxEmails(Batch: 500), Ct)));

        var sent = first.Sent.Concat(second.Sent).Where(m => m.Key!.StartsWith(eventKey, StringComparison.Ordinal)).ToList();
        Assert.Equal(40, sent.Count);
        Assert.Equal(40, sent.Select(m => m.Key).Distinct().Count());
        Assert.NotEmpty(first.Sent);
        Assert.NotEmpty(second.Sent);
        await using var check = app.NewDbContext();
        Assert.Equal(40, await check.OutboxEmails.CountAsync(e => e.Key.StartsWith(eventKey) && e.SentAtUtc != null && e.Attempts == 1));
    }

    private static List<string> Mine(RecordingSender outbox) =>
        outbox.Sent.SelectMany(m => m.To).Where(to => to is "mot@example.vn" or "hai@example.vn").ToList();

    private SendOutboxEmailsHandler Sender(IEmailSender sender) =>
        new(app.Services.GetRequiredService<IParIndexDbFactory>(), sender, app.Clock, NullLogger<SendOutboxEmailsHandler>.Instance);

    private async Task<Guid> NewUserAsync(string role, Guid? unitId, string? email)
    {
        var id = await app.Handler<CreateUserHandler>(Roles.Administrator).HandleAsync(
            new CreateUser(TestApp.UniqueCode("u").ToLowerInvariant(), "Trần Thị Thử", role, unitId, "mùa lúa chín vàng"), Ct);
        if (email is not null)
        {
            await app.WithUserManagerAsync(async users => await users.SetEmailAsync((await users.FindByIdAsync(id.ToString()))!, email));
        }

        return id;
    }

    private sealed class RecordingSender(string? failFor) : IEmailSender
    {
        public string? FailFor { get; set; } = failFor;

        public List<EmailMessage> Sent { get; } = [];

        /// <summary>The first send waits for this (at most 10 s), as a slow SMTP answer would.</summary>
        public Task? HoldFirstUntil { get; init; }

        /// <summary>Set when this sender starts sending its first message.</summary>
        public TaskCompletionSource? OnFirst { get; init; }

        public async Task SendAsync(EmailMessage message, CancellationToken ct)
        {
            if (FailFor is not null && message.To.Contains(FailFor))
            {
                throw new IOException("Máy chủ thư không trả lời.");
            }

            OnFirst?.TrySetResult();
            if (Sent.Count == 0 && HoldFirstUntil is { } hold)
            {
                await Task.WhenAny(hold, Task.Delay(TimeSpan.FromSeconds(10), ct));
            }

            await Task.Yield();
            Sent.Add(message);
        }
    }
}
