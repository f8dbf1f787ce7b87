using FluentValidation;

namespace ParIndex.Application.SelfAssessment;

public sealed class GrantExtensionValidator : AbstractValidator<GrantExtension>
{
    public GrantExtensionValidator(TimeProvider clock)
    {
        RuleFor(e => e.Reason).NotEmpty().WithMessage("Cần ghi lý do gia hạn.")
            .MaximumLength(1000).WithMessage("Lý do gia hạn tối đa 1000 ký tự.");
        RuleFor(e => e.NewDeadlineVietnam)
            .Must(d => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(d, DateTimeKind.Unspecified), Common.VietnamTime.Zone) > clock.GetUtcNow().UtcDateTime)
            .WithMessage("Hạn mới phải sau thời điểm hiện tại.");
    }
}
