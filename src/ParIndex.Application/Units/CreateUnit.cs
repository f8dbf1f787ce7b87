using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

public sealed record CreateUnit(string Code, string Name, string? ShortName, Guid BlockId);

public sealed class CreateUnitHandler(
    IParIndexDbFactory dbFactory, IValidator<CreateUnit> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(CreateUnit request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "unit.created", nameof(Unit), null, ct, UnitAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);

        var unit = new Unit(request.Code, request.Name, request.BlockId, request.ShortName);
        db.Units.Add(unit);
        db.Audit(user, clock, "unit.created", nameof(Unit), unit.Id, newValues: UnitAudit.Snapshot(unit));
        await db.SaveChangesAsync(ct);
        return unit.Id;
    }
}
