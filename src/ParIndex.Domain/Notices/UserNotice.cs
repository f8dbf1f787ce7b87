using ParIndex.Domain.Common;

namespace ParIndex.Domain.Notices;

/// <summary>
/// A notice for one person (an inspector told a unit submitted, a council member told the period awaits them, a
/// unit's leader told its submission was returned). <see cref="Key"/> is unique: an event tells a person once.
/// </summary>
public sealed class UserNotice : Entity
{
    private UserNotice()
    {
        Key = string.Empty;
        Title = string.Empty;
        Body = string.Empty;
    }

    public UserNotice(Guid userId, string key, string title, string body, string? link, DateTime createdAtUtc)
    {
        UserId = userId;
        Key = Guard.Text(key, 200, "notice.key");
        Title = Guard.Text(title, 300, "notice.title");
        Body = Guard.Text(body, Notice.MaxTextLength, "notice.body");
        Link = Guard.OptionalText(link, 300, "notice.link");
        CreatedAtUtc = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
    }

    public Guid UserId { get; private set; }

    public string Key { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    /// <summary>A path in the portal where the person acts on the notice.</summary>
    public string? Link { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc);
}
