using FluentValidation;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Periods;

public sealed class CreatePeriodValidator : AbstractValidator<CreatePeriod>
{
    public CreatePeriodValidator()
    {
        RuleFor(r => r.Year).InclusiveBetween(2000, 2100).WithMessage(_ => PeriodMessages.YearRange);
        RuleFor(r => r.Name).NotEmpty().WithMessage(_ => PeriodMessages.NameRequired)
            .MaximumLength(EvaluationPeriod.MaxNameLength).WithMessage(_ => PeriodMessages.NameTooLong);
        RuleFor(r => r.SelfAssessmentDeadlineUtc).GreaterThan(r => r.SelfAssessmentOpensAtUtc)
            .WithMessage(_ => PeriodMessages.DeadlineBeforeOpening);
    }
}
