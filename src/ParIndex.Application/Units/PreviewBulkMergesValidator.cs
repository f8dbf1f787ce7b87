using FluentValidation;
using ParIndex.Application.DataImport;

namespace ParIndex.Application.Units;

public sealed class PreviewBulkMergesValidator : AbstractValidator<PreviewBulkMerges>
{
    public PreviewBulkMergesValidator()
    {
        RuleFor(p => p.FileName).AcceptedTableFileName();
        RuleFor(p => p.Content).AcceptedTableFileContent();
    }
}
