using FluentValidation;
using ParIndex.Application.DataImport;

namespace ParIndex.Application.Units;

public sealed class ApplyBulkMergesValidator : AbstractValidator<ApplyBulkMerges>
{
    public ApplyBulkMergesValidator()
    {
        RuleFor(p => p.FileName).AcceptedTableFileName();
        RuleFor(p => p.Content).AcceptedTableFileContent();
        RuleFor(p => p.PreviewedSha256).Previewed();
    }
}
