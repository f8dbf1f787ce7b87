using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Common;

namespace ParIndex.Web.Endpoints;

/// <summary>
/// Turns the use cases' refusals into problem responses: invalid input 400 (per field), access 403,
/// missing 404, concurrent change 409. REVIEW: fold into the host's IExceptionHandler when web-shell adds one.
/// </summary>
internal sealed class UseCaseErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ValidationException ex)
        {
            return TypedResults.ValidationProblem(ex.Errors
                .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));
        }
        catch (DomainException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: ex.Code);
        }
        catch (AccessDeniedException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: ex.Message);
        }
        catch (NotFoundException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ex.Entity);
        }
        catch (ConcurrencyConflictException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: ex.Message);
        }
    }
}
