using FluentValidation;

namespace ParIndex.Application.DataImport;

public sealed class PreviewDataImportValidator : AbstractValidator<PreviewDataImport>
{
    public PreviewDataImportValidator()
    {
        RuleFor(p => p.FileName).AcceptedTableFileName();
        RuleFor(p => p.Content).AcceptedTableFileContent();
    }
}
