using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Home;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Infrastructure.Identity;

public sealed class UserStatistics(IDbContextFactory<ParIndexDbContext> dbFactory) : IUserStatistics
{
    public async Task<UserCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var total = await db.Users.CountAsync(cancellationToken);
        var active = await db.Users.CountAsync(u => u.IsActive, cancellationToken);
        var byRole = await (from link in db.UserRoles
                            join role in db.Roles on link.RoleId equals role.Id
                            group link by role.Name into g
                            select new { Role = g.Key, Users = g.Count() }).ToListAsync(cancellationToken);
        return new UserCounts(total, active, byRole.Where(r => r.Role != null).Select(r => new RoleCount(r.Role!, r.Users)).ToList());
    }
}
