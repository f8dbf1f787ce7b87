using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Notices;

namespace ParIndex.Application.Notifications;

/// <summary>The caller marks every one of their own notices read (a unit's shared notices have no read state).</summary>
public sealed record MarkNoticesRead;

public sealed class MarkNoticesReadHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<int> HandleAsync(MarkNoticesRead request, CancellationToken ct)
    {
        user.RequireAuthenticated();
        await using var db = await dbFactory.CreateAsync(ct);
        var userId = user.UserId!.Value;
        var unread = await db.UserNotices.Where(n => n.UserId == userId && n.ReadAtUtc == null).ToListAsync(ct);
        if (unread.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var notice in unread)
        {
            notice.MarkRead(now);
        }

        db.Audit(user, clock, "notices.read", nameof(UserNotice), userId, null, new { Count = unread.Count });
        await db.SaveChangesAsync(ct);
        return unread.Count;
    }
}
