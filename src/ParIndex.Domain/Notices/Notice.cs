using ParIndex.Domain.Common;

namespace ParIndex.Domain.Notices;

/// <summary>
/// An in-app notice for the people of one unit (a deadline reminder, a request for explanation...).
/// <see cref="Key"/> is unique: a job that runs twice does not notify twice.
/// </summary>
public sealed class Notice : Entity
{
    public const int MaxTextLength = 1000;

    private Notice()
    {
        Key = string.Empty;
        Title = string.Empty;
        Body = string.Empty;
    }

    public Notice(Guid unitId, string key, string title, string body, string? link, DateTime createdAtUtc)
    {
        UnitId = unitId;
        Key = Guard.Text(key, 200, "notice.key");
        Title = Guard.Text(title, 300, "notice.title");
        Body = Guard.Text(body, MaxTextLength, "notice.body");
        Link = Guard.OptionalText(link, 300, "notice.link");
        CreatedAtUtc = createdAtUtc;
    }

    public Guid UnitId { get; private set; }

    public string Key { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    /// <summary>A path in the portal where the person acts on the notice.</summary>
    public string? Link { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Set once the notice was also sent by e-mail to the unit's people.</summary>
    public DateTime? EmailedAtUtc { get; private set; }

    public void MarkEmailed(DateTime nowUtc) => EmailedAtUtc = nowUtc;
}
