using FluentValidation;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.SelfAssessment;

public sealed class SaveReportValidator : AbstractValidator<SaveReport>
{
    public SaveReportValidator()
    {
        RuleFor(r => r.Difficulties).MaximumLength(Assessment.MaxReportTextLength)
            .WithMessage($"Phần khó khăn, vướng mắc tối đa {Assessment.MaxReportTextLength} ký tự.");
        RuleFor(r => r.Recommendations).MaximumLength(Assessment.MaxReportTextLength)
            .WithMessage($"Phần đề xuất, kiến nghị tối đa {Assessment.MaxReportTextLength} ký tự.");
    }
}
