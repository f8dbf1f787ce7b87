using FluentValidation;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

public sealed class CreateFrameworkValidator : AbstractValidator<CreateFramework>
{
    public CreateFrameworkValidator()
    {
        RuleFor(r => r.Code).NotEmpty().WithMessage(FrameworkMessages.CodeRequired)
            .MaximumLength(Framework.MaxCodeLength).WithMessage(FrameworkMessages.CodeTooLong);
        RuleFor(r => r.Name).NotEmpty().WithMessage(FrameworkMessages.NameRequired)
            .MaximumLength(Framework.MaxNameLength).WithMessage(FrameworkMessages.TooLong);
        RuleFor(r => r.LegalBasis).NotEmpty().WithMessage(FrameworkMessages.NameRequired)
            .MaximumLength(Framework.MaxNameLength).WithMessage(FrameworkMessages.TooLong);
        RuleFor(r => r.Version).GreaterThan(0).WithMessage(FrameworkMessages.VersionPositive);
        RuleFor(r => r.BlockKind).IsInEnum();
        RuleFor(r => r.BonusCap).InclusiveBetween(0m, 100m).WithMessage(FrameworkMessages.MaxPointsRange);
        RuleFor(r => r.DeductionCap).InclusiveBetween(0m, 100m).WithMessage(FrameworkMessages.MaxPointsRange);
    }
}
