using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.Users;

/// <summary>A user form's role and unit.</summary>
public interface IRoleAndUnit
{
    string Role { get; }

    Guid? UnitId { get; }
}

/// <summary>
/// Agency roles need an active unit; inspectors may name their home unit (an active one), which keeps them from appraising
/// it; other province-wide roles must have none (they see every unit).
/// </summary>
internal sealed class RoleAndUnitValidator : AbstractValidator<IRoleAndUnit>
{
    public RoleAndUnitValidator(IParIndexDbFactory dbFactory)
    {
        RuleFor(r => r.Role).Must(r => Roles.All.Contains(r)).WithMessage(_ => UserMessages.RoleInvalid);
        When(r => Roles.IsBoundToUnit(r.Role), () =>
            RuleFor(r => r.UnitId).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => UserMessages.UnitRequired)
                .MustAsync(async (id, ct) =>
                {
                    await using var db = await dbFactory.CreateAsync(ct);
                    return await db.Units.AnyAsync(u => u.Id == id && u.IsActive, ct);
                }).WithMessage(_ => UserMessages.UnitInactive));
        When(r => Roles.MayHaveHomeUnit(r.Role) && r.UnitId is not null, () =>
            RuleFor(r => r.UnitId).MustAsync(async (id, ct) =>
            {
                await using var db = await dbFactory.CreateAsync(ct);
                return await db.Units.AnyAsync(u => u.Id == id && u.IsActive, ct);
            }).WithMessage(_ => UserMessages.UnitInactive));
        When(r => Roles.All.Contains(r.Role) && !Roles.IsBoundToUnit(r.Role) && !Roles.MayHaveHomeUnit(r.Role), () =>
            RuleFor(r => r.UnitId).Null().WithMessage(_ => UserMessages.UnitNotAllowed));
    }
}
