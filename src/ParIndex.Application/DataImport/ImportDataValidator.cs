using FluentValidation;

namespace ParIndex.Application.DataImport;

public sealed class ImportDataValidator : AbstractValidator<ImportData>
{
    public ImportDataValidator()
    {
        RuleFor(i => i.FileName).Must(DataImportFile.HasAcceptedExtension).WithMessage("Chỉ nhận tệp .csv hoặc .xlsx.")
            .MaximumLength(DataImportFile.MaxFileNameLength).WithMessage($"Tên tệp tối đa {DataImportFile.MaxFileNameLength} ký tự.");
        RuleFor(i => i.Content).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Tệp rỗng.")
            .Must(c => c.LongLength <= DataImportFile.MaxBytes).WithMessage("Tệp lớn hơn 5 MB.");
        RuleFor(i => i.PreviewedSha256).NotEmpty().WithMessage("Hãy xem trước tệp trước khi lưu.");
    }
}
