using FluentValidation;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.SelfAssessment;

public sealed class WithdrawSubmissionValidator : AbstractValidator<WithdrawSubmission>
{
    public WithdrawSubmissionValidator()
    {
        RuleFor(w => w.Reason).NotEmpty().WithMessage("Cần ghi lý do rút bản tự đánh giá.")
            .MaximumLength(SubmissionRecord.MaxReasonLength).WithMessage($"Lý do tối đa {SubmissionRecord.MaxReasonLength} ký tự.");
    }
}

public sealed class ReturnSubmissionValidator : AbstractValidator<ReturnSubmission>
{
    public ReturnSubmissionValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Cần ghi lý do trả lại bản tự đánh giá.")
            .MaximumLength(SubmissionRecord.MaxReasonLength).WithMessage($"Lý do tối đa {SubmissionRecord.MaxReasonLength} ký tự.");
    }
}
