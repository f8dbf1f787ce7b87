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
            .NotEmpty().WithMessage(UnitMessages.CodeRequired)
            .MaximumLength(Unit.MaxCodeLength).WithMessage(UnitMessages.CodeTooLong)
            .Matches(UnitMessages.CodePattern).WithMessage(UnitMessages.CodeFormat)
            .MustAsync(async (code, ct) =>
            {
                await using var db = await dbFactory.CreateAsync(ct);
                var trimmed = code.Trim();
                return !await db.Units.AnyAsync(u => u.Code == trimmed, ct);
            }).WithMessage(UnitMessages.UnitCodeTaken);
        RuleFor(r => r.Name).NotEmpty().WithMessage(UnitMessages.NameRequired)
            .MaximumLength(Unit.MaxNameLength).WithMessage(UnitMessages.NameTooLong)
            .Must(UnitRules.IsOneLine).WithMessage(UnitMessages.NameOneLine);
        RuleFor(r => r.ShortName).MaximumLength(Unit.MaxNameLength).WithMessage(UnitMessages.NameTooLong)
            .Must(UnitRules.IsOneLine).WithMessage(UnitMessages.NameOneLine);
        RuleFor(r => r.BlockId).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(UnitMessages.BlockRequired)
            .MustAsync((id, ct) => UnitRules.BlockExistsAsync(dbFactory, id, ct)).WithMessage(UnitMessages.BlockNotFound);
    }
}
