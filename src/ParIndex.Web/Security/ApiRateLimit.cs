using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using ParIndex.Application.Common;

namespace ParIndex.Web.Security;

/// <summary>
/// A fixed window of API requests (/api, /openapi) per signed-in user, or per client address before sign-in, and a
/// tighter one of its own for uploads (multipart POSTs to the API: evidence, data and framework files). Refusals are 429 with
/// Retry-After and a Vietnamese problem body. Blazor events travel inside the circuit's WebSocket and never pass
/// this middleware; the circuit has its own limits (Hosting/CircuitLimits.cs).
/// </summary>
public static class ApiRateLimit
{
    public static bool IsUpload(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return HttpMethods.IsPost(context.Request.Method) && AccountPaths.IsApi(context.Request) && context.Request.HasFormContentType;
    }

    /// <summary>The partition of an API request: uploads count against their own limit, everything else against the API's.</summary>
    public static RateLimitPartition<string>? Partition(HttpContext context, FixedWindowRateLimiterOptions api, FixedWindowRateLimiterOptions uploads)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!AccountPaths.IsApi(context.Request))
        {
            return null;
        }

        var upload = IsUpload(context);
        return RateLimitPartition.GetFixedWindowLimiter((upload ? "upload:" : "api:") + Caller(context), _ => upload ? uploads : api);
    }

    public static Task WriteRefusalAsync(HttpContext context, int seconds)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = CommonMessages.TooManyRequests,
                Detail = CommonMessages.TooManyRequestsWait(seconds),
            },
        }).AsTask();
    }

    // The user id when the cookie identified someone (the limiter runs after authentication); otherwise the address,
    // which is the proxy's own unless forwarded headers are on (docs/deploy.md).
    private static string Caller(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            ? "user:" + userId
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
