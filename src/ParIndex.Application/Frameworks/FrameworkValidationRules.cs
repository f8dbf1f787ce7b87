using FluentValidation;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

/// <summary>The field rules several framework use cases share, with their Vietnamese messages.</summary>
internal static class FrameworkValidationRules
{
    public static IRuleBuilderOptions<T, string> NodeCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(_ => FrameworkMessages.CodeRequired)
            .MaximumLength(FrameworkNode.MaxCodeLength).WithMessage(_ => FrameworkMessages.CodeTooLong);

    public static IRuleBuilderOptions<T, string> NodeTitle<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(_ => FrameworkMessages.TitleRequired)
            .MaximumLength(FrameworkNode.MaxTitleLength).WithMessage(_ => FrameworkMessages.TooLong);

    public static IRuleBuilderOptions<T, decimal> MaxPoints<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.InclusiveBetween(0m, 100m).Must(FrameworkRules.HasAtMostTwoDecimals).WithMessage(_ => FrameworkMessages.MaxPointsRange);

    public static IRuleBuilderOptions<T, string> FrameworkCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(_ => FrameworkMessages.CodeRequired)
            .MaximumLength(Framework.MaxCodeLength).WithMessage(_ => FrameworkMessages.CodeTooLong);

    public static IRuleBuilderOptions<T, string> FrameworkText<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(_ => FrameworkMessages.NameRequired)
            .MaximumLength(Framework.MaxNameLength).WithMessage(_ => FrameworkMessages.TooLong);

    public static IRuleBuilderOptions<T, int> FrameworkVersion<T>(this IRuleBuilder<T, int> rule) =>
        rule.GreaterThan(0).WithMessage(_ => FrameworkMessages.VersionPositive);
}
