namespace ParIndex.Application.Reminders;

/// <summary>Sends e-mail: by SMTP in production, into a folder of .eml files in Development (settings section "Email").</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}

public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string Body);
