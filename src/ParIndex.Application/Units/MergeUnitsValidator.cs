using FluentValidation;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

public sealed class MergeUnitsValidator : AbstractValidator<MergeUnits>
{
    public MergeUnitsValidator()
    {
        RuleFor(r => r.SourceUnitId).NotEmpty().WithMessage(UnitMessages.MergeSourceRequired);
        RuleFor(r => r.TargetUnitId).NotEmpty().WithMessage(UnitMessages.MergeTargetRequired)
            .NotEqual(r => r.SourceUnitId).WithMessage(UnitMessages.MergeIntoItself);
        RuleFor(r => r.EffectiveOn).NotEmpty().WithMessage(UnitMessages.EffectiveDateRequired);
        RuleFor(r => r.DecisionReference).MaximumLength(UnitMerge.MaxDecisionLength).WithMessage(UnitMessages.DecisionTooLong);
    }
}
