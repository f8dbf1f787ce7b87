using FluentValidation;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

public sealed class UpdateBlockValidator : AbstractValidator<UpdateBlock>
{
    public UpdateBlockValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage(_ => UnitMessages.NameRequired)
            .MaximumLength(Block.MaxNameLength).WithMessage(_ => UnitMessages.NameTooLong);
        RuleFor(r => r.NameEn).MaximumLength(Block.MaxNameLength).WithMessage(_ => UnitMessages.NameTooLong);
        RuleFor(r => r.SortOrder).InclusiveBetween(0, 9999).WithMessage(_ => UnitMessages.SortOrderInvalid);
    }
}
