using FluentValidation;
using FluentValidation.Results;
using ParIndex.Application.Common;

namespace ParIndex.Application.NotApplicable;

internal static class NotApplicableMessages
{
    private static readonly MessageText Text = new(typeof(NotApplicableMessages));

    public static string UnitsRequired => Text.Get();
    public static string CriteriaRequired => Text.Get();
    public static string ReasonRequired => Text.Get();
    public static string ReasonTooLong => Text.Get();
    public static string TooMany => Text.Get();
    public static string PeriodClosed => Text.Get();
    public static string NotInScope => Text.Get();

    public static ValidationException Invalid(string property, string message) => new([new ValidationFailure(property, message)]);

    public static string NoAssessment(string unit) => Text.Format(nameof(NoAssessment), unit);

    public static string UnknownCriterion(string code, string unit) => Text.Format(nameof(UnknownCriterion), code, unit);
}
