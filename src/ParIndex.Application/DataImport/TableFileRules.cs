using FluentValidation;

namespace ParIndex.Application.DataImport;

/// <summary>The checks every uploaded table of figures gets before it is read, whatever it imports.</summary>
public static class TableFileRules
{
    public static IRuleBuilderOptions<T, string> AcceptedTableFileName<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(DataImportFile.HasAcceptedExtension).WithMessage(_ => DataImportMessages.CsvOrXlsx)
            .MaximumLength(DataImportFile.MaxFileNameLength).WithMessage(_ => DataImportMessages.FileNameTooLong);

    public static IRuleBuilderOptions<T, byte[]> AcceptedTableFileContent<T>(this IRuleBuilderInitial<T, byte[]> rule) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => DataImportMessages.FileEmpty)
            .Must(c => c.LongLength <= DataImportFile.MaxBytes).WithMessage(_ => DataImportMessages.FileTooLarge(DataImportFile.MaxBytes / (1024 * 1024)));

    public static IRuleBuilderOptions<T, string> Previewed<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(_ => DataImportMessages.PreviewFirst);
}
