using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

public sealed record MoveUnitToBlock(Guid Id, Guid BlockId, Guid ConcurrencyStamp);

public sealed class MoveUnitToBlockHandler(
    IParIndexDbFactory dbFactory, IValidator<MoveUnitToBlock> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(MoveUnitToBlock request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "unit.movedToBlock", nameof(Unit), request.Id, ct, UnitAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);

        var unit = await UnitRules.LoadForChangeAsync(db, request.Id, request.ConcurrencyStamp, ct);
        if (unit.BlockId == request.BlockId)
        {
            throw UnitMessages.Invalid(nameof(request.BlockId), UnitMessages.SameBlock);
        }

        var old = new { unit.BlockId };
        unit.MoveToBlock(request.BlockId);
        db.Audit(user, clock, "unit.movedToBlock", nameof(Unit), unit.Id, old, new { unit.BlockId });
        await db.SaveChangesAsync(ct);
    }
}
