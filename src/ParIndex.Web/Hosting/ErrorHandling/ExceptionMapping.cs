using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Domain.Common;

namespace ParIndex.Web.Hosting.ErrorHandling;

/// <summary>Which HTTP status each kind of refusal from a use case becomes, for the API and for pages alike.</summary>
public static class ExceptionMapping
{
    public static int StatusCodeFor(Exception exception) => exception switch
    {
        ValidationException => StatusCodes.Status400BadRequest,
        BadHttpRequestException badRequest => badRequest.StatusCode,
        AccessDeniedException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        ConcurrencyConflictException => StatusCodes.Status409Conflict,
        UploadTooLargeException => StatusCodes.Status413PayloadTooLarge,
        DomainException or WorkflowRefusedException => StatusCodes.Status422UnprocessableEntity,
        _ when DatabaseUnavailable.Is(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };
}
