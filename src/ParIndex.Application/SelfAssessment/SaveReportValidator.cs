using FluentValidation;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.SelfAssessment;

public sealed class SaveReportValidator : AbstractValidator<SaveReport>
{
    public SaveReportValidator()
    {
        RuleFor(r => r.Difficulties).MaximumLength(Assessment.MaxReportTextLength)
            .WithMessage(_ => SelfAssessmentMessages.DifficultiesTooLong);
        RuleFor(r => r.Recommendations).MaximumLength(Assessment.MaxReportTextLength)
            .WithMessage(_ => SelfAssessmentMessages.ProposalsTooLong);
    }
}
