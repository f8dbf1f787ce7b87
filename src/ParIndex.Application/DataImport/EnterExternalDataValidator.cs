using FluentValidation;

namespace ParIndex.Application.DataImport;

/// <summary>The request's shape; the figures themselves are checked against the criterion's rule by the handler.</summary>
public sealed class EnterExternalDataValidator : AbstractValidator<EnterExternalData>
{
    public const int MaxValueLength = 100;

    public EnterExternalDataValidator()
    {
        RuleFor(e => e.AssessmentId).NotEmpty().WithMessage(_ => DataImportMessages.UnitRequired);
        RuleFor(e => e.NodeId).NotEmpty().WithMessage(_ => DataImportMessages.CriterionRequired);
        RuleFor(e => e.Values).NotNull().WithMessage(_ => DataImportMessages.ValuesRequired);
        RuleForEach(e => e.Values).Must(v => (v.Value?.Length ?? 0) <= MaxValueLength)
            .WithMessage(_ => DataImportMessages.ValueTooLong(MaxValueLength));
    }
}
