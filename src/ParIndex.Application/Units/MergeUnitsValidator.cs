using FluentValidation;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

public sealed class MergeUnitsValidator : AbstractValidator<MergeUnits>
{
    public MergeUnitsValidator()
    {
        RuleFor(r => r.SourceUnitId).NotEmpty().WithMessage(_ => UnitMessages.MergeSourceRequired);
        RuleFor(r => r.TargetUnitId).NotEmpty().WithMessage(_ => UnitMessages.MergeTargetRequired)
            .NotEqual(r => r.SourceUnitId).WithMessage(_ => UnitMessages.MergeIntoItself);
        RuleFor(r => r.EffectiveOn).NotEmpty().WithMessage(_ => UnitMessages.EffectiveDateRequired);
        RuleFor(r => r.DecisionReference).MaximumLength(UnitMerge.MaxDecisionLength).WithMessage(_ => UnitMessages.DecisionTooLong);
    }
}
