using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

/// <summary>Look-ups the units validators share.</summary>
internal static class UnitRules
{
    public static async Task<bool> BlockExistsAsync(IParIndexDbFactory dbFactory, Guid blockId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        return await db.Blocks.AnyAsync(b => b.Id == blockId, ct);
    }

    /// <summary>Loads a unit for a change, refusing a stale version or a unit that was merged or closed.</summary>
    public static async Task<Unit> LoadForChangeAsync(IParIndexDb db, Guid unitId, Guid seenStamp, CancellationToken ct)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == unitId, ct)
            ?? throw new NotFoundException(nameof(Unit), unitId);
        ConcurrencyCheck.EnsureUnchanged(seenStamp, unit.ConcurrencyStamp);
        return unit.IsActive ? unit : throw UnitMessages.Invalid("Id", UnitMessages.UnitInactive);
    }

    /// <summary>A name is printed in rankings, logs and official documents: a line break there would forge a new line.</summary>
    public static bool IsOneLine(string? name) => name is null || !name.Any(char.IsControl);
}
