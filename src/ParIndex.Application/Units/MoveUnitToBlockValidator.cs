using FluentValidation;
using ParIndex.Application.Common;

namespace ParIndex.Application.Units;

public sealed class MoveUnitToBlockValidator : AbstractValidator<MoveUnitToBlock>
{
    public MoveUnitToBlockValidator(IParIndexDbFactory dbFactory)
    {
        RuleFor(r => r.BlockId).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => UnitMessages.BlockRequired)
            .MustAsync((id, ct) => UnitRules.BlockExistsAsync(dbFactory, id, ct)).WithMessage(_ => UnitMessages.BlockNotFound);
    }
}
