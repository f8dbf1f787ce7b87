namespace ParIndex.Application.Notifications;

/// <summary>Sends e-mail: by SMTP in production, into a folder of .eml files in Development (settings section "Email").</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}

/// <summary>
/// One e-mail. <c>Key</c> is the outbox key, when the message has one: it becomes the Message-ID (and the pickup file's
/// name), so a message a crash made the sender repeat is one message to mail clients and one file in the folder.
/// </summary>
public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string Body, string? Key = null);
