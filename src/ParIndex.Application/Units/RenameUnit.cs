using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

public sealed record RenameUnit(Guid Id, string Name, string? ShortName, Guid ConcurrencyStamp);

public sealed class RenameUnitHandler(
    IParIndexDbFactory dbFactory, IValidator<RenameUnit> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(RenameUnit request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "unit.renamed", nameof(Unit), request.Id, ct, UnitAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);

        var unit = await UnitRules.LoadForChangeAsync(db, request.Id, request.ConcurrencyStamp, ct);
        var old = new { unit.Name, unit.ShortName };
        unit.Rename(request.Name, request.ShortName);
        db.Audit(user, clock, "unit.renamed", nameof(Unit), unit.Id, old, new { unit.Name, unit.ShortName });
        await db.SaveChangesAsync(ct);
    }
}
