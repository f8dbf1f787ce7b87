using FluentValidation;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.SelfAssessment;

public sealed class SaveAnswerValidator : AbstractValidator<SaveAnswer>
{
    public SaveAnswerValidator()
    {
        RuleFor(a => a.Values).NotNull().Must(v => v.Count <= 20).WithMessage(_ => SelfAssessmentMessages.TooManyValues);
        RuleForEach(a => a.Values).Must(v => v.Key.Length <= 40 && (v.Value?.Length ?? 0) <= 200)
            .WithMessage(_ => SelfAssessmentMessages.ValueTooLong);
        RuleFor(a => a.Explanation).MaximumLength(CriterionResponse.MaxExplanationLength)
            .WithMessage(_ => SelfAssessmentMessages.ExplanationTooLong);
    }
}
