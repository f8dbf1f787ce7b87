using System.Threading.RateLimiting;
using ParIndex.Web.Hosting;

namespace ParIndex.Web.Security;

/// <summary>
/// Anonymous GETs of /api/public count against a limit of their own, per client address, far above the API's: they
/// are answered from memory (<see cref="PublicReadCache"/>), and a newsroom or a proxy may read a ranking often on the
/// day it is published. Signed-in callers stay under the API's limit.
/// </summary>
public static class PublicReadRateLimit
{
    public static RateLimitPartition<string>? Partition(HttpContext context, FixedWindowRateLimiterOptions publicReads)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated == true || !context.Request.Path.StartsWithSegments("/api/public")
            || !PublicReadCache.Applies(context.Request))
        {
            return null;
        }

        return RateLimitPartition.GetFixedWindowLimiter("public:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => publicReads);
    }
}
