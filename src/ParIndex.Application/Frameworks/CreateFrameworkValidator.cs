using FluentValidation;

namespace ParIndex.Application.Frameworks;

public sealed class CreateFrameworkValidator : AbstractValidator<CreateFramework>
{
    public CreateFrameworkValidator()
    {
        RuleFor(r => r.Code).FrameworkCode();
        RuleFor(r => r.Name).FrameworkText();
        RuleFor(r => r.LegalBasis).FrameworkText();
        RuleFor(r => r.Version).FrameworkVersion();
        RuleFor(r => r.BlockKind).IsInEnum();
        RuleFor(r => r.BonusCap).InclusiveBetween(0m, 100m).WithMessage(_ => FrameworkMessages.MaxPointsRange);
        RuleFor(r => r.DeductionCap).InclusiveBetween(0m, 100m).WithMessage(_ => FrameworkMessages.MaxPointsRange);
    }
}
