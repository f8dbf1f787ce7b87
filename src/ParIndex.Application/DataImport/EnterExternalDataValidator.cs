using FluentValidation;

namespace ParIndex.Application.DataImport;

/// <summary>The request's shape; the figures themselves are checked against the criterion's rule by the handler.</summary>
public sealed class EnterExternalDataValidator : AbstractValidator<EnterExternalData>
{
    public const int MaxValueLength = 100;

    public EnterExternalDataValidator()
    {
        RuleFor(e => e.AssessmentId).NotEmpty().WithMessage("Chọn đơn vị.");
        RuleFor(e => e.NodeId).NotEmpty().WithMessage("Chọn tiêu chí.");
        RuleFor(e => e.Values).NotNull().WithMessage("Nhập số liệu.");
        RuleForEach(e => e.Values).Must(v => (v.Value?.Length ?? 0) <= MaxValueLength)
            .WithMessage($"Mỗi giá trị tối đa {MaxValueLength} ký tự.");
    }
}
