using System.Threading.RateLimiting;
using ParIndex.Application.Common;

namespace ParIndex.Web.Security;

/// <summary>
/// Anti-automation on the sign-in form (ASVS 5.0 6.1.1, 6.3.1): a fixed window of POSTs per client address.
/// Lockout protects each account; this protects the service from guessing across many accounts.
/// </summary>
public static class LoginRateLimit
{
    public const string Path = AccountPaths.Login;

    /// <summary>A POST to an endpoint marked <see cref="SignInRateLimitedAttribute"/>, whatever path variant reached it.</summary>
    public static bool Applies(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<SignInRateLimitedAttribute>() is not null;
    }

    public static RateLimitPartition<string>? Partition(HttpContext context, FixedWindowRateLimiterOptions limit) =>
        Applies(context) ? RateLimitPartition.GetFixedWindowLimiter("login:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => limit) : null;

    /// <summary>The form posts plain text back: the browser shows it as is.</summary>
    public static Task WriteRefusalAsync(HttpContext context, int seconds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(CommonMessages.TooManySignIns(seconds), ct);
    }
}
