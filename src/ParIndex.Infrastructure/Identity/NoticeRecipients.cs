using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Notifications;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Infrastructure.Identity;

/// <summary>Active accounts from Identity's tables; an address is given only when the account has one.</summary>
internal sealed class NoticeRecipients(IDbContextFactory<ParIndexDbContext> factory) : INoticeRecipients
{
    public async Task<IReadOnlyList<NoticeRecipient>> PeopleOfUnitsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking()
            .Where(u => u.UnitId != null && unitIds.Contains(u.UnitId.Value) && u.IsActive)
            .Select(u => new NoticeRecipient(u.Id, u.Email)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<NoticeRecipient>> InRolesAsync(IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var roleIds = db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Id);
        var userIds = db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        return await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id) && u.IsActive)
            .Select(u => new NoticeRecipient(u.Id, u.Email)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<NoticeRecipient>> ByIdsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id) && u.IsActive)
            .Select(u => new NoticeRecipient(u.Id, u.Email)).ToListAsync(ct);
    }
}
