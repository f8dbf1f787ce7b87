using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Common;

namespace ParIndex.Application.SelfAssessment;

public sealed class GrantExtensionValidator : AbstractValidator<GrantExtension>
{
    public GrantExtensionValidator(TimeProvider clock)
    {
        RuleFor(e => e.Reason).NotEmpty().WithMessage(_ => FieldMessages.ExtensionReasonRequired)
            .MaximumLength(TextLimits.Reason).WithMessage(_ => FieldMessages.ReasonTooLong);
        RuleFor(e => e.NewDeadlineVietnam)
            .Must(d => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(d, DateTimeKind.Unspecified), Common.VietnamTime.Zone) > clock.GetUtcNow().UtcDateTime)
            .WithMessage(_ => FieldMessages.NewDeadlineInPast);
    }
}
