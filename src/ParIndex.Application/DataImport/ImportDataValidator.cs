using FluentValidation;

namespace ParIndex.Application.DataImport;

public sealed class ImportDataValidator : AbstractValidator<ImportData>
{
    public ImportDataValidator()
    {
        RuleFor(i => i.FileName).AcceptedTableFileName();
        RuleFor(i => i.Content).AcceptedTableFileContent();
        RuleFor(i => i.PreviewedSha256).Previewed();
    }
}
