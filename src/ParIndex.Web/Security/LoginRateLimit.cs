using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ParIndex.Web.Security;

/// <summary>
/// Anti-automation on the sign-in form (ASVS 5.0 6.1.1, 6.3.1): a fixed window of POSTs per client address,
/// refused with 429 and Retry-After rather than the middleware's default 503. Lockout protects each account;
/// this protects the service from guessing across many accounts.
/// </summary>
public static class LoginRateLimit
{
    public const string Path = AccountPaths.Login;

    public static void Configure(RateLimiterOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        var permitLimit = configuration.GetValue("Security:LoginRateLimit:PermitLimit", 10);
        var window = TimeSpan.FromSeconds(configuration.GetValue("Security:LoginRateLimit:WindowSeconds", 60));

        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        options.OnRejected = async (context, ct) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
            var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
            await context.HttpContext.Response.WriteAsync(string.Format(CultureInfo.GetCultureInfo("vi-VN"),
                "Bạn đã thử đăng nhập quá nhiều lần. Vui lòng đợi {0} giây rồi thử lại.", seconds), ct);
        };
    }
}
