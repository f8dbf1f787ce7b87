using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ParIndex.Application.Common;
using ParIndex.Application.Reminders;

namespace ParIndex.Application.Notifications;

/// <summary>Run by the outbox sender, not by a person.</summary>
public sealed record SendOutboxEmails(int Batch = 50);

/// <summary>
/// Sends the e-mails waiting in the outbox, oldest first, and marks each sent in its own save right after it left:
/// a restart resumes with what is still unsent, never with what was sent. A failure waits longer each time and is
/// given up after a few attempts (the in-app notice stays).
/// </summary>
public sealed partial class SendOutboxEmailsHandler(IParIndexDbFactory dbFactory, IEmailSender email, TimeProvider clock,
    ILogger<SendOutboxEmailsHandler> logger)
{
    public async Task<int> HandleAsync(SendOutboxEmails request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxEmails
            .Where(e => e.SentAtUtc == null && e.Attempts < Domain.Notices.OutboxEmail.MaxAttempts && e.NextAttemptAtUtc <= now)
            .OrderBy(e => e.CreatedAtUtc).Take(Math.Clamp(request.Batch, 1, 500)).ToListAsync(ct);
        var sent = 0;
        foreach (var message in due)
        {
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {EmailId} failed (attempt {Attempts}); it is retried later.")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid emailId, int attempts);
}
