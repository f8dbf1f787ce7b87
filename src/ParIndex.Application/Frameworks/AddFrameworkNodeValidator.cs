using FluentValidation;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

public sealed class AddFrameworkNodeValidator : AbstractValidator<AddFrameworkNode>
{
    public AddFrameworkNodeValidator()
    {
        RuleFor(r => r.Code).NotEmpty().WithMessage(FrameworkMessages.CodeRequired)
            .MaximumLength(FrameworkNode.MaxCodeLength).WithMessage(FrameworkMessages.CodeTooLong);
        RuleFor(r => r.Title).NotEmpty().WithMessage(FrameworkMessages.TitleRequired)
            .MaximumLength(FrameworkNode.MaxTitleLength).WithMessage(FrameworkMessages.TooLong);
        RuleFor(r => r.MaxPoints).InclusiveBetween(0m, 100m).Must(FrameworkRules.HasAtMostTwoDecimals)
            .WithMessage(FrameworkMessages.MaxPointsRange);
    }
}
