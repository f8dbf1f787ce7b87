using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.Reminders;

/// <summary>The recent notices of the caller's unit (none for province-wide roles).</summary>
public sealed record ListNotices(int Max = 10);

public sealed record NoticeItem(Guid Id, string Title, string Body, string? Link, DateTime CreatedAtUtc);

public sealed class ListNoticesHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<NoticeItem>> HandleAsync(ListNotices request, CancellationToken ct)
    {
        user.RequireAuthenticated();
        if (user.UnitId is not { } unitId)
        {
            return [];
        }

        await using var db = await dbFactory.CreateAsync(ct);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-30);
        return await db.Notices.AsNoTracking()
            .Where(n => n.UnitId == unitId && n.CreatedAtUtc > since)
            .OrderByDescending(n => n.CreatedAtUtc).Take(Math.Clamp(request.Max, 1, 50))
            .Select(n => new NoticeItem(n.Id, n.Title, n.Body, n.Link, n.CreatedAtUtc))
            .ToListAsync(ct);
    }
}
