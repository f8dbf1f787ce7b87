using FluentValidation;

namespace ParIndex.Application.Frameworks;

public sealed class CopyFrameworkValidator : AbstractValidator<CopyFramework>
{
    public CopyFrameworkValidator()
    {
        RuleFor(r => r.Code).FrameworkCode();
        RuleFor(r => r.Name).FrameworkText();
        RuleFor(r => r.LegalBasis).FrameworkText();
        RuleFor(r => r.Version).FrameworkVersion();
    }
}
