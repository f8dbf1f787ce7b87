using FluentValidation;
using ParIndex.Domain.Improvement;

namespace ParIndex.Application.Improvement;

/// <summary>The field rules a task's form shares between creating and editing, with Vietnamese messages.</summary>
internal static class ImprovementRules
{
    public static void Title<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => ImprovementMessages.TitleRequired)
            .Must(t => t is null || t.Trim().Length <= ImprovementTask.MaxTitleLength).WithMessage(_ => ImprovementMessages.TitleTooLong);

    public static void Owner<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(o => !string.IsNullOrWhiteSpace(o)).WithMessage(_ => ImprovementMessages.OwnerRequired)
            .Must(o => o is null || o.Trim().Length <= ImprovementTask.MaxOwnerLength).WithMessage(_ => ImprovementMessages.OwnerTooLong);

    public static void Action<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(a => a is null || a.Trim().Length <= ImprovementTask.MaxActionLength).WithMessage(_ => ImprovementMessages.ActionTooLong);
}
