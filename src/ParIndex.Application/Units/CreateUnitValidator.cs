using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

public sealed class CreateUnitValidator : AbstractValidator<CreateUnit>
{
    public CreateUnitValidator(IParIndexDbFactory dbFactory)
    {
        RuleFor(r => r.Code).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => UnitMessages.CodeRequired)
            .MaximumLength(Unit.MaxCodeLength).WithMessage(_ => UnitMessages.CodeTooLong)
            .Matches(UnitMessages.CodePattern).WithMessage(_ => UnitMessages.CodeFormat)
            .MustAsync(async (code, ct) =>
            {
                await using var db = await dbFactory.CreateAsync(ct);
                var trimmed = code.Trim();
                return !await db.Units.AnyAsync(u => u.Code == trimmed, ct);
            }).WithMessage(_ => UnitMessages.UnitCodeTaken);
        RuleFor(r => r.Name).NotEmpty().WithMessage(_ => UnitMessages.NameRequired)
            .MaximumLength(Unit.MaxNameLength).WithMessage(_ => UnitMessages.NameTooLong)
            .Must(UnitRules.IsOneLine).WithMessage(_ => UnitMessages.NameOneLine);
        RuleFor(r => r.ShortName).MaximumLength(Unit.MaxNameLength).WithMessage(_ => UnitMessages.NameTooLong)
            .Must(UnitRules.IsOneLine).WithMessage(_ => UnitMessages.NameOneLine);
        RuleFor(r => r.BlockId).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => UnitMessages.BlockRequired)
            .MustAsync((id, ct) => UnitRules.BlockExistsAsync(dbFactory, id, ct)).WithMessage(_ => UnitMessages.BlockNotFound);
    }
}
