using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

public sealed record ListBlocks;

public sealed record BlockItem(
    Guid Id, string Code, string Name, string? NameEn, BlockKind Kind, bool IsRanked, int SortOrder,
    int ActiveUnitCount, Guid ConcurrencyStamp);

public sealed class ListBlocksHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<BlockItem>> HandleAsync(ListBlocks request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "blocks.list", nameof(Block), null, ct, UnitAccess.Readers);

        return await db.Blocks.AsNoTracking()
            .OrderBy(b => b.SortOrder).ThenBy(b => b.Name)
            .Select(b => new BlockItem(b.Id, b.Code, b.Name, b.NameEn, b.Kind, b.IsRanked, b.SortOrder,
                db.Units.Count(u => u.BlockId == b.Id && u.IsActive), b.ConcurrencyStamp))
            .ToListAsync(ct);
    }
}
