using FluentValidation;
using FluentValidation.Results;
using ParIndex.Application.Common;

namespace ParIndex.Application.Frameworks;

/// <summary>The messages of the framework editing use cases (FrameworkMessages(.en).resx).</summary>
internal static class FrameworkMessages
{
    private static readonly MessageText Text = new(typeof(FrameworkMessages));

    public static string CodeRequired => Text.Get();
    public static string CodeTooLong => Text.Get();
    public static string CodeTaken => Text.Get();
    public static string NameRequired => Text.Get();
    public static string TitleRequired => Text.Get();
    public static string TooLong => Text.Get();
    public static string VersionPositive => Text.Get();
    public static string FrameworkVersionTaken => Text.Get();
    public static string MaxPointsRange => Text.Get();
    public static string ParametersJson => Text.Get();
    public static string ParentNotFound => Text.Get();
    public static string TooDeep => Text.Get();
    public static string MaxPointsBelowRule => Text.Get();
    public static string NotDraft => Text.Get();
    public static string NotThePreviewedFile => Text.Get();

    public static string VersionAlreadyImported(string code, int version) => Text.Format(nameof(VersionAlreadyImported), code, version);

    public static string MissingSurveyRuleInvalid => Text.Get();

    /// <summary>A finding of the framework checks, by its name (DuplicateCode, ChildrenSum…) and values.</summary>
    public static string Issue(string name, params object?[] values) => Text.Format($"Issue.{name}", values);

    public static ValidationException Invalid(string property, string message) =>
        new([new ValidationFailure(property, message)]);
}
