using FluentValidation;

namespace ParIndex.Application.DataImport;

public sealed class PreviewDataImportValidator : AbstractValidator<PreviewDataImport>
{
    public PreviewDataImportValidator()
    {
        RuleFor(p => p.FileName).Must(DataImportFile.HasAcceptedExtension).WithMessage("Chỉ nhận tệp .csv hoặc .xlsx.")
            .MaximumLength(DataImportFile.MaxFileNameLength).WithMessage($"Tên tệp tối đa {DataImportFile.MaxFileNameLength} ký tự.");
        RuleFor(p => p.Content).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Tệp rỗng.")
            .Must(c => c.LongLength <= DataImportFile.MaxBytes).WithMessage("Tệp lớn hơn 5 MB.");
    }
}
