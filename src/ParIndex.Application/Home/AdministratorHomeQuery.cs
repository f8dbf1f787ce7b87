using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.Home;

/// <summary>The administrator's view: how the province is set up.</summary>
internal static class AdministratorHomeQuery
{
    public static async Task<AdministratorHome> LoadAsync(IParIndexDb db, IUserStatistics userStatistics, CancellationToken ct)
    {
        var blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder)
            .Select(b => new { b.Id, b.Name, b.NameEn, b.IsRanked }).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().GroupBy(u => new { u.BlockId, u.IsActive })
            .Select(g => new { g.Key.BlockId, g.Key.IsActive, Count = g.Count() }).ToListAsync(ct);
        var periods = await db.Periods.AsNoTracking().OrderByDescending(p => p.Year).Select(HomePeriods.ToRow).ToListAsync(ct);
        var users = await userStatistics.CountAsync(ct);

        var perBlock = blocks.Select(b => new BlockUnits(b.Id, b.Name, b.NameEn, b.IsRanked,
                units.Where(u => u.BlockId == b.Id && u.IsActive).Sum(u => u.Count),
                units.Where(u => u.BlockId == b.Id && !u.IsActive).Sum(u => u.Count)))
            .ToList();
        return new AdministratorHome(perBlock, users, periods.Select(p => p.Line).ToList());
    }
}
