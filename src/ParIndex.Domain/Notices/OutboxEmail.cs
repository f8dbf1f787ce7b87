using ParIndex.Domain.Common;

namespace ParIndex.Domain.Notices;

/// <summary>
/// An e-mail waiting to be sent, written in the same save as the change it tells about (the outbox): a crash after
/// the change never loses the message, and <see cref="Key"/> (unique) keeps one event from queuing it twice. The
/// background sender marks it sent; a restart finds only what is still unsent.
/// </summary>
public sealed class OutboxEmail : Entity
{
    public const int MaxBodyLength = 4000;

    public const int MaxAttempts = 8;

    private OutboxEmail()
    {
        Key = string.Empty;
        To = string.Empty;
        Subject = string.Empty;
        Body = string.Empty;
    }

    public OutboxEmail(string key, string to, string subject, string body, DateTime createdAtUtc)
    {
        Key = Guard.Text(key, 200, "email.key");
        To = Guard.Text(to, 256, "email.to");
        Subject = Guard.Text(subject, 300, "email.subject");
        Body = Guard.Text(body, MaxBodyLength, "email.body");
        CreatedAtUtc = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
        NextAttemptAtUtc = CreatedAtUtc;
    }

    public string Key { get; private set; }

    public string To { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public int Attempts { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public string? LastError { get; private set; }

    public bool IsDue(DateTime nowUtc) => SentAtUtc is null && Attempts < MaxAttempts && NextAttemptAtUtc <= nowUtc;

    public void MarkSent(DateTime nowUtc)
    {
        SentAtUtc = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc);
        Attempts++;
        LastError = null;
    }

    /// <summary>Waits longer after each failure (1, 2, 4… minutes) and stops after <see cref="MaxAttempts"/>.</summary>
    public void RecordFailure(string error, DateTime nowUtc)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        NextAttemptAtUtc = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc).AddMinutes(Math.Pow(2, Attempts - 1));
    }
}
