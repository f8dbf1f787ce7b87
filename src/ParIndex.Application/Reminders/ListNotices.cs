using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.Reminders;

/// <summary>
/// The caller's recent notices: those addressed to the person (a unit submitted, the council awaits, a submission
/// returned, an explanation requested…) and the older unit-wide notices of the person's unit, newest first.
/// </summary>
public sealed record ListNotices(int Max = 10, int Days = 30);

/// <summary>One notice; <see cref="Unread"/> only for the person's own (a unit's notices are shared by its people).</summary>
public sealed record NoticeItem(Guid Id, string Title, string Body, string? Link, DateTime CreatedAtUtc)
{
    public bool Unread { get; init; }

    /// <summary>Addressed to the person, not shared by their unit.</summary>
    public bool Personal { get; init; }
}

public sealed class ListNoticesHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<NoticeItem>> HandleAsync(ListNotices request, CancellationToken ct)
    {
        user.RequireAuthenticated();
        await using var db = await dbFactory.CreateAsync(ct);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-Math.Clamp(request.Days, 1, 366));
        var max = Math.Clamp(request.Max, 1, 200);
        var userId = user.UserId!.Value;
        var mine = await db.UserNotices.AsNoTracking()
            .Where(n => n.UserId == userId && n.CreatedAtUtc > since)
            .OrderByDescending(n => n.CreatedAtUtc).Take(max)
            .Select(n => new NoticeItem(n.Id, n.Title, n.Body, n.Link, n.CreatedAtUtc) { Unread = n.ReadAtUtc == null, Personal = true })
            .ToListAsync(ct);
        var ofUnit = user.UnitId is { } unitId
            ? await db.Notices.AsNoTracking()
                .Where(n => n.UnitId == unitId && n.CreatedAtUtc > since)
                .OrderByDescending(n => n.CreatedAtUtc).Take(max)
                .Select(n => new NoticeItem(n.Id, n.Title, n.Body, n.Link, n.CreatedAtUtc))
                .ToListAsync(ct)
            : [];
        return mine.Concat(ofUnit).OrderByDescending(n => n.CreatedAtUtc).Take(max).ToList();
    }
}
