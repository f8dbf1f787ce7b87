using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

/// <summary>Filters are optional: no IsActive lists active and merged units alike; Search matches code, name or short name.</summary>
public sealed record ListUnits(Guid? BlockId = null, bool? IsActive = null, string? Search = null);

public sealed record UnitListItem(
    Guid Id, string Code, string Name, string? ShortName, Guid BlockId, string BlockName, bool IsActive,
    Guid? MergedIntoUnitId, string? MergedIntoName, DateOnly? ClosedOn, Guid ConcurrencyStamp);

public sealed class ListUnitsHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<UnitListItem>> HandleAsync(ListUnits request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "units.list", nameof(Unit), null, ct, UnitAccess.Readers);

        var units = db.Units.AsNoTracking();
        if (request.BlockId is { } blockId)
        {
            units = units.Where(u => u.BlockId == blockId);
        }

        if (request.IsActive is { } isActive)
        {
            units = units.Where(u => u.IsActive == isActive);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = $"%{EscapeLike(request.Search.Trim())}%";
            units = units.Where(u => EF.Functions.Like(u.Code, pattern, "\\") || EF.Functions.Like(u.Name, pattern, "\\")
                || (u.ShortName != null && EF.Functions.Like(u.ShortName, pattern, "\\")));
        }

        var rows = await (
            from u in units
            join b in db.Blocks on u.BlockId equals b.Id
            join m in db.Units on u.MergedIntoUnitId equals m.Id into merged
            from m in merged.DefaultIfEmpty()
            select new
            {
                BlockOrder = b.SortOrder,
                Item = new UnitListItem(u.Id, u.Code, u.Name, u.ShortName, u.BlockId, b.Name, u.IsActive,
                    u.MergedIntoUnitId, m == null ? null : m.Name, u.ClosedOn, u.ConcurrencyStamp),
            })
            .ToListAsync(ct);

        return rows.OrderBy(r => r.BlockOrder).ThenBy(r => r.Item.BlockName, VietnameseOrder.Names)
            .ThenByDescending(r => r.Item.IsActive).ThenBy(r => r.Item.Name, VietnameseOrder.Names)
            .Select(r => r.Item).ToList();
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
