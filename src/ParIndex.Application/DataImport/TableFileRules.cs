using FluentValidation;

namespace ParIndex.Application.DataImport;

/// <summary>The checks every uploaded table of figures gets before it is read, whatever it imports.</summary>
public static class TableFileRules
{
    public static IRuleBuilderOptions<T, string> AcceptedTableFileName<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(DataImportFile.HasAcceptedExtension).WithMessage("Chỉ nhận tệp .csv hoặc .xlsx.")
            .MaximumLength(DataImportFile.MaxFileNameLength).WithMessage($"Tên tệp tối đa {DataImportFile.MaxFileNameLength} ký tự.");

    public static IRuleBuilderOptions<T, byte[]> AcceptedTableFileContent<T>(this IRuleBuilderInitial<T, byte[]> rule) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Tệp rỗng.")
            .Must(c => c.LongLength <= DataImportFile.MaxBytes).WithMessage($"Tệp lớn hơn {DataImportFile.MaxBytes / (1024 * 1024)} MB.");

    public static IRuleBuilderOptions<T, string> Previewed<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Hãy xem trước tệp trước khi lưu.");
}
