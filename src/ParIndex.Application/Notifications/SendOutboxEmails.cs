using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ParIndex.Application.Common;

namespace ParIndex.Application.Notifications;

/// <summary>Run by the outbox sender, not by a person.</summary>
public sealed record SendOutboxEmails(int Batch = 50);

/// <summary>
/// Sends the e-mails waiting in the outbox, oldest first, and marks each sent in its own save right after it left:
/// a restart resumes with what is still unsent, never with what was sent. A failure waits longer each time and is
/// given up after a few attempts (the in-app notice stays).
/// <para>
/// Several servers may run this at once on one database: each message is first claimed by one conditional UPDATE that
/// moves its next attempt a lease ahead (<see cref="Lease"/>) only while it is still due, so one sender's claim makes
/// the row not due for every other and exactly one sees a row changed. A sender that dies holding a claim only delays
/// the message until the lease runs out; the Message-ID is the outbox key, so a resend after such a crash is recognisable.
/// </para>
/// </summary>
public sealed partial class SendOutboxEmailsHandler(IParIndexDbFactory dbFactory, IEmailSender email, TimeProvider clock,
    ILogger<SendOutboxEmailsHandler> logger)
{
    /// <summary>How long a claimed message is left to its sender before another may take it (longer than an SMTP timeout).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    public async Task<int> HandleAsync(SendOutboxEmails request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxEmails.AsNoTracking()
            .Where(e => e.SentAtUtc == null && e.Attempts < Domain.Notices.OutboxEmail.MaxAttempts && e.NextAttemptAtUtc <= now)
            .OrderBy(e => e.CreatedAtUtc).Select(e => e.Id).Take(Math.Clamp(request.Batch, 1, 500)).ToListAsync(ct);
        var sent = 0;
        foreach (var id in due)
        {
            var message = await ClaimAsync(db, id, ct);
            if (message is null)
            {
                continue;
            }

            try
            {
                await email.SendAsync(new EmailMessage([message.To], message.Subject, message.Body, message.Key), ct);
                message.MarkSent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Whatever SMTP answered (refused address, lost connection, bad credentials): kept and tried again later.
                message.RecordFailure(ex.Message, clock.GetUtcNow().UtcDateTime);
                LogFailed(logger, ex, message.Id, message.Attempts);
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }

        return sent;
    }

    /// <summary>The message if this sender won it (one row changed), or null when another sender claimed or sent it first.</summary>
    private async Task<Domain.Notices.OutboxEmail?> ClaimAsync(IParIndexDb db, Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseEnds = now + Lease;
        var claimed = await db.OutboxEmails
            .Where(e => e.Id == id && e.SentAtUtc == null && e.NextAttemptAtUtc <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.NextAttemptAtUtc, leaseEnds), ct);
        return claimed == 1 ? await db.OutboxEmails.SingleAsync(e => e.Id == id, ct) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {EmailId} failed (attempt {Attempts}); it is retried later.")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid emailId, int attempts);
}
