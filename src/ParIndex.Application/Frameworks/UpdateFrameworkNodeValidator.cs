using FluentValidation;

namespace ParIndex.Application.Frameworks;

public sealed class UpdateFrameworkNodeValidator : AbstractValidator<UpdateFrameworkNode>
{
    public UpdateFrameworkNodeValidator()
    {
        RuleFor(r => r.Code).NodeCode();
        RuleFor(r => r.Title).NodeTitle();
        RuleFor(r => r.MaxPoints).MaxPoints();
    }
}
