using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

public sealed record GetUnit(Guid Id);

public sealed record UnitMergeItem(Guid UnitId, string Code, string Name, DateOnly EffectiveOn, string? DecisionReference);

/// <summary>A unit with its succession: MergedInto is where its history continues; MergedFrom the units merged into it.</summary>
public sealed record UnitDetails(
    Guid Id, string Code, string Name, string? ShortName, Guid BlockId, string BlockName, bool IsActive,
    DateOnly? ClosedOn, UnitMergeItem? MergedInto, IReadOnlyList<UnitMergeItem> MergedFrom, Guid ConcurrencyStamp);

public sealed class GetUnitHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<UnitDetails> HandleAsync(GetUnit request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "unit.read", nameof(Unit), request.Id, ct, UnitAccess.Readers);

        var unit = await db.Units.AsNoTracking()
            .Join(db.Blocks, u => u.BlockId, b => b.Id, (u, b) => new { Unit = u, BlockName = b.Name })
            .SingleOrDefaultAsync(x => x.Unit.Id == request.Id, ct)
            ?? throw new NotFoundException(nameof(Unit), request.Id);

        var mergedInto = await (
            from m in db.UnitMerges.AsNoTracking()
            join s in db.Units on m.SuccessorUnitId equals s.Id
            where m.PredecessorUnitId == request.Id
            select new UnitMergeItem(s.Id, s.Code, s.Name, m.EffectiveOn, m.DecisionReference))
            .SingleOrDefaultAsync(ct);
        var mergedFrom = await (
            from m in db.UnitMerges.AsNoTracking()
            join p in db.Units on m.PredecessorUnitId equals p.Id
            where m.SuccessorUnitId == request.Id
            orderby m.EffectiveOn, p.Name
            select new UnitMergeItem(p.Id, p.Code, p.Name, m.EffectiveOn, m.DecisionReference))
            .ToListAsync(ct);

        var u = unit.Unit;
        return new UnitDetails(u.Id, u.Code, u.Name, u.ShortName, u.BlockId, unit.BlockName, u.IsActive, u.ClosedOn,
            mergedInto, mergedFrom, u.ConcurrencyStamp);
    }
}
