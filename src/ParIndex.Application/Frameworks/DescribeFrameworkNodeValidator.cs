using FluentValidation;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

public sealed class DescribeFrameworkNodeValidator : AbstractValidator<DescribeFrameworkNode>
{
    public DescribeFrameworkNodeValidator()
    {
        RuleFor(r => r.TitleEn).MaximumLength(FrameworkNode.MaxTitleLength).WithMessage(_ => FrameworkMessages.TooLong);
        RuleFor(r => r.Guidance).MaximumLength(FrameworkNode.MaxTextLength).WithMessage(_ => FrameworkMessages.TooLong);
        RuleFor(r => r.EvidenceRequired).MaximumLength(FrameworkNode.MaxTextLength).WithMessage(_ => FrameworkMessages.TooLong);
        RuleFor(r => r.RuleParameters).Must(FrameworkRules.IsJson).WithMessage(_ => FrameworkMessages.ParametersJson);
        RuleFor(r => r.Method).IsInEnum();
        RuleFor(r => r.RuleType).IsInEnum();
        RuleFor(r => r.WhenNothingToCount).IsInEnum();
    }
}
