using FluentValidation;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.EvidenceFiles;

public sealed class AddDocumentReferenceValidator : AbstractValidator<AddDocumentReference>
{
    public AddDocumentReferenceValidator(TimeProvider clock)
    {
        RuleFor(d => d.NodeIds).NotEmpty().WithMessage("Chọn tiêu chí mà văn bản chứng minh.");
        RuleFor(d => d.Title).NotEmpty().WithMessage("Nhập trích yếu văn bản.")
            .MaximumLength(Evidence.MaxTitleLength).WithMessage($"Trích yếu tối đa {Evidence.MaxTitleLength} ký tự.");
        RuleFor(d => d.DocumentNumber).NotEmpty().WithMessage("Nhập số, ký hiệu văn bản (ví dụ 12/KH-UBND).")
            .MaximumLength(100).WithMessage("Số, ký hiệu tối đa 100 ký tự.");
        RuleFor(d => d.IssuedOn).NotNull().WithMessage("Nhập ngày ban hành.")
            .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1))).WithMessage("Ngày ban hành không được ở tương lai.");
        RuleFor(d => d.Issuer).NotEmpty().WithMessage("Nhập cơ quan ban hành.").MaximumLength(200).WithMessage("Cơ quan ban hành tối đa 200 ký tự.");
        RuleFor(d => d.Url).MaximumLength(1000).WithMessage("Đường dẫn tối đa 1000 ký tự.")
            .Must(BeAWebAddress).When(d => !string.IsNullOrWhiteSpace(d.Url)).WithMessage("Đường dẫn phải bắt đầu bằng http:// hoặc https://.");
    }

    private static bool BeAWebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
