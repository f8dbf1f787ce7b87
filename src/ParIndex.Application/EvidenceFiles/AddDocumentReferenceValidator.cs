using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;

namespace ParIndex.Application.EvidenceFiles;

public sealed class AddDocumentReferenceValidator : AbstractValidator<AddDocumentReference>
{
    public AddDocumentReferenceValidator(TimeProvider clock)
    {
        RuleFor(d => d.NodeIds).NotEmpty().WithMessage(_ => FieldMessages.DocumentNodesRequired);
        RuleFor(d => d.Title).NotEmpty().WithMessage(_ => FieldMessages.DocumentTitleRequired)
            .MaximumLength(Evidence.MaxTitleLength).WithMessage(_ => FieldMessages.DocumentTitleTooLong);
        RuleFor(d => d.DocumentNumber).NotEmpty().WithMessage(_ => FieldMessages.DocumentNumberRequired)
            .MaximumLength(TextLimits.DocumentNumber).WithMessage(_ => FieldMessages.DocumentNumberTooLong);
        RuleFor(d => d.IssuedOn).NotNull().WithMessage(_ => FieldMessages.IssuedOnRequired)
            .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1))).WithMessage(_ => FieldMessages.IssuedOnFuture);
        RuleFor(d => d.Issuer).NotEmpty().WithMessage(_ => FieldMessages.IssuerRequired)
            .MaximumLength(TextLimits.PersonOrBody).WithMessage(_ => FieldMessages.IssuerTooLong);
        RuleFor(d => d.Url).MaximumLength(TextLimits.Url).WithMessage(_ => FieldMessages.UrlTooLong)
            .Must(BeAWebAddress).When(d => !string.IsNullOrWhiteSpace(d.Url)).WithMessage(_ => FieldMessages.UrlScheme);
    }

    private static bool BeAWebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
