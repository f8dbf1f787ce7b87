using FluentValidation;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

public sealed class RenameUnitValidator : AbstractValidator<RenameUnit>
{
    public RenameUnitValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage(_ => UnitMessages.NameRequired)
            .MaximumLength(Unit.MaxNameLength).WithMessage(_ => UnitMessages.NameTooLong)
            .Must(UnitRules.IsOneLine).WithMessage(_ => UnitMessages.NameOneLine);
        RuleFor(r => r.ShortName).MaximumLength(Unit.MaxNameLength).WithMessage(_ => UnitMessages.NameTooLong)
            .Must(UnitRules.IsOneLine).WithMessage(_ => UnitMessages.NameOneLine);
    }
}
