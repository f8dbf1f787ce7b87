using Microsoft.AspNetCore.Diagnostics;
using ParIndex.Web.Security;

namespace ParIndex.Web.Hosting.ErrorHandling;

public static class ErrorHandlingSetup
{
    public const string ErrorPath = "/Error";

    public static IServiceCollection AddParIndexErrorHandling(this IServiceCollection services)
    {
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["correlationId"] = CorrelationId.Get(context.HttpContext));
        return services;
    }

    /// <summary>
    /// Used in every environment, Development included: the person sees a generic page with the correlation id,
    /// never a stack trace (ASVS 5.0 16.5.1); the log keeps the stack.
    /// </summary>
    public static WebApplication UseParIndexErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = ErrorPath,
            CreateScopeForErrors = true,
            StatusCodeSelector = ExceptionMapping.StatusCodeFor,
        });
        // Pages answer 404 and other bodiless errors with a page; the API keeps its bare status codes.
        // (Not UseWhen: a re-execution from inside a branch renders nothing.)
        app.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            if (AccountPaths.IsApi(context.Request) || context.Request.Path.StartsWithSegments("/health"))
            {
                context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            }

            return next(context);
        });
        return app;
    }
}
