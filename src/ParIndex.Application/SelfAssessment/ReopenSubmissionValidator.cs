using FluentValidation;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.SelfAssessment;

public sealed class WithdrawSubmissionValidator : AbstractValidator<WithdrawSubmission>
{
    public WithdrawSubmissionValidator()
    {
        RuleFor(w => w.Reason).NotEmpty().WithMessage(_ => SelfAssessmentMessages.WithdrawReasonRequired)
            .MaximumLength(SubmissionRecord.MaxReasonLength).WithMessage(_ => Common.FieldMessages.ReasonTooLong);
    }
}

public sealed class ReturnSubmissionValidator : AbstractValidator<ReturnSubmission>
{
    public ReturnSubmissionValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().WithMessage(_ => SelfAssessmentMessages.ReturnReasonRequired)
            .MaximumLength(SubmissionRecord.MaxReasonLength).WithMessage(_ => Common.FieldMessages.ReasonTooLong);
    }
}
