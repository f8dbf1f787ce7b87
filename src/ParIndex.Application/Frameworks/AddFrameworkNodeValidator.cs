using FluentValidation;

namespace ParIndex.Application.Frameworks;

public sealed class AddFrameworkNodeValidator : AbstractValidator<AddFrameworkNode>
{
    public AddFrameworkNodeValidator()
    {
        RuleFor(r => r.Code).NodeCode();
        RuleFor(r => r.Title).NodeTitle();
        RuleFor(r => r.MaxPoints).MaxPoints();
    }
}
