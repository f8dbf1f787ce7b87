using FluentValidation;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.SelfAssessment;

public sealed class SaveAnswerValidator : AbstractValidator<SaveAnswer>
{
    public SaveAnswerValidator()
    {
        RuleFor(a => a.Values).NotNull().Must(v => v.Count <= 20).WithMessage("Quá nhiều trường số liệu.");
        RuleForEach(a => a.Values).Must(v => v.Key.Length <= 40 && (v.Value?.Length ?? 0) <= 200)
            .WithMessage("Giá trị nhập quá dài (tối đa 200 ký tự).");
        RuleFor(a => a.Explanation).MaximumLength(CriterionResponse.MaxExplanationLength)
            .WithMessage($"Phần giải trình tối đa {CriterionResponse.MaxExplanationLength} ký tự.");
    }
}
