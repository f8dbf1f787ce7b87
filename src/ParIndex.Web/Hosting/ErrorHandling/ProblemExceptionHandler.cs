using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using ParIndex.Application.Common;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Domain.Common;
using ParIndex.Web.Security;

namespace ParIndex.Web.Hosting.ErrorHandling;

/// <summary>
/// Turns what a use case throws into a problem response for API callers; pages fall through to the error page
/// (UseExceptionHandler("/Error")). Refused access is audited either way. Only 500s are logged with their stack;
/// their response says nothing more than "an error happened" and the correlation id.
/// </summary>
internal sealed partial class ProblemExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The person's culture was set inside the pipeline, which this handler runs outside of: set it again, so the
        // titles and the domain's reasons read in the language they chose.
        if (httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } requested)
        {
            CultureInfo.CurrentCulture = requested.Culture;
            CultureInfo.CurrentUICulture = requested.UICulture;
        }

        // The middleware has already pointed the request at the error page; the feature keeps where it failed.
        var path = new PathString(httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path);
        var status = ExceptionMapping.StatusCodeFor(exception);
        if (status >= StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(logger, exception, httpContext.Request.Method, path);
        }
        else
        {
            LogRefused(logger, exception.GetType().Name, status, httpContext.Request.Method, path);
        }

        if (exception is AccessDeniedException)
        {
            await AuditDeniedAsync(httpContext, path, cancellationToken);
        }

        if (!AccountPaths.IsApi(path))
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = ToProblem(exception, status),
        });
    }

    private static ProblemDetails ToProblem(Exception exception, int status) => exception switch
    {
        ValidationException validation => new HttpValidationProblemDetails(validation.Errors
            .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal))
        {
            Status = status,
            Title = CommonMessages.InvalidInput,
        },
        AccessDeniedException => new ProblemDetails { Status = status, Title = exception.Message },
        BadHttpRequestException => new ProblemDetails { Status = status, Title = CommonMessages.Unreadable },
        NotFoundException notFound => new ProblemDetails { Status = status, Title = CommonMessages.NotFound, Detail = notFound.Entity },
        ConcurrencyConflictException or UploadTooLargeException or WorkflowRefusedException => new ProblemDetails { Status = status, Title = exception.Message },
        DomainException domain => new ProblemDetails
        {
            Status = status,
            Title = CommonMessages.Refused,
            Detail = DomainMessages.For(domain),
            Extensions = { ["code"] = domain.Code },
        },
        _ when status == StatusCodes.Status503ServiceUnavailable => new ProblemDetails { Status = status, Title = CommonMessages.DatabaseUnavailable },
        _ => new ProblemDetails { Status = status, Title = CommonMessages.Unexpected },
    };

    private async Task AuditDeniedAsync(HttpContext httpContext, PathString path, CancellationToken cancellationToken)
    {
        var services = httpContext.RequestServices;
        try
        {
            var user = services.GetRequiredService<ICurrentUser>();
            var clock = services.GetRequiredService<TimeProvider>();
            await using var db = await services.GetRequiredService<IParIndexDbFactory>().CreateAsync(cancellationToken);
            var target = $"{httpContext.Request.Method} {path}";
            db.Audit(user, clock, "access.denied", "Request", target.Length > 100 ? target[..100] : target, succeeded: false);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAuditFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Use case refused ({Exception} as {Status}) on {Method} {Path}")]
    private static partial void LogRefused(ILogger logger, string exception, int status, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the access-denied audit entry")]
    private static partial void LogAuditFailed(ILogger logger, Exception exception);
}
