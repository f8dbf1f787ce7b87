using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Reminders;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Infrastructure.Identity;

internal sealed class UnitRecipients(IDbContextFactory<ParIndexDbContext> factory) : IUnitRecipients
{
    public async Task<IReadOnlyList<string>> EmailsOfUnitAsync(Guid unitId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking()
            .Where(u => u.UnitId == unitId && u.IsActive && u.Email != null && u.Email != string.Empty)
            .Select(u => u.Email!).ToListAsync(ct);
    }
}
