using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using ParIndex.Application.Notifications;

namespace ParIndex.Infrastructure.Email;

/// <summary>
/// Builds the message with MimeKit and either sends it by SMTP or, without a host (Development), writes it to the
/// pickup folder as an .eml file a person can open.
/// </summary>
internal sealed class MailKitEmailSender(EmailOptions options, string contentRoot) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.From));
        foreach (var to in message.To)
        {
            mime.Bcc.Add(MailboxAddress.Parse(to));
        }

        var stableName = message.Key is null ? null : SafeName(message.Key);
        if (stableName is not null)
        {
            mime.MessageId = $"{stableName}@parindex";
        }

        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };

        if (string.IsNullOrWhiteSpace(options.SmtpHost))
        {
            var folder = Path.Combine(contentRoot, options.PickupFolder);
            Directory.CreateDirectory(folder);
            var name = stableName ?? $"{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}";
            await mime.WriteToAsync(Path.Combine(folder, $"{name}.eml"), ct);
            return;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(options.SmtpHost, options.SmtpPort, options.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto, ct);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await smtp.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, ct);
        }

        await smtp.SendAsync(mime, ct);
        await smtp.DisconnectAsync(quit: true, ct);
    }

    /// <summary>Keys are "event:ids"; letters, digits and dashes only, so the name is a safe file name and Message-ID.</summary>
    private static string SafeName(string key) =>
        new(key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
